define([], function () {
  return {
    Title: "Raise a wellbeing concern",
    Purpose: "Raise a wellbeing concern about yourself or a colleague. An independent Principal Social Worker or Advanced Practitioner will be in touch within 48 hours.",
    PropertyPaneDescription: "Raise a wellbeing concern: the form staff use, with the questions to ask first.",
    PagesGroupName: "Pages this form links to",
    ExitPageUrlLabel: "Exit this page goes to",
    ExitPageUrlDescription: "A neutral page (for example the weather or the intranet home) that replaces this one when someone presses Exit this page.",
    WhistleblowingPageUrlLabel: "Whistleblowing procedure page",

    ExitThisPage: "Exit this page",
    ExitThisPageHint: "Or press the Shift key 3 times. This clears the form and opens another page.",
    ExitThisPageShiftCount: "Shift pressed {0} of 3 times",

    Intro: "Use this form to tell us about a wellbeing concern, for yourself or for a colleague. A Principal Social Worker or Advanced Practitioner from outside your team will contact you within 48 hours to talk it through.",
    NewStarterWelcome: "Welcome to the council. You came here from the induction pages, so we will note that you are new: the person who contacts you will know.",
    HelpNowHeading: "If you need to talk to someone now",
    HelpNowBody: "Staff Support is free, confidential and open 24 hours a day, every day of the year.",
    HelpNowCall: "Call Staff Support on {0}",
    StaffSupportPhone: "0800 1116 387",
    NotGrievanceHeading: "This is not a grievance",
    NotGrievanceBody: "This process is about your wellbeing. It does not replace the council's policies for grievances, discipline, performance or conduct:",
    PolicyFallbackNames: ["Grievance Policy", "Disciplinary Policy", "Performance Management Policy", "Code of Conduct"],
    WhistleblowingBody: "If your concern is about the safety of a child or adult, or wrongdoing that needs whistleblowing, follow the whistleblowing procedure instead.",
    WhistleblowingLink: "Read the whistleblowing procedure",

    WhoLegend: "Who is filling in this form?",
    WhoWorker: "I am, about my own wellbeing",
    WhoColleague: "I am filling it in for a colleague",
    WhoRequired: "Select who is filling in this form",
    TogetherAdvice: "It is best to fill this in together with your colleague. If you cannot, they must see what you write, agree with it and agree to it being shared before you send it.",
    Continue: "Continue",
    Back: "Back",
    Yes: "Yes",
    No: "No",
    SelectYesOrNo: "Select yes or no",

    Questions: {
      Worker: {
        raisedWithManager: "Have you raised this with your manager?",
        acknowledged: "Did your manager acknowledge your concerns?",
        helpful: "Has talking to your manager helped?",
        concernInvolvesManager: "Does your concern involve your manager?",
        ableToRaiseWithManager: "Do you feel able to raise it with your manager?",
        wantsIndependentPerson: "Would you like to talk to an independent person from outside your team?",
        managerResponse: "What did your manager say? (optional)"
      },
      Colleague: {
        raisedWithManager: "Has your colleague raised this with their manager?",
        acknowledged: "Did their manager acknowledge the concerns?",
        helpful: "Has talking to their manager helped?",
        concernInvolvesManager: "Does the concern involve their manager?",
        ableToRaiseWithManager: "Does your colleague feel able to raise it with their manager?",
        wantsIndependentPerson: "Would your colleague like to talk to an independent person from outside their team?",
        managerResponse: "What did their manager say? (optional)"
      }
    },
    IndependentPersonHint: {
      Worker: "This would be the Principal Social Worker, the Advanced Practitioner or the Race Champion lead. They are not part of your team.",
      Colleague: "This would be the Principal Social Worker, the Advanced Practitioner or the Race Champion lead. They are not part of your colleague's team."
    },
    QuestionProgress: "Question {0}",

    TalkToManagerHeading: {
      Worker: "You can take this forward with your manager",
      Colleague: "Your colleague can take this forward with their manager"
    },
    TalkToManagerBody: {
      Worker: [
        "It sounds as though your manager is the best person to help. You could ask for time in supervision or a one-to-one, say what is worrying you and what would help, and agree what happens next.",
        "If things change, or it does not help, you can come back to this page at any time.",
        "You can also talk to Staff Support, the Mental Health First Aiders or one of the staff networks. Their details are on this page."
      ],
      Colleague: [
        "It sounds as though their manager is the best person to help. Your colleague could ask for time in supervision or a one-to-one, say what is worrying them and what would help, and agree what happens next.",
        "If things change, or it does not help, either of you can come back to this page at any time.",
        "Your colleague can also talk to Staff Support, the Mental Health First Aiders or one of the staff networks. Their details are on this page."
      ]
    },
    StillWantIndependent: "I would still like to talk to an independent person",
    StartAgain: "Start again",

    FormHeading: "About the concern",
    AnonymousSuggested: {
      Worker: "You said you would rather not talk to someone. You can still tell us about the concern without giving a name, so it can be acted on.",
      Colleague: "You said your colleague would rather not talk to someone. You can still tell us about the concern without giving their name, so it can be acted on."
    },
    ConsentLegend: "How has your colleague agreed to this?",
    ConsentRequired: "Select how your colleague has agreed to this",
    ConsentCompletedTogether: "We are filling it in together",
    ConsentWorkerSeenAndAgreed: "My colleague has seen what I have written, agrees with it and agrees to it being shared",
    ConsentCheckedLater: "The Principal Social Worker or Advanced Practitioner will check with your colleague that they agree before anything is done with their name.",
    SendCopyLabel: "Send my colleague a copy of this alert by email",
    SendCopyHint: "It is sent from your own email account, to your colleague only.",
    CopyAddressLabel: "Your colleague's work email address",

    DetailsLegend: { Worker: "Your details", Colleague: "Your colleague's details" },
    NamedLabel: { Worker: "Give my name, role and team", Colleague: "Give their name, role and team" },
    AnonymousLabel: { Worker: "Stay anonymous", Colleague: "Keep them anonymous" },
    AnonymousLegend: { Worker: "Do you want to give your name?", Colleague: "Do you want to give your colleague's name?" },
    AnonymousRequired: { Worker: "Select whether you want to give your name", Colleague: "Select whether you want to give your colleague's name" },
    AnonymousLimits: {
      Worker: "Without a name, nobody can contact you to talk it through, so the support we can give is limited. The concern will be passed, without a name, to the service manager for the service area. If you can, please give your details: they are kept confidential.",
      Colleague: "Without a name, nobody can contact your colleague to talk it through, so the support we can give them is limited. The concern will be passed, without a name, to the service manager for the service area. If they agree, please give their details: they are kept confidential."
    },
    AnonymousRecords: {
      Worker: "What anonymous means here: the alert will not hold a name, role or team, and the board the triage team uses does not show who sent it. SharePoint itself still records which account submitted the form, as it does for everything saved on it. The triage team (the Principal Social Worker, Advanced Practitioner and Race Champion lead) and the wellbeing site's owners could look that up in the list itself, and so could the council's SharePoint administrators and the people allowed to search the Microsoft 365 audit log. Your manager and colleagues cannot.",
      Colleague: "What anonymous means here: the alert will not hold your colleague's name, role or team, and the board the triage team uses does not show who sent it. SharePoint itself still records which account submitted the form (yours), as it does for everything saved on it. The triage team (the Principal Social Worker, Advanced Practitioner and Race Champion lead) and the wellbeing site's owners could look that up in the list itself, and so could the council's SharePoint administrators and the people allowed to search the Microsoft 365 audit log. Managers and other colleagues cannot."
    },
    NameLabel: { Worker: "Your name", Colleague: "Your colleague's name" },
    RoleLabel: { Worker: "Your role", Colleague: "Their role" },
    ServiceAreaLabel: "Service area",
    ServiceAreaHint: {
      Worker: "Needed even if you stay anonymous, so the concern reaches the right people.",
      Colleague: "Needed even if your colleague stays anonymous, so the concern reaches the right people."
    },
    TeamLabel: "Team",
    TeamHintChooseArea: "Choose a service area first.",
    TeamNeedsAreaFirst: { Worker: "Select your service area first, then your team", Colleague: "Select your colleague's service area first, then their team" },
    LocationLabel: "Office base (optional)",
    ChooseOption: "Choose one",

    ConcernLegend: "The concern",
    DetailsLabel: "Details of the concerns being raised",
    ActionTakenLabel: "What action has already been taken?",
    ActionTakenHint: "If nothing has been done yet, say so.",
    WhatNeedsToHappenLabel: { Worker: "What do you feel needs to happen?", Colleague: "What does your colleague feel needs to happen?" },
    CharactersLeft: "You have {0} characters left",
    CharactersOver: "You have {0} characters too many",
    InvolvesManagerLabel: { Worker: "The concern involves my manager", Colleague: "The concern involves their manager" },
    NextPersonPrompt: "As the concern involves the manager, think about who else could be told. This could be the next person in the line management, such as the manager's manager. The concern will not be shared with the manager it is about.",
    NextPersonLabel: "Who else could be told? (optional)",

    ProtectedLegend: "Does the concern relate to a protected characteristic?",
    ProtectedRequired: "Select yes if the concern relates to a protected characteristic, or no if it does not",
    ProtectedHint: "For example disability, race, religion or belief, sex, sexual orientation, gender reassignment, age, pregnancy or maternity.",
    NetworksLegend: "Would you like support from a staff network? (optional)",
    NetworkNames: {
      DisabledWorkersGroup: "Disabled Workers' Group",
      LgbtStaffNetwork: "LGBT+ Staff Network",
      BameNetwork: "BAME Network and Race Champions"
    },
    RaceChampionLabel: "Send this alert to the Race Champion lead instead",
    RaceChampionHint: "The Race Champion lead will read it instead of the Principal Social Worker or Advanced Practitioner.",

    RouteHeading: "Who will read this",
    RouteUnknown: "Choose a service area to see who this goes to.",
    Routes: {
      PSW: "This goes to the Principal Social Worker for Children's Social Care.",
      AP: "This goes to the Advanced Practitioner for the Children and Family Wellbeing Service.",
      RaceChampionLead: "This goes to the Race Champion lead."
    },
    Submit: "Send the alert",
    CheckHeading: "Check your answers before sending the alert",
    CheckIntro: "Nothing has been sent yet. Read your answers, change any that are not right, then send the alert.",
    CheckChange: "Change",
    CheckSendHeading: "Now send the alert",
    CheckSendBody: "When you send it, it goes only to the person named under Who will read this.",
    CheckKeys: {
      consentMode: "How your colleague agreed",
      sendWorkerCopy: "Send your colleague a copy",
      anonymous: { Worker: "Give your name", Colleague: "Give your colleague's name" },
      workerName: { Worker: "Your name", Colleague: "Your colleague's name" },
      role: { Worker: "Your role", Colleague: "Their role" },
      serviceAreaId: "Service area",
      teamId: "Team",
      locationId: "Office base",
      details: "Details of the concerns",
      actionTaken: "Action already taken",
      whatNeedsToHappen: { Worker: "What you feel needs to happen", Colleague: "What your colleague feels needs to happen" },
      concernInvolvesManager: { Worker: "Involves your manager", Colleague: "Involves their manager" },
      nextPersonInLine: "Who else could be told",
      protectedCharacteristic: "Relates to a protected characteristic",
      networks: "Support from a staff network",
      raceChampionRequested: "Send to the Race Champion lead instead"
    },
    CheckCopyTo: "Yes, to {0}",
    CheckNotGiven: "Not given",
    CheckNone: "None",
    Sending: "Sending your alert",
    ErrorSummaryHeading: "There is a problem",
    ErrorPrefix: "Error:",
    SubmitFailed: "Your alert has not been sent yet.",
    SubmitKept: "Everything you typed is still here.",
    DraftRestored: "We have kept what you typed earlier in this browser tab.",

    SentHeading: "Your alert has been sent",
    ReferenceLabel: "Your reference is",
    ReferenceHelp: "Make a note of it. You can quote it if you call or email about this concern.",
    NextHeading: "What happens next",
    NextNamed: {
      Worker: "The {0} will contact you within 48 hours to talk about it and agree the next steps.",
      Colleague: "The {0} will contact your colleague within 48 hours to talk about it, check that they agree, and agree the next steps."
    },
    NextAnonymous: {
      Worker: "As no name was given, nobody can contact you about it. The {0} will read it and pass it, without a name, to the service manager for the service area.",
      Colleague: "As no name was given, nobody can contact your colleague about it. The {0} will read it and pass it, without a name, to the service manager for the service area."
    },
    RouteRoles: { PSW: "Principal Social Worker", AP: "Advanced Practitioner", RaceChampionLead: "Race Champion lead" },
    CopySent: "A copy has been sent to {0}.",
    CopyFailed: "We could not send the copy to your colleague.",
    CopyKept: "The alert itself has been sent.",
    RaiseAnother: "Raise another concern",

    MyConcernsHeading: "Concerns you have raised",
    MyConcernsCaption: "Concerns you have raised, newest first",
    MyConcernsNone: "You have not raised any concerns.",
    MyConcernsReference: "Reference",
    MyConcernsDate: "Sent",
    MyConcernsStatus: "Status",
    MyConcernsHint: "Only you can see this list. It shows whether each concern has been received, is being worked on or is closed.",
    MyConcernsFailed: "We could not load the concerns you have raised.",
    PublicStatuses: { Received: "Received", InProgress: "Being worked on", Closed: "Closed" },
    Loading: "Loading",
    OrganisationFailed: "We could not load the list of service areas, teams and office bases.",
    OrganisationKept: "Everything you have written so far is still here.",

    Confirm: {
      Heading: "Confirm the wellbeing concern raised for you",
      Intro: "A colleague raised a wellbeing concern on your behalf and emailed you a copy of it. Its reference is",
      ReadCopy: "Please read the copy in that email before you answer. This page does not show what was written, so that it is only ever in your own mailbox.",
      Meaning: "If you confirm, you are saying that you have seen what your colleague wrote, that it is right, and that you are happy for it to be shared with the wellbeing team (the Principal Social Worker, an Advanced Practitioner or a Race Champion lead), so they can support you by name.",
      WhoSees: "Only you and the wellbeing team can see that you confirmed. Your colleague is not told.",
      ConfirmButton: "Confirm",
      Confirming: "Confirming",
      NotRightButton: "This is not right",
      ConfirmedHeading: "Thank you, you have confirmed it",
      Confirmed: "You confirmed {0} on {1} at {2}.",
      AlreadyConfirmed: "You had already confirmed {0}, on {1} at {2}. There is nothing more to do.",
      ConfirmedNext: "The wellbeing team will contact you to talk about it and agree the next steps. If you change your mind, tell them when they contact you.",
      NotRightHeading: "Nothing has been confirmed",
      NotRightBody: "Thank you for checking. Nothing with your name will be shared until the wellbeing team has spoken to you.",
      NotRightContact: "Please tell the Principal Social Worker what is not right, or that you do not want it shared. Email or call the Principal Social Worker's office and quote the reference {0}, or tell the wellbeing team when they contact you.",
      Back: "Go back",
      Failed: "Your confirmation has not been recorded.",
      FailedKept: "Nothing has been shared. You can try again, or use the link in the email later.",
      LinkIncompleteHeading: "This link is not complete",
      LinkIncomplete: "Part of the link is missing, so we cannot tell which concern it is for. Open the link from the email again. If your email program split it over two lines, copy the whole link into your browser.",
      LinkIncompleteContact: "If it still does not work, you do not need to do anything: the wellbeing team will contact you and check with you in person.",
      ReferenceLabel: "Reference"
    }
  };
});
