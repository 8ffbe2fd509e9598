type RaiseConcernRaiser = 'Worker' | 'Colleague';
type RaiseConcernByRaiser = Record<RaiseConcernRaiser, string>;
type RaiseConcernQuestion =
  | 'raisedWithManager'
  | 'acknowledged'
  | 'helpful'
  | 'concernInvolvesManager'
  | 'ableToRaiseWithManager'
  | 'wantsIndependentPerson'
  | 'managerResponse';
type RaiseConcernRoute = 'PSW' | 'AP' | 'RaceChampionLead';

declare interface IRaiseConcernWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
  PagesGroupName: string;
  ExitPageUrlLabel: string;
  ExitPageUrlDescription: string;
  WhistleblowingPageUrlLabel: string;

  ExitThisPage: string;
  ExitThisPageHint: string;
  ExitThisPageShiftCount: string;

  Intro: string;
  NewStarterWelcome: string;
  HelpNowHeading: string;
  HelpNowBody: string;
  HelpNowCall: string;
  StaffSupportPhone: string;
  NotGrievanceHeading: string;
  NotGrievanceBody: string;
  PolicyFallbackNames: string[];
  WhistleblowingBody: string;
  WhistleblowingLink: string;

  WhoLegend: string;
  WhoWorker: string;
  WhoColleague: string;
  WhoRequired: string;
  TogetherAdvice: string;
  Continue: string;
  Back: string;
  Yes: string;
  No: string;
  SelectYesOrNo: string;

  Questions: Record<RaiseConcernRaiser, Record<RaiseConcernQuestion, string>>;
  IndependentPersonHint: RaiseConcernByRaiser;
  QuestionProgress: string;

  TalkToManagerHeading: RaiseConcernByRaiser;
  TalkToManagerBody: Record<RaiseConcernRaiser, string[]>;
  StillWantIndependent: string;
  StartAgain: string;

  FormHeading: string;
  AnonymousSuggested: RaiseConcernByRaiser;
  ConsentLegend: string;
  ConsentRequired: string;
  ConsentCompletedTogether: string;
  ConsentWorkerSeenAndAgreed: string;
  ConsentCheckedLater: string;
  SendCopyLabel: string;
  SendCopyHint: string;
  CopyAddressLabel: string;

  DetailsLegend: RaiseConcernByRaiser;
  NamedLabel: RaiseConcernByRaiser;
  AnonymousLabel: RaiseConcernByRaiser;
  AnonymousLegend: RaiseConcernByRaiser;
  AnonymousRequired: RaiseConcernByRaiser;
  AnonymousLimits: RaiseConcernByRaiser;
  AnonymousRecords: RaiseConcernByRaiser;
  NameLabel: RaiseConcernByRaiser;
  RoleLabel: RaiseConcernByRaiser;
  ServiceAreaLabel: string;
  ServiceAreaHint: RaiseConcernByRaiser;
  TeamLabel: string;
  TeamHintChooseArea: string;
  TeamNeedsAreaFirst: RaiseConcernByRaiser;
  LocationLabel: string;
  ChooseOption: string;

  ConcernLegend: string;
  DetailsLabel: string;
  ActionTakenLabel: string;
  ActionTakenHint: string;
  WhatNeedsToHappenLabel: RaiseConcernByRaiser;
  CharactersLeft: string;
  CharactersOver: string;
  InvolvesManagerLabel: RaiseConcernByRaiser;
  NextPersonPrompt: string;
  NextPersonLabel: string;

  ProtectedLegend: string;
  ProtectedRequired: string;
  ProtectedHint: string;
  NetworksLegend: string;
  NetworkNames: Record<'DisabledWorkersGroup' | 'LgbtStaffNetwork' | 'BameNetwork', string>;
  RaceChampionLabel: string;
  RaceChampionHint: string;

  RouteHeading: string;
  RouteUnknown: string;
  Routes: Record<RaiseConcernRoute, string>;
  Submit: string;
  CheckHeading: string;
  CheckIntro: string;
  CheckChange: string;
  CheckSendHeading: string;
  CheckSendBody: string;
  CheckKeys: {
    consentMode: string;
    sendWorkerCopy: string;
    anonymous: RaiseConcernByRaiser;
    workerName: RaiseConcernByRaiser;
    role: RaiseConcernByRaiser;
    serviceAreaId: string;
    teamId: string;
    locationId: string;
    details: string;
    actionTaken: string;
    whatNeedsToHappen: RaiseConcernByRaiser;
    concernInvolvesManager: RaiseConcernByRaiser;
    nextPersonInLine: string;
    protectedCharacteristic: string;
    networks: string;
    raceChampionRequested: string;
  };
  CheckCopyTo: string;
  CheckNotGiven: string;
  CheckNone: string;
  Sending: string;
  ErrorSummaryHeading: string;
  ErrorPrefix: string;
  SubmitFailed: string;
  SubmitKept: string;
  DraftRestored: string;

  SentHeading: string;
  ReferenceLabel: string;
  ReferenceHelp: string;
  NextHeading: string;
  NextNamed: RaiseConcernByRaiser;
  NextAnonymous: RaiseConcernByRaiser;
  RouteRoles: Record<RaiseConcernRoute, string>;
  CopySent: string;
  CopyFailed: string;
  CopyKept: string;
  RaiseAnother: string;

  MyConcernsHeading: string;
  MyConcernsCaption: string;
  MyConcernsNone: string;
  MyConcernsReference: string;
  MyConcernsDate: string;
  MyConcernsStatus: string;
  MyConcernsHint: string;
  MyConcernsFailed: string;
  PublicStatuses: Record<'Received' | 'InProgress' | 'Closed', string>;
  Loading: string;
  /** Issue 18: the organisation list could not be read. */
  OrganisationFailed: string;
  OrganisationKept: string;
  /** R4: the worker confirms an alert a colleague raised for them (confirmConsent.tsx). */
  Confirm: {
    Heading: string;
    Intro: string;
    ReadCopy: string;
    Meaning: string;
    WhoSees: string;
    ConfirmButton: string;
    Confirming: string;
    NotRightButton: string;
    ConfirmedHeading: string;
    Confirmed: string;
    AlreadyConfirmed: string;
    ConfirmedNext: string;
    NotRightHeading: string;
    NotRightBody: string;
    NotRightContact: string;
    Back: string;
    Failed: string;
    FailedKept: string;
    LinkIncompleteHeading: string;
    LinkIncomplete: string;
    LinkIncompleteContact: string;
    ReferenceLabel: string;
  };
}

declare module 'RaiseConcernWebPartStrings' {
  const strings: IRaiseConcernWebPartStrings;
  export = strings;
}
