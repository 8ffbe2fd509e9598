export { statusColours, teamsTheme, teamsThemeName } from './teamsTheme';
export type { StatusColours, TeamsThemeName } from './teamsTheme';
