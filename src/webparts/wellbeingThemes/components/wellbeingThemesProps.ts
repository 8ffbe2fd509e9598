/** Where an editor places the web part: the SMT page, the triage team's page, the network reps' page. */
export const THEMES_VIEWS = ['published', 'publish', 'networkThemes'] as const;
export type ThemesView = (typeof THEMES_VIEWS)[number];

export interface IWellbeingThemesProps {
  /** Which of the three screens this placement shows (default: the published reports). */
  view: ThemesView;
}

/**
 * The web part's properties as an editor set them -> the component's props. The web part class and the
 * local preview both use this, so they cannot drift apart. Anything unknown falls back to 'published',
 * the view that shows the least.
 */
export function wellbeingThemesProps(properties: { view?: unknown }): IWellbeingThemesProps {
  return { view: THEMES_VIEWS.find((v) => v === properties.view) ?? 'published' };
}
