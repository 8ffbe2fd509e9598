import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Problem } from '../Problem';

/** A view in its own bundle chunk (so a page downloads only the screen it shows). */
export type ViewLoader<P extends object> = () => Promise<{ default: React.ComponentType<P> }>;

interface IBoundaryProps {
  failedText: string;
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
      <Problem what={this.props.failedText} error={{ kind: 'offline', retryable: true }} onRetry={this.props.onRetry} />
    ) : (
      this.props.children
    );
  }
}

export interface ILazyViewProps<P extends object> {
  /** Changes when another view is wanted (the loader itself may be a new function each render). */
  viewKey: string;
  load: ViewLoader<P>;
  viewProps: P;
  loadingLabel: string;
  /** Said when the chunk cannot be downloaded ("We could not load this."). */
  failedText: string;
}

/** Loads a view's chunk with a spinner, and offers to try again if the download fails. */
export function LazyView<P extends object>(props: ILazyViewProps<P>): React.ReactElement {
  const [attempt, setAttempt] = React.useState(0);
  const loadRef = React.useRef(props.load);
  loadRef.current = props.load;
  // A new lazy component on each attempt, so "Try again" downloads the chunk again.
  const Lazy = React.useMemo(() => React.lazy(() => loadRef.current()), [props.viewKey, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <ViewLoadBoundary key={attempt} failedText={props.failedText} onRetry={() => setAttempt((n) => n + 1)}>
      <React.Suspense fallback={<Spinner label={props.loadingLabel} ariaLive="polite" labelPosition="right" />}>
        {/* React 17's lazy types do not carry a generic P through; the loader's type does. */}
        {React.createElement(Lazy as unknown as React.ComponentType<P>, props.viewProps)}
      </React.Suspense>
    </ViewLoadBoundary>
  );
}
