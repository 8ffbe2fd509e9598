define([], function () {
  return {
    PropertyPaneDataGroupName: "Where the records are kept",
    DataSiteUrlFieldLabel: "Data site address",
    DataSiteUrlFieldDescription: "The address of the restricted site that holds the wellbeing lists. Leave empty to use this site.",
    DataSiteUrlNotAbsolute: "Enter the full address of a SharePoint site, starting with https://",
    DataSiteUrlNotHttps: "The data site address must start with https://",
    DataSiteUrlOtherTenant: "The data site must be in this organisation's SharePoint ({0})",
    NotBuiltYetHeading: "Coming soon",
    NotBuiltYetBody: "This part of the wellbeing concern process is being built and is not ready to use yet.",
    ReadsFromLabel: "Records will be kept on",
    CurrentSiteLabel: "this site"
  };
});
