import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { LazyView, ViewLoader } from '../../../components/LazyView';
import { useWellbeingServices } from '../../../components/ServicesContext';
import { WebPartHeading } from '../../../components/WebPartHeading';
import { ITriageBoardProps, TriageView } from './triageBoardProps';
import { useTriageClasses } from './triageStyles';

export { triageBoardProps } from './triageBoardProps';
export type { ITriageBoardProps, TriageView } from './triageBoardProps';

// Each view is its own chunk: a line manager opening a summary never downloads the board (the triage team's
// queue and case screens), and the board's page does not carry the summaries code.
const VIEW_LOADERS: Record<TriageView, ViewLoader<{ now?: Date }>> = {
  board: () => import(/* webpackChunkName: 'triage-board' */ './board/Board').then((m) => ({ default: m.Board })),
  summaries: () => import(/* webpackChunkName: 'triage-summaries' */ './summaries/Summaries').then((m) => ({ default: m.Summaries })),
  retention: () => import(/* webpackChunkName: 'triage-retention' */ './retention/Retention').then((m) => ({ default: m.Retention })),
  settings: () => import(/* webpackChunkName: 'triage-settings' */ './settings/Settings').then((m) => ({ default: m.Settings })),
  organisation: () =>
    import(/* webpackChunkName: 'triage-organisation' */ './organisation/OrganisationEditor').then((m) => ({ default: m.OrganisationEditor }))
};

const FALLBACK_TITLES: Record<TriageView, string> = {
  board: strings.Title,
  summaries: strings.SummariesTitle,
  retention: strings.RetentionTitle,
  settings: strings.SettingsTitle,
  organisation: strings.OrganisationTitle
};

/** The Triage board web part's screen: the board (triage team), or the summaries shared with me (managers, HoS). */
export function TriageBoard(props: Partial<ITriageBoardProps>): React.ReactElement {
  // Fails at once outside a WebPartRoot, not later inside a lazily loaded view (as a "could not load").
  useWellbeingServices();
  const classes = useTriageClasses();
  const view = props.view ?? 'board';
  return (
    <section className={classes.root} aria-labelledby={`triage-${view}-heading`} data-triage-view={view}>
      <WebPartHeading id={`triage-${view}-heading`} fallback={FALLBACK_TITLES[view]} />
      <LazyView viewKey={view} load={VIEW_LOADERS[view]} viewProps={{ now: props.now }} loadingLabel={strings.Loading} failedText={strings.LoadFailed} />
    </section>
  );
}
