// "Exit this page" (the GOV.UK pattern for sensitive services): a button, and the Shift key pressed three
// times, clear the form and its saved draft and replace this page with a neutral one, so the Back button
// does not return to it.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { useRaiseClasses } from './raiseStyles';

/** GOV.UK resets the count when Shift has not been pressed for this long. */
export const SHIFT_WINDOW_MS = 5000;

/** Counts Shift presses (not held repeats); three within the window call onExit. Returns the count so far. */
export function useShiftThreeTimes(onExit: () => void): number {
  const [count, setCount] = React.useState(0);
  const exitRef = React.useRef(onExit);
  exitRef.current = onExit;
  React.useEffect(() => {
    let presses = 0;
    let timer: number | undefined;
    const reset = (): void => {
      presses = 0;
      setCount(0);
    };
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.key !== 'Shift' || e.repeat) {
        return;
      }
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= 3) {
        reset();
        exitRef.current();
        return;
      }
      setCount(presses);
      timer = window.setTimeout(reset, SHIFT_WINDOW_MS);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(timer);
    };
  }, []);
  return count;
}

export function ExitThisPage(props: { onExit: () => void }): React.ReactElement {
  const classes = useRaiseClasses();
  const count = useShiftThreeTimes(props.onExit);
  return (
    <div className={classes.exitBar}>
      <span className={classes.help} id="raise-exit-hint">
        {strings.ExitThisPageHint}
      </span>
      <button type="button" className={classes.exitButton} onClick={props.onExit} aria-describedby="raise-exit-hint" data-exit-this-page="true">
        {strings.ExitThisPage}
      </button>
      <span className={classes.visuallyHidden} aria-live="polite">
        {count > 0 ? strings.ExitThisPageShiftCount.split('{0}').join(String(count)) : ''}
      </span>
    </div>
  );
}
