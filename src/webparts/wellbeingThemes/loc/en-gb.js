define([], function () {
  return {
    PropertyPaneDescription: "Wellbeing themes: the quarterly reports for the senior management team, publishing them, and the themes the staff networks pass on.",
    ViewGroupName: "What this page is for",
    ViewFieldLabel: "Show",
    ViewNames: {
      published: "Published themes (senior management team, Heads of Service)",
      publish: "Publish a quarter (Principal Social Worker, Advanced Practitioners, Race Champion leads)",
      networkThemes: "Record network themes (staff network representatives)"
    },
    Headings: {
      published: "Wellbeing themes",
      publish: "Publish the wellbeing themes",
      networkThemes: "Themes from the staff networks"
    },

    // Loading, problems and access
    CheckingAccess: "Checking what you can see…",
    Loading: "Loading…",
    LoadingReport: "Loading the report…",
    NoAccessHeading: "You do not have access to this",
    NoAccessBody: {
      published: "The published wellbeing themes are for the senior management team, Heads of Service, the staff network representatives and the wellbeing leads.",
      publish: "Publishing the wellbeing themes is for the Principal Social Worker, the Advanced Practitioners and the Race Champion leads.",
      networkThemes: "Recording network themes is for the representatives of the Disabled Workers' Group, the LGBT+ Staff Network and the BAME Network."
    },
    NoAccessAsk: "If you think you should have access, ask the owners of the wellbeing site to add you.",
    LoadFailed: "We could not load this.",

    // Small numbers (R20)
    // R20: a hidden count may be a small one or one hidden to protect it (secondary suppression), so the
    // cell never claims it is small.
    // UK official statistics shorthand: "[c]" confidential. The cell's accessible name says it in full.
    Suppressed: "[c]",
    SuppressedLong: "confidential: fewer than {0}, or hidden so that a small number cannot be worked out",
    Hidden: "[c]",
    SuppressedLegend: "[c] confidential: fewer than {0}, or hidden so that a small number cannot be worked out.",
    SmallNumbersMore: "How small numbers are kept safe",
    SuppressedExplanation: "To make sure no one can be recognised, small numbers are never shown. A number below {0} is hidden, and so is any other number that would let it be worked out, from a total, a difference, or another quarter or version published before: each shows [c]. Theme groups and the rolling year are decisions the wellbeing leads made so that more can be said safely at small numbers.",
    NotPublished: "not published",

    // Cells
    Percent: "{0}%",
    Hours: "{0} hours",
    ChangePoints: "{0} points",
    ChangeHours: "{0} hours",

    // Report
    Columns: {
      thisQuarter: "This quarter",
      previousQuarter: "Previous quarter",
      change: "Change",
      rollingYear: "Last four quarters"
    },
    PublishedOn: "Published on {0} (version {1}).",
    QuarterDates: "{0} to {1}",
    ReportFor: "{0}: {1}",
    KeyFiguresHeading: "At a glance",
    SummaryHeading: "In brief",
    Summary: {
      total: "There were {0} alerts in {1}.",
      totalHidden: "The number of alerts in {0} is confidential ([c]), to protect a small number.",
      changeUp: "That is {0} more than the previous quarter.",
      changeDown: "That is {0} fewer than the previous quarter.",
      changeSame: "That is the same as the previous quarter.",
      changeHidden: "The change since the previous quarter is confidential ([c]).",
      firstContact: "{0} of the workers contacted heard from the wellbeing leads within 48 hours.",
      firstContactHidden: "The share contacted within 48 hours is confidential ([c]) this quarter.",
      groups: "The theme groups raised most this quarter: {0}.",
      groupsNone: "No theme group can be shown this quarter without risking a small number ([c]).",
      rollingYear: "Over the year from {0} to {1} ({2} alerts), the themes raised were: {3}.",
      rollingYearNone: "Over the year from {0} to {1}, no single theme can be shown without risking a small number ([c]).",
      item: "{0} ({1})",
      andMore: "{0} and {1}"
    },
    GroupsRollingNote: "Theme groups, and the themes over the last four quarters, are decisions the wellbeing leads made (R18): at a council's numbers a single quarter rarely reaches {0} for one theme, so themes are also shown over a rolling year.",
    ShowThemes: "Show themes",
    HideThemes: "Hide themes",
    ShowTeams: "Show teams",
    HideTeams: "Hide teams",
    DisclosureOf: "in {0}",
    MoreTables: "More tables: locations, routes, ratings, escalations, outcomes and the staff networks",
    FoldedZero: "None in any column: {0}",
    FoldedSuppressed: "[c] in every column: {0}",
    KeyFigures: {
      alerts: "Alerts",
      changeSincePrevious: "Change since the previous quarter",
      shareWithin: "First contact within 48 hours",
      medianHours: "Median time to first contact",
      red: "Rated Red"
    },
    CommentaryHeading: "Commentary",
    NoCommentary: "No commentary was written for this quarter.",
    ChartLabel: "Bar chart of the table that follows: {0}",
    Sections: {
      serviceAreas: { title: "Alerts by service area and team", caption: "Alerts by service area and team", rowHeader: "Service area or team" },
      locations: { title: "Alerts by location", caption: "Alerts by the office the worker is based at", rowHeader: "Location" },
      themes: { title: "Themes", caption: "Themes raised (an alert can raise more than one theme)", rowHeader: "Theme" },
      themesByLocation: { title: "Themes by location", caption: "Themes raised at each location, this quarter", rowHeader: "Theme" },
      routes: { title: "Who the alerts went to", caption: "Alerts by who they went to", rowHeader: "Went to" },
      rag: { title: "Green, Amber and Red", caption: "Alerts by their current rating", rowHeader: "Rating" },
      escalations: { title: "Escalations", caption: "Alerts escalated (each kind counted once per alert)", rowHeader: "Escalation" },
      firstContact: { title: "First contact within 48 hours", caption: "First contact with the worker", rowHeader: "First contact" },
      redFollowUps: { title: "Red follow-ups", caption: "Red follow-ups by the Head of Service for Safeguarding, two weeks after sharing", rowHeader: "Follow-up" },
      outcomes: { title: "Outcomes", caption: "How alerts were resolved", rowHeader: "Outcome" },
      networkThemes: { title: "Themes from the staff networks", caption: "Themes the staff networks were approached with (counted separately from alerts)", rowHeader: "Network or theme" },
      trend: { title: "Trend over the last four quarters", caption: "The last four quarters, each as it was published", rowHeader: "Quarter" },
      groups: { title: "Theme groups this quarter", caption: "Alerts by theme group (an alert counts once in each group it raised)", rowHeader: "Theme group or theme" },
      rollingYear: { title: "Themes over the rolling year", caption: "Alerts by theme group and theme over the last four quarters", rowHeader: "Theme group or theme" }
    },
    AllAlerts: "All alerts",
    AllNetworkThemes: "All network themes",
    NotRecorded: "Not recorded",
    Routes: {
      PSW: "Principal Social Worker (Children's Social Care)",
      AP: "Advanced Practitioner (Children and Family Wellbeing Service)",
      RaceChampionLead: "Race Champion lead"
    },
    Rag: { Green: "Green", Amber: "Amber", Red: "Red", NotRated: "Not rated yet" },
    Escalations: { GreenToAmber: "Green to Amber", AmberToRed: "Amber to Red", GreenToRed: "Green to Red" },
    Outcomes: {
      ResolvedWithManager: "Resolved with their manager",
      SignpostedToSupport: "Signposted to support",
      TargetedSupportArranged: "Targeted support arranged",
      ManagementActionTaken: "Management action taken",
      WhistleblowingFollowed: "Whistleblowing procedure followed",
      WorkerDeclinedSupport: "Worker declined support",
      NoFurtherActionNeeded: "No further action needed",
      Open: "Still open"
    },
    Networks: {
      DisabledWorkersGroup: "Disabled Workers' Group",
      LgbtStaffNetwork: "LGBT+ Staff Network",
      BameNetwork: "BAME Network and Race Champions"
    },
    FirstContactRows: {
      withinTarget: "Contacted within 48 hours",
      late: "Contacted after 48 hours",
      notYetContacted: "Not contacted yet",
      shareWithinTarget: "Share contacted within 48 hours",
      medianHours: "Median time to first contact"
    },
    RedFollowUpRows: { onTime: "Followed up on time", late: "Followed up late, or overdue", shareOnTime: "Share followed up on time" },
    TrendColumns: { alerts: "Alerts", shareWithin: "First contact within 48 hours", medianHours: "Median time to first contact", red: "Rated Red" },

    // Published view (SMT)
    QuarterPickerLabel: "Quarter",
    QuarterOption: "{0} ({1})",
    NothingPublished: "No quarter has been published yet. The Principal Social Worker or an Advanced Practitioner publishes each quarter's themes after the quarter ends.",
    DownloadCsv: "Download the tables (CSV)",
    Print: "Print or save as PDF",
    CsvTitle: "Wellbeing themes, {0}",
    CsvNote: "[c] confidential: fewer than {0}, or hidden so that a small number cannot be worked out.",
    CsvFileName: "wellbeing-themes-{0}.csv",
    DownloadStarted: "The tables for {0} are downloading as a CSV file.",

    // Publish view (triage)
    PublishIntro: "Choose a finished quarter to see its draft report, worked out from the case records. Small numbers are hidden before anything is saved, so the draft is exactly what the senior management team will see. Nothing is published until you choose Publish and confirm.",
    PublishQuarterLabel: "Quarter to publish",
    PublishQuarterOption: "{0} ({1})",
    PublishQuarterNotPublished: "not published yet",
    PublishQuarterPublished: "published, version {0}",
    DraftHeading: "Draft report for {0}",
    DraftNote: "Draft, not published. This is exactly what the senior management team will see.",
    DraftBasis: "Worked out from {0} case records and {1} network theme entries, with the threshold set for this site: counts below {2} are hidden.",
    DraftPreviousFromPublished: "The previous quarter is shown as it was published, so the two reports always agree.",
    CommentaryLabel: "Commentary for the senior management team",
    CommentaryHelp: "What the numbers mean and what would help. Write about themes only: no names, no alert references, nothing copied from an alert or a record.",
    CommentaryCount: "{0} of {1} characters",
    CommentaryTooLong: "The commentary is {0} characters long. Please shorten it to {1} or fewer.",
    IdentifyingFound: "Please take this out before you go on: {0}",
    IdentifyingKinds: {
      reference: "an alert reference ({0})",
      email: "an email address ({0})",
      phone: "a phone number ({0})",
      titleAndName: "what looks like a name ({0})",
      webAddress: "a link ({0})"
    },
    PublishButton: "Publish {0}",
    ConfirmHeading: "Publish the themes for {0}?",
    ConfirmBody: "The senior management team will see this report straight away.",
    ConfirmRepublish: "It replaces version {0} for them. Every earlier version is kept.",
    ConfirmYes: "Yes, publish",
    ConfirmNo: "Not yet",
    Publishing: "Publishing…",
    Published: "Published {0}, version {1}, at {2}. The senior management team can see it now.",
    PublishFailed: "The report was not published.",
    PublishConflict: "Someone else published {0} while you were working on it. Their version is now in the list of published versions below. Your commentary is still here: check their version, then publish again if you still want to.",
    HistoryHeading: "Published versions of {0}",
    HistoryEmpty: "{0} has not been published yet.",
    HistoryCaption: "Every published version of {0}, newest first",
    HistoryColumns: { version: "Version", when: "Published", who: "Published by", threshold: "Counts hidden below" },
    SomeoneUnknown: "someone no longer on the site",
    NetworkEntriesHeading: "Network theme entries for {0}",
    NetworkEntriesIntro: "What the network representatives recorded. Only the totals appear in the report, with small numbers hidden; notes are never published.",
    NetworkEntriesEmpty: "No network themes were recorded for {0}.",
    NetworkEntriesCaption: "Network theme entries for {0}",
    EntryColumns: { network: "Network", theme: "Theme", serviceArea: "Service area", count: "How many", note: "Note" },
    NoServiceArea: "Not given",

    // Network themes view (reps)
    NetworkIntro: "When people come to your network with a concern about their wellbeing at work, record the theme here so the Principal Social Worker and Advanced Practitioners can include it in the quarterly report. Only totals are reported, and small numbers are hidden.",
    NoNamesWarning: "Please do not include names, or anything that could identify someone, such as a job title only one person has. Record the theme, never the person.",
    NewEntryHeading: "Record a theme",
    NetworkLabel: "Network",
    ChooseNetwork: "Choose a network",
    QuarterLabel: "Quarter",
    ServiceAreaLabel: "Service area (optional)",
    AnyServiceArea: "Not specific to one service area",
    ThemeLabel: "Theme",
    ChooseTheme: "Choose a theme",
    CountLabel: "How many people raised this theme",
    NoteLabel: "Note (optional, no names)",
    NoteHelp: "A few words about the theme for the wellbeing leads. Notes are never published.",
    Required: "(required)",
    Save: "Save this theme",
    Saving: "Saving…",
    Saved: "Saved: {0}, {1}, {2} ({3}). Thank you.",
    SaveFailed: "The theme was not saved. What you typed is still here.",
    ErrorsHeading: "Please check the form",
    Errors: {
      network: "Choose which network this is for.",
      theme: "Choose the theme.",
      count: "Enter how many people raised this, as a whole number from 1 to 999.",
      noteTooLong: "The note is {0} characters long. Please shorten it to {1} or fewer."
    },
    MyEntriesHeading: "Your themes for {0}",
    MyEntriesIntro: "Only you and the wellbeing leads can see these.",
    MyEntriesEmpty: "You have not recorded any themes for {0} yet.",
    MyEntriesCaption: "Themes you recorded for {0}"
  };
});
