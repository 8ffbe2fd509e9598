define([], function () {
  return {
    Title: "Wellbeing signposting",
    Purpose: "Where to get support with your wellbeing: Staff Support (24 hours a day), Mental Health First Aiders, the staff networks, and how to raise a wellbeing concern.",
    PropertyPaneDescription: "Wellbeing signposting: choose which page this sits on so it shows the right support.",
    PageGroupName: "This page",
    PageContextFieldLabel: "Which page is this?",
    PageContextNames: {
      general: "Wellbeing (people services)",
      induction: "Induction for new starters",
      whistleblowing: "Whistleblowing",
      supervision: "Supervision",
      equalityNetworks: "Equality networks"
    },
    RaiseConcernPageUrlFieldLabel: "Raise a wellbeing concern page",
    RaiseConcernPageUrlFieldDescription: "The address of the page with the Raise a wellbeing concern web part.",
    Headings: {
      general: "Support with your wellbeing",
      induction: "Your wellbeing matters from day one",
      whistleblowing: "Is this whistleblowing, a grievance or a wellbeing concern?",
      supervision: "Talking about wellbeing in supervision",
      equalityNetworks: "Staff networks and wellbeing concerns"
    },
    Explanations: {
      general: [
        "If something at work is affecting your wellbeing, you can talk to someone independent: the Principal Social Worker or an Advanced Practitioner. They will contact you within 48 hours to talk it through and agree next steps.",
        "If you need to talk to someone now, Staff Support is there 24 hours a day."
      ],
      induction: [
        "Welcome to the council. If something at work is worrying you, talk to your manager or supervisor first if you can.",
        "If that doesn't feel possible, or it hasn't helped, you can raise a wellbeing concern. Someone independent of your team will contact you within 48 hours. You can do this at any point, including in your first weeks."
      ],
      whistleblowing: [
        "Whistleblowing is for wrongdoing, risk or malpractice that affects other people or the public, including a safeguarding concern. Follow the whistleblowing procedure.",
        "A grievance is a formal complaint about how you have been treated at work that you want resolved. Use the grievance policy.",
        "A wellbeing concern is for when something at work is affecting your wellbeing and you would like to talk to someone independent. It does not replace the grievance or whistleblowing procedures.",
        "Not sure which? Raise a wellbeing concern and the person who contacts you will help you find the right route."
      ],
      supervision: [
        "Supervision is a good place to talk about your wellbeing as well as your work.",
        "If you can't raise something in supervision, or it hasn't helped, you can raise a wellbeing concern with someone independent of your team."
      ],
      equalityNetworks: [
        "Network representatives can listen and help you raise a concern. If your concern relates to a protected characteristic, you can ask for support from a network when you raise it.",
        "Each quarter the networks share the themes they hear, never names, with the Principal Social Worker and Advanced Practitioners, so patterns can be acted on."
      ]
    },
    RaiseConcernLink: "Raise a wellbeing concern",
    RaiseConcernLinkMissing: "The page for raising a wellbeing concern has not been chosen yet. A page editor can choose it in this web part's settings.",
    ContactsHeading: "Where to get support",
    Loading: "Loading support contacts",
    LoadFailed: "We couldn't load the support contacts just now.",
    LoadFailedReasons: {
      throttled: "SharePoint is busy.",
      offline: "You seem to be offline.",
      forbidden: "You don't have access to the support list.",
      other: "Something went wrong."
    },
    NeedSomeoneNow: "If you need to talk to someone now:",
    TryAgain: "Try again",
    NoEntries: "There are no support contacts for this page yet.",
    CallLabel: "Call {0} on {1}",
    EmailLabel: "Email {0} at {1}",
    WebsiteLabel: "{0} website",
    OpeningHours: "Open: {0}"
  };
});
