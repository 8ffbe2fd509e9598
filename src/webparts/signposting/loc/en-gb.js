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
        "If something at work is affecting your wellbeing, or a colleague's, you can talk to someone independent of your team: the Principal Social Worker in Children's Social Care, or an Advanced Practitioner in the Children and Family Wellbeing Service.",
        "When you raise a wellbeing concern, they will contact you within 48 hours to talk it through and agree next steps with you. This does not replace the grievance policy.",
        "If you need to talk to someone now, Staff Support is free, confidential and there 24 hours a day, every day of the year."
      ],
      induction: [
        "Welcome. We want you to have the best start with us, and your wellbeing matters from your first day.",
        "If something at work is worrying you, talking to your manager or supervisor is usually a good first step. If that doesn't feel possible, or it hasn't helped, you can raise a wellbeing concern and someone independent of your team will contact you within 48 hours. You can do this at any time, including in your first weeks.",
        "Staff Support is free, confidential and there 24 hours a day if you need to talk to someone now."
      ],
      whistleblowing: [
        "Whistleblowing, also called raising concerns at work, is for wrongdoing you have seen or reasonably suspect at work: for example a danger to health and safety, a failure to meet a legal obligation, or a concern of a safeguarding nature. Follow the whistleblowing procedure. No one acting in good faith will be penalised for raising a concern.",
        "A grievance is for when you are concerned about your own situation at work and want it resolved formally. Use the grievance policy.",
        "A wellbeing concern is for when something at work is affecting your wellbeing, or a colleague's, and you would like early support from someone independent of your team. It does not replace the grievance policy or the whistleblowing procedure.",
        "Not sure which? You can still raise a wellbeing concern: the person who contacts you will help you find the right route, and if it needs the whistleblowing procedure, that procedure will be followed."
      ],
      supervision: [
        "Supervision is there for learning and support as well as for managing your work: a safe place to reflect on your work and share how you feel about it.",
        "You can ask for time in supervision to talk about your wellbeing, and agree with your supervisor what would help.",
        "If you can't raise something in supervision, or it hasn't helped, you can raise a wellbeing concern with someone independent of your team. They can also help you start that conversation with your manager."
      ],
      equalityNetworks: [
        "If your concern relates to a protected characteristic, you can ask for support from the Disabled Workers' Group, the LGBT+ Staff Network or the BAME Network and Race Champions, and you can say so when you raise a wellbeing concern.",
        "When a network representative is approached about someone's wellbeing, they liaise with the Principal Social Worker or an Advanced Practitioner about the themes they are hearing, never names, so that patterns can be spotted and support offered to teams."
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
    WebsiteLabel: "Visit the {0} website",
    DocumentLabel: "Read: {0}",
    OpeningHours: "Open: {0}",
    StaffSupportFallback: {
      title: "Staff Support (24/7 confidential helpline)",
      description: "Free and confidential support for all staff: telephone counsellors 24 hours a day every day of the year, advice on legal, financial and practical problems, self-help online, structured telephone counselling and career coaching. You do not need a referral, and nothing that could identify you is passed back to the council.",
      phone: "0800 1116 387",
      url: "https://www.my-eap.com",
      hours: "24 hours a day, every day of the year",
      note: "Organisation code: LCCwell"
    }
  };
});
