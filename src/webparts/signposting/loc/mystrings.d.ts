/** One value for each page context (domain/types.ts PageContext). */
type SignpostingPageContextText<T> = Record<'general' | 'induction' | 'whistleblowing' | 'supervision' | 'equalityNetworks', T>;

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
  DocumentLabel: string;
  OpeningHours: string;
  /**
   * R9: the one entry built into the bundle, shown when the support directory list cannot be read. It must
   * match the Staff Support entry of referenceData/supportDirectory.json (a test checks).
   */
  StaffSupportFallback: { title: string; description: string; phone: string; url: string; hours: string; note: string };
}

declare module 'SignpostingWebPartStrings' {
  const strings: ISignpostingWebPartStrings;
  export = strings;
}
