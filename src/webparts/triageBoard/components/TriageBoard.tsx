import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Problem } from '../../../components/Problem';
import { useWellbeingServices } from '../../../components/ServicesContext';
import { ITriageBoardProps, TriageView } from './triageBoardProps';
import { useTriageClasses } from './triageStyles';

export { triageBoardProps } from './triageBoardProps';
export type { ITriageBoardProps, TriageView } from './triageBoardProps';

// Each view is its own chunk: a line manager opening a summary never downloads the board (the triage team's
// queue and case screens), and the board's page does not carry the summaries code.
type ViewModule = Promise<{ default: React.ComponentType<{ now?: Date }> }>;
const VIEW_LOADERS: Record<TriageView, () => ViewModule> = {
  board: () => import(/* webpackChunkName: 'triage-board' */ './board/Board').then((m) => ({ default: m.Board })),
  summaries: () => import(/* webpackChunkName: 'triage-summaries' */ './summaries/Summaries').then((m) => ({ default: m.Summaries }))
};

interface IBoundaryProps {
  onRetry: () => void;
  children?: React.ReactNode;
}

/** A view's code that could not be downloaded (the connection dropped) is a problem to retry, not a crash. */
class ViewLoadBoundary extends React.Component<IBoundaryProps, { failed: boolean }> {
  public state: { failed: boolean } = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public render(): React.ReactNode {
    return this.state.failed ? (
      <Problem what={strings.LoadFailed} error={{ kind: 'offline', retryable: true }} onRetry={this.props.onRetry} />
    ) : (
      this.props.children
    );
  }
}

function View(props: { view: TriageView; now?: Date }): React.ReactElement {
  const [attempt, setAttempt] = React.useState(0);
  // A new lazy component on each attempt, so "Try again" downloads the chunk again.
  const Lazy = React.useMemo(() => React.lazy(VIEW_LOADERS[props.view]), [props.view, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <ViewLoadBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
      <React.Suspense fallback={<Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />}>
        <Lazy now={props.now} />
      </React.Suspense>
    </ViewLoadBoundary>
  );
}

/** The Triage board web part's screen: the board (triage team), or the summaries shared with me (managers, HoS). */
export function TriageBoard(props: Partial<ITriageBoardProps>): React.ReactElement {
  // Fails at once outside a WebPartRoot, not later inside a lazily loaded view (as a "could not load").
  useWellbeingServices();
  const classes = useTriageClasses();
  const view = props.view ?? 'board';
  return (
    <section className={classes.root} aria-labelledby={`triage-${view}-heading`} data-triage-view={view}>
      <h2 id={`triage-${view}-heading`}>{view === 'board' ? strings.Title : strings.SummariesTitle}</h2>
      <View view={view} now={props.now} />
    </section>
  );
}
