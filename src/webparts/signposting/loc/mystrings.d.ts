declare interface ISignpostingWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
  PageGroupName: string;
  PageContextFieldLabel: string;
  PageContextNames: {
    general: string;
    induction: string;
    whistleblowing: string;
    supervision: string;
    equalityNetworks: string;
  };
  RaiseConcernPageUrlFieldLabel: string;
  RaiseConcernPageUrlFieldDescription: string;
}

declare module 'SignpostingWebPartStrings' {
  const strings: ISignpostingWebPartStrings;
  export = strings;
}
