declare interface IWellbeingThemesWebPartStrings {
  Title: string;
  Purpose: string;
  PropertyPaneDescription: string;
}

declare module 'WellbeingThemesWebPartStrings' {
  const strings: IWellbeingThemesWebPartStrings;
  export = strings;
}
