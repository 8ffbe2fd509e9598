define([], function () {
  return {
    Title: "Triage board",
    Purpose: "Every wellbeing alert from arrival to close: first contact within 48 hours, the meeting record, the Green, Amber or Red outcome and any summary for managers.",
    PropertyPaneDescription: "Triage board: for the Principal Social Worker, Advanced Practitioners and Race Champion leads."
  };
});
