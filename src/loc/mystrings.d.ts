declare interface IWellbeingStrings {
  PropertyPaneDataGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;
  DataSiteUrlNotAbsolute: string;
  DataSiteUrlNotHttps: string;
  DataSiteUrlOtherTenant: string;
  TryAgain: string;
  Problems: Record<'throttled' | 'offline' | 'signedOut' | 'noPermission' | 'notFound' | 'conflict' | 'invalidInput' | 'personNotFound' | 'other', string>;
  RetryAfter: string;
  Notifications: Record<'summaryShared' | 'hosFollowUp', { subject: string; lead: string }> & { closing: string };
  PropertyPaneHeadingGroupName: string;
  TitleFieldLabel: string;
  TitleFieldDescription: string;
  SiteBehind: { title: string; body: string; versions: string; neverProvisioned: string };
}

declare module 'WellbeingStrings' {
  const strings: IWellbeingStrings;
  export = strings;
}
