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
  AlertCopy: {
    subject: string;
    opening: string;
    consent: Record<'NotNeeded' | 'CompletedTogether' | 'WorkerSeenAndAgreed', string>;
    willContact: string;
    labels: Record<'reference' | 'name' | 'role' | 'team' | 'serviceArea' | 'location' | 'details' | 'actionTaken' | 'whatNeedsToHappen', string>;
    notGiven: string;
    anonymous: string;
    ifWrong: string;
    confirmLead: string;
    confirmWho: string;
    ifWrongDoNotConfirm: string;
    staffSupport: string;
  };
  PropertyPaneHeadingGroupName: string;
  TitleFieldLabel: string;
  TitleFieldDescription: string;
  SiteBehind: { title: string; body: string; versions: string; neverProvisioned: string };
  /** Issue 18: a key a record holds that the organisation does not know (never the key itself: it is untrusted). */
  UnknownOrganisation: Record<'serviceArea' | 'team' | 'office', string>;
  /** Issue 18: said after the name of a retired team, service area or office base. */
  RetiredSuffix: string;
}

declare module 'WellbeingStrings' {
  const strings: IWellbeingStrings;
  export = strings;
}
