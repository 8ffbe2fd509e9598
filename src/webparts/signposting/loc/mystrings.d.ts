type SignpostingPageContextText<T> = {
  general: T;
  induction: T;
  whistleblowing: T;
  supervision: T;
  equalityNetworks: T;
};

declare interface ISignpostingWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
  PageGroupName: string;
  PageContextFieldLabel: string;
  PageContextNames: SignpostingPageContextText<string>;
  RaiseConcernPageUrlFieldLabel: string;
  RaiseConcernPageUrlFieldDescription: string;
  Headings: SignpostingPageContextText<string>;
  Explanations: SignpostingPageContextText<string[]>;
  RaiseConcernLink: string;
  RaiseConcernLinkMissing: string;
  ContactsHeading: string;
  Loading: string;
  LoadFailed: string;
  LoadFailedReasons: { throttled: string; offline: string; forbidden: string; other: string };
  NeedSomeoneNow: string;
  TryAgain: string;
  NoEntries: string;
  CallLabel: string;
  EmailLabel: string;
  WebsiteLabel: string;
  OpeningHours: string;
}

declare module 'SignpostingWebPartStrings' {
  const strings: ISignpostingWebPartStrings;
  export = strings;
}
