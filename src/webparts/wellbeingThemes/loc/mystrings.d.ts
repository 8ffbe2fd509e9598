declare interface IWellbeingThemesWebPartStrings {
  PropertyPaneDescription: string;
  ViewGroupName: string;
  ViewFieldLabel: string;
  ViewNames: Record<'published' | 'publish' | 'networkThemes', string>;
  Headings: Record<'published' | 'publish' | 'networkThemes', string>;

  CheckingAccess: string;
  Loading: string;
  LoadingReport: string;
  NoAccessHeading: string;
  NoAccessBody: Record<'published' | 'publish' | 'networkThemes', string>;
  NoAccessAsk: string;
  LoadFailed: string;

  Suppressed: string;
  SuppressedLong: string;
  SuppressedLegend: string;
  Hidden: string;
  /** The button that shows (on screen) why numbers are hidden; print always shows it. */
  SmallNumbersMore: string;
  SuppressedExplanation: string;
  NotPublished: string;

  Percent: string;
  Hours: string;
  ChangePoints: string;
  ChangeHours: string;

  Columns: Record<'thisQuarter' | 'previousQuarter' | 'change' | 'rollingYear', string>;
  PublishedOn: string;
  QuarterDates: string;
  ReportFor: string;
  KeyFiguresHeading: string;
  SummaryHeading: string;
  Summary: Record<
    | 'total'
    | 'totalHidden'
    | 'changeUp'
    | 'changeDown'
    | 'changeSame'
    | 'changeHidden'
    | 'firstContact'
    | 'firstContactHidden'
    | 'groups'
    | 'groupsNone'
    | 'rollingYear'
    | 'rollingYearNone'
    | 'item'
    | 'andMore',
    string
  >;
  GroupsRollingNote: string;
  ShowThemes: string;
  HideThemes: string;
  ShowTeams: string;
  HideTeams: string;
  /** Said after Show/Hide themes or teams to a screen reader (the row's name is beside the button on screen). */
  DisclosureOf: string;
  MoreTables: string;
  FoldedZero: string;
  FoldedSuppressed: string;
  KeyFigures: Record<'alerts' | 'changeSincePrevious' | 'shareWithin' | 'medianHours' | 'red', string>;
  CommentaryHeading: string;
  NoCommentary: string;
  ChartLabel: string;
  Sections: Record<
    | 'serviceAreas'
    | 'locations'
    | 'themes'
    | 'themesByLocation'
    | 'routes'
    | 'rag'
    | 'escalations'
    | 'firstContact'
    | 'redFollowUps'
    | 'outcomes'
    | 'networkThemes'
    | 'trend'
    | 'groups'
    | 'rollingYear',
    { title: string; caption: string; rowHeader: string }
  >;
  AllAlerts: string;
  AllNetworkThemes: string;
  NotRecorded: string;
  Routes: Record<'PSW' | 'AP' | 'RaceChampionLead', string>;
  Rag: Record<'Green' | 'Amber' | 'Red' | 'NotRated', string>;
  Escalations: Record<'GreenToAmber' | 'AmberToRed' | 'GreenToRed', string>;
  Outcomes: Record<
    | 'ResolvedWithManager'
    | 'SignpostedToSupport'
    | 'TargetedSupportArranged'
    | 'ManagementActionTaken'
    | 'WhistleblowingFollowed'
    | 'WorkerDeclinedSupport'
    | 'NoFurtherActionNeeded'
    | 'Open',
    string
  >;
  Networks: Record<'DisabledWorkersGroup' | 'LgbtStaffNetwork' | 'BameNetwork', string>;
  FirstContactRows: Record<'withinTarget' | 'late' | 'notYetContacted' | 'shareWithinTarget' | 'medianHours', string>;
  RedFollowUpRows: Record<'onTime' | 'late' | 'shareOnTime', string>;
  TrendColumns: Record<'alerts' | 'shareWithin' | 'medianHours' | 'red', string>;

  QuarterPickerLabel: string;
  QuarterOption: string;
  NothingPublished: string;
  DownloadCsv: string;
  Print: string;
  CsvTitle: string;
  CsvNote: string;
  CsvFileName: string;
  DownloadStarted: string;

  PublishIntro: string;
  PublishQuarterLabel: string;
  PublishQuarterOption: string;
  PublishQuarterNotPublished: string;
  PublishQuarterPublished: string;
  DraftHeading: string;
  DraftNote: string;
  DraftBasis: string;
  DraftPreviousFromPublished: string;
  CommentaryLabel: string;
  CommentaryHelp: string;
  CommentaryCount: string;
  CommentaryTooLong: string;
  IdentifyingFound: string;
  IdentifyingKinds: Record<'reference' | 'email' | 'phone' | 'titleAndName' | 'webAddress', string>;
  PublishButton: string;
  ConfirmHeading: string;
  ConfirmBody: string;
  ConfirmRepublish: string;
  ConfirmYes: string;
  ConfirmNo: string;
  Publishing: string;
  Published: string;
  PublishFailed: string;
  PublishConflict: string;
  HistoryHeading: string;
  HistoryEmpty: string;
  HistoryCaption: string;
  HistoryColumns: Record<'version' | 'when' | 'who' | 'threshold', string>;
  SomeoneUnknown: string;
  NetworkEntriesHeading: string;
  NetworkEntriesIntro: string;
  NetworkEntriesEmpty: string;
  NetworkEntriesCaption: string;
  EntryColumns: Record<'network' | 'theme' | 'serviceArea' | 'count' | 'note', string>;
  NoServiceArea: string;

  NetworkIntro: string;
  NoNamesWarning: string;
  NewEntryHeading: string;
  NetworkLabel: string;
  ChooseNetwork: string;
  QuarterLabel: string;
  ServiceAreaLabel: string;
  AnyServiceArea: string;
  ThemeLabel: string;
  ChooseTheme: string;
  CountLabel: string;
  NoteLabel: string;
  NoteHelp: string;
  Required: string;
  Save: string;
  Saving: string;
  Saved: string;
  SaveFailed: string;
  ErrorsHeading: string;
  Errors: Record<'network' | 'theme' | 'count' | 'noteTooLong', string>;
  MyEntriesHeading: string;
  MyEntriesIntro: string;
  MyEntriesEmpty: string;
  MyEntriesCaption: string;
}

declare module 'WellbeingThemesWebPartStrings' {
  const strings: IWellbeingThemesWebPartStrings;
  export = strings;
}
