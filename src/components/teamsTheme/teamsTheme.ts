/*
 * Microsoft Teams themes for the web parts when they run as a Teams tab or personal app (issue 18).
 *
 * Teams tells a tab its theme by name: "default", "dark" or "contrast" (teams-js `app.getContext()` ->
 * `app.theme`, and `app.registerOnThemeChangeHandler` when the person switches). SharePoint's ThemeProvider
 * does not carry it, so the web part base reads it and gives the React tree a whole Fluent UI theme built here.
 * Colours follow the Teams palettes (brand #5B5FC7 / #7F85F5; dark background #292929; high contrast black with
 * yellow links); every text and control pair meets WCAG 2.2 AA contrast, which the e2e tests check with axe.
 */
import { createTheme, IPalette } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Teams' own theme names; anything else (or nothing) is the default theme. */
export function teamsThemeName(raw: string | null | undefined): TeamsThemeName {
  return raw === 'dark' || raw === 'contrast' ? raw : 'default';
}

interface Base {
  primary: string;
  background: string;
  text: string;
  inverted: boolean;
}

const BASES: Readonly<Record<TeamsThemeName, Base>> = {
  default: { primary: '#5B5FC7', background: '#FFFFFF', text: '#242424', inverted: false },
  dark: { primary: '#7F85F5', background: '#292929', text: '#FFFFFF', inverted: true },
  contrast: { primary: '#FFFF01', background: '#000000', text: '#FFFFFF', inverted: true }
};

function channels(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `from` moved the fraction `t` of the way to `to`. */
function mix(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a
    .map((v, i) => Math.round(v + (b[i] - v) * t).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

/**
 * A full palette in Fluent's sense: "lighter" shades move towards the background and "darker" ones towards the
 * text, so on an inverted theme a "darker" link is a lighter one, as Fluent's theme designer does it.
 */
function palette(base: Base, name: TeamsThemeName): Partial<IPalette> {
  const { primary, background, text } = base;
  // In high contrast, borders and secondary text stay close to full white so that nothing fades.
  const fade = name === 'contrast' ? 0.35 : 1;
  return {
    themePrimary: primary,
    themeLighterAlt: mix(primary, background, 0.94),
    themeLighter: mix(primary, background, 0.84),
    themeLight: mix(primary, background, 0.72),
    themeTertiary: mix(primary, background, 0.42),
    themeSecondary: mix(primary, background, 0.1),
    themeDarkAlt: mix(primary, text, 0.1),
    themeDark: mix(primary, text, 0.3),
    themeDarker: mix(primary, text, 0.5),
    neutralLighterAlt: mix(background, text, 0.02 / fade),
    neutralLighter: mix(background, text, 0.05 / fade),
    neutralLight: mix(background, text, 0.08 / fade),
    neutralQuaternaryAlt: mix(background, text, 0.13 / fade),
    neutralQuaternary: mix(background, text, 0.19 / fade),
    neutralTertiaryAlt: mix(background, text, 0.24 / fade),
    neutralTertiary: mix(background, text, 0.46),
    neutralSecondaryAlt: mix(background, text, 0.7),
    neutralSecondary: mix(background, text, 0.78),
    neutralPrimaryAlt: mix(background, text, 0.88),
    neutralPrimary: text,
    neutralDark: mix(background, text, 0.96),
    black: text,
    white: background
  };
}

const BUILT = new Map<TeamsThemeName, Theme>();

/** The whole Fluent UI theme for a Teams theme (semantic colours derived by Fluent from the palette). */
export function teamsTheme(name: TeamsThemeName): Theme {
  const built = BUILT.get(name);
  if (built) return built;
  const base = BASES[name];
  const theme = createTheme({
    palette: palette(base, name),
    isInverted: base.inverted,
    semanticColors:
      name === 'contrast'
        ? // High contrast: links and focus in Teams' yellow, errors in a red that reads on black.
          { link: '#FFFF01', linkHovered: '#1AEBFF', errorText: '#FF8080', focusBorder: '#1AEBFF', primaryButtonText: '#000000' }
        : name === 'dark'
          ? { link: '#A6AAFA', linkHovered: '#C5C8FC', errorText: '#F1707B', primaryButtonText: '#000000' }
          : { link: '#4F52B2', linkHovered: '#3D3E8C' }
  });
  BUILT.set(name, theme);
  return theme;
}

export interface StatusColours {
  green: string;
  amber: string;
  red: string;
  grey: string;
}

const ON_LIGHT: StatusColours = { green: '#107C10', amber: '#A35200', red: '#A4262C', grey: '#605E5C' };
// Teams dark and high contrast colours for status: at least 4.5:1 on #292929 and on black.
const ON_DARK: StatusColours = { green: '#92C353', amber: '#FFAA44', red: '#F1707B', grey: '#C8C6C4' };

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Green, Amber, Red (and grey) that keep their contrast on whatever the web part's background is: the dark
 * shades on a light page, light ones on Teams dark, high contrast or a strong section background. The word is
 * always shown beside the colour: colour is never the only signal.
 */
export function statusColours(theme: Theme): StatusColours {
  const background = theme.semanticColors.bodyBackground;
  return /^#[0-9a-f]{6}$/i.test(background) && luminance(background) < 0.2 ? ON_DARK : ON_LIGHT;
}
