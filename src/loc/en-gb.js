define([], function () {
  return {
    PropertyPaneDataGroupName: "Where the records are kept",
    DataSiteUrlFieldLabel: "Data site address",
    DataSiteUrlFieldDescription: "The address of the restricted site that holds the wellbeing lists. Leave empty to use this site.",
    DataSiteUrlNotAbsolute: "Enter the full address of a SharePoint site, starting with https://",
    DataSiteUrlNotHttps: "The data site address must start with https://",
    DataSiteUrlOtherTenant: "The data site must be in this organisation's SharePoint ({0})",
    TryAgain: "Try again",
    Problems: {
      throttled: "SharePoint is busy just now. Please wait a moment and try again.",
      offline: "We could not reach SharePoint. Check your connection, then try again.",
      signedOut: "Your session has ended. Refresh the page to sign in again.",
      noPermission: "SharePoint says you do not have access to this.",
      notFound: "SharePoint could not find the wellbeing lists. The site owners may need to check the web part's settings.",
      conflict: "Someone else changed this at the same time.",
      invalidInput: "SharePoint did not accept what was sent.",
      personNotFound: "This person cannot be found in SharePoint. Check you chose the right person, or choose someone else.",
      other: "Something went wrong in SharePoint. Try again; if it keeps happening, tell the owners of the wellbeing site."
    },
    RetryAfter: "SharePoint asked us to wait {0} seconds.",
    // R22: the whole of every notification: fixed words and a link, never anything from a record.
    Notifications: {
      summaryShared: {
        subject: "A wellbeing summary has been shared with you",
        lead: "A wellbeing summary has been shared with you. Open it here:"
      },
      hosFollowUp: {
        subject: "A wellbeing summary needs your follow-up",
        lead: "A wellbeing summary has been shared and needs your follow-up in two weeks. Open it here:"
      },
      closing: "This message contains no details on purpose. Please do not reply to it."
    },
    // R4: the copy of an alert a colleague sends to the worker it is about (the one message with record words).
    AlertCopy: {
      subject: "Your wellbeing concern {0}: a copy for you to check",
      opening: "A colleague has raised a wellbeing concern on your behalf. This is a copy of exactly what they sent.",
      consent: {
        NotNeeded: "",
        CompletedTogether: "We completed this together.",
        WorkerSeenAndAgreed: "I have said that you have seen this, agree with it and consent to it being shared."
      },
      willContact: "The {0} will contact you to check that you agree with it and are happy for it to be shared, before anything is done with your name.",
      labels: {
        reference: "Reference",
        name: "Name",
        role: "Role",
        team: "Team",
        serviceArea: "Service area",
        location: "Location",
        details: "Details of the concerns:",
        actionTaken: "What action has already been taken:",
        whatNeedsToHappen: "What needs to happen:"
      },
      notGiven: "Not given",
      anonymous: "Name, role and team: not given (anonymous)",
      ifWrong: "If anything here is wrong, or you do not want it shared, say so when you are contacted, or reply to the colleague who sent it.",
      confirmLead: "Please check it. If it is right and you are happy for it to be shared, you can confirm that yourself. Open this link while signed in to your own work account:",
      confirmWho: "Only you and the {0} and the wellbeing triage team can see that you confirmed. Your colleague cannot. Please do not forward this email: the link is for you alone.",
      ifWrongDoNotConfirm: "If anything here is wrong, or you do not want it shared, do not confirm: say so when you are contacted, or reply to the colleague who sent it.",
      staffSupport: "Staff Support is there 24 hours a day, every day of the year: 0800 1116 387."
    },
    PropertyPaneHeadingGroupName: "Heading",
    TitleFieldLabel: "Title",
    TitleFieldDescription: "Shown as the web part's heading. Leave it empty when the page's title already says what this is.",
    SiteBehind: {
      title: "The wellbeing site needs an update",
      body: "This part of the page cannot work until the wellbeing site is brought up to date. Please let the owners of the wellbeing site know: an administrator needs to run the provisioner.",
      versions: "For the administrator: the site's lists are at version {0}; this page needs version {1}.",
      neverProvisioned: "For the administrator: the site has no wellbeing lists yet (or no version recorded); this page needs version {0}."
    },
    UnknownOrganisation: {
      serviceArea: "Unknown service area",
      team: "Unknown team",
      office: "Unknown office base"
    },
    RetiredSuffix: "(no longer in use)"
  };
});
