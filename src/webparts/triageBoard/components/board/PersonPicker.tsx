// Choosing a person (R14: the line manager and service manager): type part of a name or e-mail, then pick
// from the matches. Plain buttons in a list, so it works by keyboard and with every screen reader.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { callStore } from '../../../../components/useStoreRead';
import { Problem } from '../../../../components/Problem';
import type { PersonRef } from '../../../../domain/managerSummary';
import type { StoreUser } from '../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { fill, useTriageClasses } from '../triageStyles';

export function PersonPicker(props: { id: string; label: string; value?: PersonRef; onChange: (person: PersonRef | undefined) => void; error?: string }): React.ReactElement {
  const classes = useTriageClasses();
  const services = useWellbeingServices();
  const [text, setText] = React.useState('');
  const [found, setFound] = React.useState<StoreUser[] | undefined>(undefined);
  const [failed, setFailed] = React.useState<StoreError | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    if (text.trim().length < 2) {
      setFound(undefined);
      return undefined;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      callStore(services.store, (s) => s.searchPeople(text))
        .then((result) => {
          if (!current) return;
          setFailed(result.ok ? undefined : result.error);
          setFound(result.ok ? result.value : undefined);
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, services, attempt]);

  if (props.value !== undefined) {
    return (
      <div className={classes.field} data-person-picker={props.id}>
        <span id={`${props.id}-label`} style={{ fontWeight: 600 }}>
          {props.label}
        </span>
        <span id={props.id} tabIndex={-1} aria-labelledby={`${props.id}-label ${props.id}`} data-chosen={props.value.id}>
          {fill(strings.Chosen, props.value.displayName)}
        </span>
        <button
          type="button"
          className={classes.button}
          onClick={() => {
            props.onChange(undefined);
            // The button goes with the choice: the focus moves to the search that replaces it (WCAG 2.4.3).
            window.setTimeout(() => document.getElementById(props.id)?.focus(), 0);
          }}
        >
          {strings.ChooseSomeoneElse}
          <span className={classes.visuallyHidden}> ({props.label})</span>
        </button>
      </div>
    );
  }
  return (
    <div className={classes.field} data-person-picker={props.id}>
      <label htmlFor={props.id}>{props.label}</label>
      <span id={`${props.id}-hint`} className={classes.help}>
        {strings.PeopleSearchHint}
      </span>
      {props.error ? (
        <span id={`${props.id}-error`} className={classes.fieldError}>
          {props.error}
        </span>
      ) : null}
      <input
        id={props.id}
        className={classes.input}
        value={text}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      {failed ? <Problem what={strings.PeopleSearchFailed} error={failed} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {found !== undefined ? (
        <div aria-live="polite">
          {found.length === 0 ? (
            <p>{strings.NoPeopleFound}</p>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {found.map((u) => (
                <li key={u.loginName} style={{ margin: '4px 0' }}>
                  <button
                    type="button"
                    className={classes.linkButton}
                    onClick={() => {
                      props.onChange({ id: u.loginName, displayName: u.displayName });
                      setText('');
                      window.setTimeout(() => document.getElementById(props.id)?.focus(), 0);
                    }}
                  >
                    {u.displayName} ({u.email})
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
