declare interface IRaiseConcernWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
}

declare module 'RaiseConcernWebPartStrings' {
  const strings: IRaiseConcernWebPartStrings;
  export = strings;
}
