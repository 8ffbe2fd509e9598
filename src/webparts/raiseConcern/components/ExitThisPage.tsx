// "Exit this page" (the GOV.UK pattern for sensitive services): a button, and the Shift key pressed three
// times, clear the form and its saved draft and replace this page with a neutral one, so the Back button
// does not return to it.
//
// The Shift sequence follows GOV.UK Frontend's exit-this-page component: a press counts when Shift goes down
// and comes up again on its own, with no other key pressed in between (so a capital letter typed as Shift+M,
// or Shift+Tab back up the form, never counts, however fast someone types); any other key resets the count;
// the count also resets when Shift has not been pressed for SHIFT_WINDOW_MS. A held Shift's repeats are one
// press. The live region speaks only from the second press, and is emptied when the count resets, so a screen
// reader user typing capitals hears nothing.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { useRaiseClasses } from './raiseStyles';

/** GOV.UK resets the count when Shift has not been pressed for this long. */
export const SHIFT_WINDOW_MS = 5000;
/** How many lone Shift presses leave the page. */
export const SHIFT_PRESSES = 3;

/** Counts lone Shift presses; three within the window call onExit. Returns the count so far (0 after a reset). */
export function useShiftThreeTimes(onExit: () => void): number {
  const [count, setCount] = React.useState(0);
  const exitRef = React.useRef(onExit);
  exitRef.current = onExit;
  React.useEffect(() => {
    let presses = 0;
    /** Shift is down and nothing else has been pressed since it went down. */
    let loneShiftDown = false;
    let timer: number | undefined;
    const reset = (): void => {
      window.clearTimeout(timer);
      presses = 0;
      setCount(0);
    };
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.key === 'Shift') {
        if (!e.repeat) {
          // Shift pressed while another key is held (or with another modifier) is not on its own.
          loneShiftDown = !(e.ctrlKey || e.altKey || e.metaKey);
        }
        return;
      }
      // Any other key (a capital letter, Shift+Tab, a plain letter) breaks the sequence.
      loneShiftDown = false;
      if (presses > 0) {
        reset();
      }
    };
    const onKeyUp = (e: KeyboardEvent): void => {
      if (e.key !== 'Shift' || !loneShiftDown) {
        return;
      }
      loneShiftDown = false;
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= SHIFT_PRESSES) {
        reset();
        exitRef.current();
        return;
      }
      setCount(presses);
      timer = window.setTimeout(reset, SHIFT_WINDOW_MS);
    };
    // Focus leaving the window (alt-tab with Shift held) must not leave a half-press behind.
    const onBlur = (): void => {
      loneShiftDown = false;
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', onBlur);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('blur', onBlur);
      window.clearTimeout(timer);
    };
  }, []);
  return count;
}

/** What the live region says: nothing for the first press (every capital letter starts one), then the count. */
export function shiftAnnouncement(count: number): string {
  return count >= 2 ? strings.ExitThisPageShiftCount.split('{0}').join(String(count)) : '';
}

export function ExitThisPage(props: { onExit: () => void }): React.ReactElement {
  const classes = useRaiseClasses();
  const count = useShiftThreeTimes(props.onExit);
  return (
    <>
      {/* GOV.UK keeps the button in reach while the page scrolls (sticky); the hint stays in the flow, so the
          part that follows the reader is the button alone and covers as little as possible. */}
      <div className={classes.exitSticky}>
        <button type="button" className={classes.exitButton} onClick={props.onExit} aria-describedby="raise-exit-hint" data-exit-this-page="true">
          {strings.ExitThisPage}
        </button>
      </div>
      <p className={classes.exitHint} id="raise-exit-hint">
        {strings.ExitThisPageHint}
      </p>
      <span className={classes.visuallyHidden} aria-live="polite" data-exit-count="true">
        {shiftAnnouncement(count)}
      </span>
    </>
  );
}
