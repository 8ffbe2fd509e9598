define([], function () {
  return {
    Title: "Raise a wellbeing concern",
    Purpose: "Raise a wellbeing concern about yourself or a colleague. An independent Principal Social Worker or Advanced Practitioner will be in touch within 48 hours.",
    PropertyPaneDescription: "Raise a wellbeing concern: the form staff use, with the questions to ask first."
  };
});
