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
    RaiseConcernPageUrlFieldDescription: "The address of the page with the Raise a wellbeing concern web part."
  };
});
