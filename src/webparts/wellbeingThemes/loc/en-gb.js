define([], function () {
  return {
    Title: "Wellbeing themes",
    Purpose: "Quarterly themes from the wellbeing concern process, for the senior management team. No names, and small numbers are never shown.",
    PropertyPaneDescription: "Wellbeing themes: the published quarterly reports for the senior management team."
  };
});
