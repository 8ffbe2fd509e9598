// R17: the case's history, in words (events hold codes only, R22); people by name, never by account.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import type * as life from '../../../../../domain/caseLifecycle';
import { dateTime, fill, useTriageClasses } from '../../triageStyles';
import type { CaseView } from './caseView';

/** An event in words: its kind, and for a change the codes in words; an assignment names people by name. */
function eventText(e: life.CaseEvent, name: (login?: string) => string): string {
  const word = (code?: string): string =>
    code === undefined
      ? ''
      : (strings.Statuses as Record<string, string>)[code] ?? (strings.Rags as Record<string, string>)[code] ?? (strings.Outcomes as Record<string, string>)[code] ?? (strings.ConsentStates as Record<string, string>)[code] ?? code.replace(/^.*\|/, '');
  const kind = strings.EventKinds[e.kind];
  if (e.kind === 'Escalated' && e.escalation) return `${kind}: ${strings.Escalations[e.escalation]}`;
  if (e.kind === 'Assigned') return `${kind}: ${e.from === undefined ? name(e.to) : fill(strings.AssignedTo, name(e.from), name(e.to))}`;
  if (e.from !== undefined || e.to !== undefined) return `${kind}: ${[word(e.from), word(e.to)].filter((x) => x !== '').join(' to ')}`;
  return kind;
}

export function EventsSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const name = props.view.name;
  return (
    <section aria-labelledby="case-events" className={classes.section}>
      <h3 id="case-events">{strings.EventsHeading}</h3>
      <table className={classes.table} data-events="true">
        <caption className={classes.visuallyHidden}>{strings.EventsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ColWhen}</th>
            <th scope="col">{strings.ColWhat}</th>
            <th scope="col">{strings.ColWho}</th>
          </tr>
        </thead>
        <tbody>
          {props.view.detail.events.map((e, i) => (
            <tr key={i} data-event={e.kind}>
              <td>{dateTime(e.at)}</td>
              <td>{eventText(e, name)}</td>
              <td>{e.kind === 'ConsentConfirmed' && e.to === 'ConfirmedByWorker' ? strings.TheWorker : name(e.by)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
