/**
 * Where an editor places the web part: the triage team's board, the page where managers open summaries, or the
 * data site owners' page of records past their retention period (R23), their settings and site check, or their
 * organisation page (issue 18).
 */
export const TRIAGE_VIEWS = ['board', 'summaries', 'retention', 'settings', 'organisation'] as const;
export type TriageView = (typeof TRIAGE_VIEWS)[number];

export interface ITriageBoardProps {
  view: TriageView;
  /** Tests and the preview's fixed clock; the real time otherwise. */
  now?: Date;
}

/**
 * The web part's properties as an editor set them -> the component's props (the web part class and the
 * local preview both use this). Anything unknown is the board, which SharePoint permissions already limit
 * to the triage team.
 */
export function triageBoardProps(properties: { view?: unknown }): ITriageBoardProps {
  return { view: TRIAGE_VIEWS.find((v) => v === properties.view) ?? 'board' };
}
