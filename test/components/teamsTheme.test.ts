/*
 * Issue 18, Teams themes: each Teams theme gives the web parts text, links, buttons and RAG colours that keep
 * WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for the bars beside a word), and an unknown name is the default.
 */
import { statusColours, teamsTheme, teamsThemeName, TeamsThemeName } from '../../src/components/teamsTheme';
import { createTheme } from '@fluentui/react/lib/Styling';

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Teams themes', () => {
  it('takes Teams own names and treats anything else as the default theme', () => {
    expect(teamsThemeName('dark')).toBe('dark');
    expect(teamsThemeName('contrast')).toBe('contrast');
    expect(teamsThemeName('default')).toBe('default');
    expect(teamsThemeName(undefined)).toBe('default');
    expect(teamsThemeName('purple')).toBe('default');
  });

  it.each<TeamsThemeName>(['default', 'dark', 'contrast'])('%s: text, links, buttons and RAG colours keep their contrast', (name) => {
    const t = teamsTheme(name);
    const s = t.semanticColors;
    const bg = s.bodyBackground;
    expect(contrast(s.bodyText, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(s.bodySubtext, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(s.link, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(s.errorText, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(s.primaryButtonText, s.primaryButtonBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.palette.themePrimary, bg)).toBeGreaterThanOrEqual(3);
    const rag = statusColours(t);
    for (const colour of [rag.green, rag.amber, rag.red, rag.grey]) expect(contrast(colour, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('dark and high contrast are inverted themes; the default is not', () => {
    expect(teamsTheme('default').isInverted).toBe(false);
    expect(teamsTheme('dark').isInverted).toBe(true);
    expect(teamsTheme('contrast').isInverted).toBe(true);
  });

  it('RAG colours follow the background, not the theme name: a strong section background gets the light ones', () => {
    expect(statusColours(createTheme({})).red).toBe('#A4262C');
    expect(statusColours(createTheme({ semanticColors: { bodyBackground: '#004578' } })).red).toBe(statusColours(teamsTheme('dark')).red);
  });
});
