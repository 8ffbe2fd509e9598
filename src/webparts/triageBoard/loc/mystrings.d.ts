declare interface ITriageBoardWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
}

declare module 'TriageBoardWebPartStrings' {
  const strings: ITriageBoardWebPartStrings;
  export = strings;
}
