// Issue 18: one list of what is set up on the site and what is not, each with what to do. The state is a word
// as well as a colour (never colour alone); the summary line is announced when the check has run.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Problem } from '../../../../components/Problem';
import { allClear, CheckLine, SiteFacts, siteCheck } from '../../../../domain/siteSettings';
import type { StoreError } from '../../../../services/store/storeErrors';
import { fill, useTriageClasses } from '../triageStyles';

const c = strings.Settings.Check;

function lineText(line: CheckLine, facts: SiteFacts, relay: string | undefined): string {
  const template = c.Lines[line.says];
  switch (line.says) {
    case 'SchemaCurrent':
    case 'SchemaBehind':
    case 'SchemaAhead':
      return fill(template, facts.siteSchemaVersion ?? '', facts.packageSchemaVersion);
    case 'RelayAnswering':
    case 'RelayNotAnswering':
      return fill(template, relay ?? '');
    case 'SettingFilled':
    case 'SettingMissing':
      return fill(template, strings.Settings.Headings[line.subject as keyof typeof strings.Settings.Headings]);
    default:
      return fill(template, line.subject ?? '');
  }
}

export type CheckState = { status: 'checking' } | { status: 'failed'; error: StoreError } | { status: 'ready'; facts: SiteFacts };

export function SiteCheck(props: { state: CheckState; relay?: string; onAgain: () => void }): React.ReactElement {
  const classes = useTriageClasses();
  const { state } = props;
  const lines = state.status === 'ready' ? siteCheck(state.facts) : [];
  const todo = lines.filter((l) => l.state !== 'ok').length;
  return (
    <section className={classes.section} aria-labelledby="site-check-heading" data-site-check={state.status === 'ready' ? (allClear(lines) ? 'clear' : 'todo') : state.status}>
      <h3 id="site-check-heading">{c.Heading}</h3>
      <p>{c.Intro}</p>
      <div role="status" data-check-summary="true">
        {state.status === 'checking' && <p>{c.Checking}</p>}
        {state.status === 'ready' && (
          <p className={todo === 0 ? classes.success : classes.warning}>{todo === 0 ? c.AllClear : todo === 1 ? c.ToDo.one : fill(c.ToDo.other, todo)}</p>
        )}
      </div>
      {state.status === 'failed' && <Problem what={c.Failed} error={state.error} onRetry={props.onAgain} />}
      {state.status === 'ready' && (
        <ul data-check-lines="true">
          {lines.map((line) => (
            <li key={line.id} data-check={line.id} data-state={line.state}>
              <strong className={line.state === 'ok' ? undefined : classes.tag}>{c.States[line.state]}:</strong> {lineText(line, state.facts, props.relay)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className={classes.button} onClick={props.onAgain} disabled={state.status === 'checking'}>
        {c.Again}
      </button>
    </section>
  );
}
