type TriageSettingsLocKey =
  | 'triageTeam'
  | 'hosSafeguarding'
  | 'serviceManagers'
  | 'slaMode'
  | 'suppressionThreshold'
  | 'quarterStartMonth'
  | 'retentionYears'
  | 'relayAddress';

declare interface ITriageBoardWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
  ViewGroupName: string;
  ViewFieldLabel: string;
  ViewNames: Record<'board' | 'summaries' | 'retention' | 'settings' | 'organisation', string>;
  SummariesTitle: string;
  RetentionTitle: string;
  SettingsTitle: string;
  Settings: {
    Intro: string;
    ReadOnly: string;
    Refused: string;
    Save: string;
    Saved: string;
    Kept: string;
    NotLogged: string;
    LogAgain: string;
    SaveFailed: string;
    NoPermission: string;
    ConflictHeading: string;
    ConflictText: string;
    Theirs: string;
    Yours: string;
    KeepTheirs: string;
    SaveMine: string;
    NotSet: string;
    Names: Record<TriageSettingsLocKey, string>;
    Headings: Record<TriageSettingsLocKey, string>;
    Help: Record<TriageSettingsLocKey, string>;
    Refusals: Record<
      | 'Required'
      | 'NotAWholeNumber'
      | 'ThresholdTooLow'
      | 'ThresholdTooHigh'
      | 'NotAMonth'
      | 'NotAnAddress'
      | 'NotHttps'
      | 'NotAClockMode'
      | 'TooShort'
      | 'TooLong'
      | 'NoOne'
      | 'AreaWithoutManager',
      string
    >;
    Clock: Record<'calendar' | 'working', string>;
    Months: string[];
    Years: string;
    Team: Record<'Add' | 'Route' | 'Teams' | 'Remove' | 'None', string>;
    AddHos: string;
    RemovePerson: string;
    ManagerOf: string;
    OrganisationHeading: string;
    Organisation: string;
    LogHeading: string;
    LogNone: string;
    LogLine: string;
    Check: {
      Heading: string;
      Intro: string;
      AllClear: string;
      ToDo: Record<'one' | 'other', string>;
      Again: string;
      Checking: string;
      Failed: string;
      States: Record<'ok' | 'todo' | 'unknown', string>;
      Lines: Record<
        | 'SchemaCurrent'
        | 'SchemaBehind'
        | 'SchemaAhead'
        | 'SchemaUnknown'
        | 'GroupOk'
        | 'GroupMissing'
        | 'GroupEmpty'
        | 'GroupUnreadable'
        | 'SettingFilled'
        | 'SettingMissing'
        | 'ListNotCrawled'
        | 'ListCrawled'
        | 'ListMissing'
        | 'RelayNone'
        | 'RelayAnswering'
        | 'RelayNotAnswering',
        string
      >;
    };
  };
  OrganisationTitle: string;
  /** Issue 18: the site owners' organisation view (OrganisationEditor.tsx). */
  Organisation: {
    Intro: string;
    Headings: Record<'serviceArea' | 'team' | 'office', string>;
    AddHeadings: Record<'serviceArea' | 'team' | 'office', string>;
    AddButtons: Record<'serviceArea' | 'team' | 'office', string>;
    KindNames: Record<'serviceArea' | 'team' | 'office', string>;
    Routes: Record<'PSW' | 'AP', string>;
    ColName: string;
    ColServiceArea: string;
    ColRoute: string;
    ColStatus: string;
    ColActions: string;
    InUse: string;
    RetiredOn: string;
    Rename: string;
    RenameLabel: string;
    NewNameFor: string;
    SaveName: string;
    Cancel: string;
    Retire: string;
    RetireLabel: string;
    RetireQuestion: string;
    RetireConfirm: string;
    Keep: string;
    NameLabel: string;
    ServiceAreaLabel: string;
    RouteLabel: string;
    Choose: string;
    UnknownServiceArea: string;
    Added: string;
    Renamed: string;
    Retired: string;
    Conflict: string;
    OwnersOnly: string;
    Errors: Record<'nameMissing' | 'nameTooLong' | 'nameTaken' | 'serviceAreaMissing' | 'serviceAreaRetired' | 'routeMissing' | 'keyTaken' | 'keyChanged', string>;
  };
  Retention: {
    Intro: string;
    IntroOneYear: string;
    IntroDefault: string;
    None: string;
    Caption: string;
    ColReference: string;
    ColClosed: string;
    ColKeptUntil: string;
    ColAction: string;
    Delete: string;
    ConfirmHeading: string;
    ConfirmText: string;
    ConfirmDelete: string;
    Keep: string;
    Kept: string;
    Deleting: string;
    Deleted: string;
    Partial: string;
    Left: string;
    TryAgain: string;
    Parts: Record<'Conversation' | 'Confirmation' | 'Events' | 'Summaries' | 'Discussion' | 'Alert' | 'Case', string>;
    PartCount: string;
    NoPermission: string;
    TraceFailed: string;
    SaveTrace: string;
    LogHeading: string;
    LogNone: string;
    LogCases: Record<'one' | 'other', string>;
  };
  Loading: string;
  LoadFailed: string;
  NoAccess: string;
  OpeningCases: string;
  OpenCasesFailed: string;
  Unreadable: Record<'heading' | 'hint' | 'row' | 'setAside' | 'setAsideLabel' | 'done' | 'failed' | 'conflict', string>;
  Refresh: string;
  Overdue: Record<'one' | 'other' | 'none', string>;
  FollowUpsDue: Record<'one' | 'other', string>;
  FiltersHeading: string;
  FilterRoute: string;
  FilterStatus: string;
  FilterRag: string;
  FilterServiceArea: string;
  FilterOwner: string;
  FilterAny: string;
  OwnerMine: string;
  OwnerNobody: string;
  SearchLabel: string;
  SearchHint: string;
  SearchNotAReference: string;
  ShowingCount: string;
  NoneMatch: string;
  CaptionQueue: string;
  ColReference: string;
  ColReceived: string;
  ColFirstContact: string;
  ColStatus: string;
  ColRag: string;
  ColServiceArea: string;
  ColOwner: string;
  OpenCase: string;
  MoreRows: string;
  Routes: Record<'PSW' | 'AP' | 'RaceChampionLead', string>;
  Statuses: Record<'New' | 'Contacted' | 'MeetingOffered' | 'MeetingHeld' | 'AwaitingFollowUp' | 'Closed', string>;
  Rags: Record<'Green' | 'Amber' | 'Red', string>;
  NotRated: string;
  Sla: Record<'overdue' | 'dueSoon' | 'due' | 'met' | 'metLate', string>;
  Duration: Record<'days' | 'hours' | 'minutes', string>;
  BackToQueue: string;
  CaseHeading: string;
  AlertHeading: string;
  Anonymous: string;
  OnBehalf: string;
  ConsentStates: Record<'NotNeeded' | 'StatedByRaiser' | 'ConfirmedByWorker' | 'ConfirmedByTriage', string>;
  Consent: string;
  NewStarter: string;
  InvolvesManager: string;
  NextPersonInLine: string;
  Networks: string;
  FirstAnswers: string;
  Labels: Record<'name' | 'role' | 'team' | 'serviceArea' | 'location' | 'details' | 'actionTaken' | 'whatNeedsToHappen' | 'received' | 'route' | 'owner' | 'status' | 'rag' | 'firstContact' | 'firstContactMade' | 'meetingOffered' | 'meetingHeld', string>;
  Answers: Record<'raisedWithManager' | 'acknowledged' | 'helpful' | 'concernInvolvesManager' | 'ableToRaiseWithManager' | 'wantsIndependentPerson' | 'managerResponse', string>;
  YesNo: Record<'yes' | 'no' | 'unasked', string>;
  IndependenceHeading: string;
  Independence: Record<'ownServiceArea' | 'teamInManagementLine' | 'namesManagementLine', string>;
  IndependenceAdvice: string;
  AssignHeading: string;
  Unassigned: string;
  TakeCase: string;
  ReassignLabel: string;
  Reassign: string;
  ContactHeading: string;
  ContactMethod: string;
  Methods: Record<'Phone' | 'Teams' | 'InPerson' | 'Email', string>;
  RecordFirstContact: string;
  OfferMeeting: string;
  RecordMeeting: string;
  GroundRules: string;
  ConfirmConsent: string;
  Whistleblowing: string;
  WhistleblowingRecorded: string;
  Saved: string;
  When: string;
  WhenHint: string;
  WhenInvalid: string;
  MadeBy: string;
  ChooseOutcome: string;
  OutcomeRequired: string;
  ChoosePerson: string;
  ReassignRequired: string;
  LineManagerRequired: string;
  PreviewHeading: string;
  PreviewHint: string;
  WillGoTo: string;
  RecipientRoles: Record<'LineManager' | 'ServiceManager' | 'NextPersonInLine', string>;
  RecordHeading: string;
  RecordHint: string;
  Summary: string;
  KeyThemes: string;
  AgreedActions: string;
  ConsentToShare: string;
  SaveRecord: string;
  RecordSaved: string;
  RecordNeedsMeeting: string;
  SummaryRequired: string;
  TooLong: string;
  RagHeading: string;
  RagMeanings: Record<'Green' | 'Amber' | 'Red', string>;
  SaveRag: string;
  RagBeforeMeeting: string;
  ShareHeading: string;
  ForwardHeading: string;
  ForwardHint: string;
  ServiceManagerFromSettings: string;
  NoServiceManager: string;
  NameShared: string;
  NameSharedHint: string;
  NameNotConsented: string;
  ConcernsAndActions: string;
  ActionsAgreed: string;
  LineManager: string;
  ServiceManager: string;
  NextPerson: string;
  PeopleSearchHint: string;
  PeopleSearchFailed: string;
  NoPeopleFound: string;
  Chosen: string;
  ChooseSomeoneElse: string;
  Share: string;
  Forward: string;
  SharedWith: string;
  NotNotified: string;
  FollowUpHeading: string;
  FollowUpDue: string;
  FollowUpOverdue: string;
  FollowUpDone: string;
  CloseHeading: string;
  Outcome: string;
  Outcomes: Record<'ResolvedWithManager' | 'SignpostedToSupport' | 'TargetedSupportArranged' | 'ManagementActionTaken' | 'WhistleblowingFollowed' | 'WorkerDeclinedSupport' | 'NoFurtherActionNeeded', string>;
  CloseCase: string;
  Closed: string;
  Refusals: Record<'MissingActor' | 'InvalidTime' | 'CaseClosed' | 'NotAllowedInStatus' | 'RagBeforeMeeting' | 'RagUnchanged' | 'NotRed' | 'AnonymousUseForward' | 'NotAnonymous' | 'ConsentNotRecorded' | 'ConsentNotNeeded' | 'ConsentAlreadyConfirmed' | 'FollowUpAlreadyRecorded' | 'FollowUpTextRequired' | 'FollowUpTextTooLong' | 'WhistleblowingAlreadyRecorded' | 'WhistleblowingNotRecorded' | 'RedSummaryNotShared' | 'FollowUpNotRecorded' | 'RagRequired' | 'AnonymousNotForwarded' | 'AlreadyAssigned', string>;
  Conflict: string;
  SaveFailed: string;
  Kept: string;
  EventsHeading: string;
  EventsCaption: string;
  ColWhen: string;
  ColWho: string;
  ColWhat: string;
  EventKinds: Record<'CaseOpened' | 'Assigned' | 'StatusChanged' | 'RagSet' | 'Escalated' | 'SummaryShared' | 'ForwardedToServiceManager' | 'HosNotified' | 'FollowUpRecorded' | 'ConsentConfirmed' | 'WhistleblowingRoute' | 'Closed', string>;
  Escalations: Record<'GreenToAmber' | 'AmberToRed' | 'GreenToRed', string>;
  SummariesIntro: string;
  NoSummaries: string;
  SummaryKinds: Record<'RedSummary' | 'AnonymousReferral', string>;
  SummaryFor: string;
  NameWithheld: string;
  SharedOn: string;
  RecordFollowUp: string;
  FollowUpOutcome: string;
  FollowUpRequired: string;
  FollowUpSaved: string;
  SummariesToRecord: Record<'none' | 'one' | 'other', string>;
  SummariesOverdue: Record<'one' | 'other', string>;
  FollowUpToGo: Record<'lessThanADay' | 'one' | 'other', string>;
  FollowUpLate: Record<'lessThanADay' | 'one' | 'other', string>;
  SummaryConflict: string;
  FollowUpRecordedMeanwhile: string;
  SummariesToRecordHeading: string;
  SummariesFollowedUpHeading: string;
  SharedOnLabel: string;
  SummariesFiltersHeading: string;
  SummariesFilterFollowUp: string;
  SummariesFollowUpDueOption: string;
  SummariesFollowUpDoneOption: string;
  SummariesNotAReference: string;
  SummariesShowing: string;
  SummariesShowMore: string;
  SummariesListNames: Record<'all' | 'toRecord' | 'followedUp', string>;
  SummariesNoMatch: string;
  SomeoneInTriage: string;
  TheWorker: string;
  AssignedTo: string;
  OverdueOnRoute: Record<'none' | 'some', string>;
  OverdueShown: Record<'none' | 'some', string>;
  ShowAllOverdue: string;
  Done: Record<'taken' | 'passed' | 'firstContact' | 'meetingOffered' | 'meetingHeld' | 'consent' | 'whistleblowing' | 'rating' | 'forwarded' | 'followUp' | 'closed', string>;
  SummaryStartEmpty: string;
  SummaryHeadingsIntro: string;
  SummaryHeadings: Record<'date' | 'concerns' | 'actions', string>;
  SummaryStartedFromRecord: string;
  /** R4: the worker's own confirmation (WorkerConfirmationNote.tsx). */
  WorkerConfirmation: Record<'Checking' | 'Confirmed' | 'CheckAccount' | 'Waiting' | 'NoLink' | 'Record' | 'Failed', string>;
}

declare module 'TriageBoardWebPartStrings' {
  const strings: ITriageBoardWebPartStrings;
  export = strings;
}
