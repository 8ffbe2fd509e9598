/*
 * The look of the preview's intranet pages (not of the web parts: they bring their own Fluent UI styles).
 * Modern SharePoint in outline: suite bar, site header with navigation, sections of columns that reflow to
 * one column on a phone or at 400% zoom. Colours are Fluent UI's default theme, so the contrast matches.
 */
import type { SectionBackground } from './pages';

/** Fluent UI's default palette, as a SharePoint site with the default theme has it. */
export const PALETTE = {
  themePrimary: '#0078d4',
  themeDark: '#005a9e',
  themeDarker: '#004578',
  themeLighterAlt: '#eff6fc',
  neutralLighter: '#f3f2f1',
  neutralPrimary: '#323130',
  neutralSecondary: '#605e5c',
  white: '#ffffff'
};

/** The section colour SharePoint paints behind a section background (the web parts get the matching variant). */
export function sectionBackgroundColour(background: SectionBackground): string {
  switch (background) {
    case 'neutral':
      return PALETTE.neutralLighter;
    case 'soft':
      return PALETTE.themeLighterAlt;
    case 'strong':
      return PALETTE.themePrimary;
    default:
      return PALETTE.white;
  }
}

export const PAGE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; color: ${PALETTE.neutralPrimary}; background: ${PALETTE.white}; line-height: 1.5; }
a { color: ${PALETTE.themeDarker}; }
a:focus-visible, button:focus-visible, select:focus-visible, main:focus-visible { outline: 3px solid ${PALETTE.neutralPrimary}; outline-offset: 2px; }
.skip-link { position: absolute; left: -10000px; top: 0; background: ${PALETTE.white}; padding: 8px 12px; z-index: 10; }
.skip-link:focus { left: 8px; top: 8px; }
.suite-bar { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; justify-content: space-between; background: ${PALETTE.themeDarker}; color: ${PALETTE.white}; padding: 8px 16px; }
.suite-bar a { color: ${PALETTE.white}; font-weight: 600; text-decoration: none; }
.suite-bar a:focus-visible, .suite-bar button:focus-visible, .suite-bar select:focus-visible { outline-color: ${PALETTE.white}; }
.suite-name { margin: 0; }
.preview-tag { font-weight: 400; font-size: 0.875rem; border: 1px solid ${PALETTE.white}; border-radius: 2px; padding: 0 6px; margin-left: 8px; }
.persona { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.persona select, .persona button { font: inherit; min-height: 32px; padding: 2px 8px; }
/* A persona's long name must not widen the page at 320 px (WCAG 1.4.10): the select shrinks to the bar. */
.persona { min-width: 0; max-width: 100%; }
.persona select { min-width: 0; max-width: 100%; }
@media (max-width: 639px) { .persona, .persona select { width: 100%; } }
.persona button { background: ${PALETTE.white}; color: ${PALETTE.themeDarker}; border: 1px solid ${PALETTE.white}; border-radius: 2px; cursor: pointer; }
.site-header { border-bottom: 1px solid #edebe9; padding: 12px 16px 0; }
.site-title { margin: 0; font-size: 1.5rem; font-weight: 600; }
.site-header ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 8px 0 0; padding: 0; }
.site-header li a { display: inline-block; padding: 8px 0; text-decoration: none; color: ${PALETTE.neutralPrimary}; }
.site-header li a[aria-current="page"] { border-bottom: 3px solid ${PALETTE.themePrimary}; font-weight: 600; }
.site-header li a:hover { text-decoration: underline; }
main { display: block; max-width: 1280px; margin: 0 auto; padding: 16px; }
.page-title { font-size: 2rem; font-weight: 600; margin: 8px 0 16px; }
.page-section { display: flex; flex-wrap: wrap; gap: 24px; padding: 16px; margin: 0 -16px 8px; }
.column { flex: 1 1 100%; min-width: 0; }
@media (min-width: 640px) {
  .column.span-8 { flex: 2 1 0; }
  .column.span-6 { flex: 1 1 0; }
  .column.span-4 { flex: 1 1 0; }
}
.text-web-part h2 { font-size: 1.25rem; font-weight: 600; margin: 0 0 8px; }
.web-part { margin: 0 0 16px; }
.web-part-loading { color: ${PALETTE.neutralSecondary}; }
.access-required h2 { font-size: 1.5rem; }
.inbox { list-style: none; padding: 0; margin: 0; }
.mail { border: 1px solid #edebe9; border-radius: 2px; padding: 12px 16px; margin: 0 0 12px; }
.mail h2 { font-size: 1.125rem; margin: 0 0 4px; }
.mail-meta { margin: 0 0 8px; color: ${PALETTE.neutralSecondary}; font-size: 0.875rem; }
.mail-body { overflow-wrap: anywhere; }
/* Printed, a page is its content: SharePoint's suite bar and navigation (and the preview's persona switch) stay off paper. */
@media print {
  .skip-link, .suite-bar, .site-header nav { display: none !important; }
}
`;
