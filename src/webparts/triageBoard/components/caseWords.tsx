// What the board and the summaries page both show, written once: a RAG as a word, and the body of a manager
// summary (appendix 3) as the recipient will read it, redacted or named (R14, R16).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import type { ManagerSummary } from '../../../domain/managerSummary';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ragColours, useTriageClasses } from './triageStyles';

/** RAG as a word, with a colour bar beside it (never colour alone). */
export function RagTag(props: { rag?: string }): React.ReactElement {
  const classes = useTriageClasses();
  const theme = useTheme();
  if (props.rag === undefined) return <span>{strings.NotRated}</span>;
  return (
    <span className={classes.tag} style={{ borderLeftColor: ragColours(theme)[props.rag] }} data-rag={props.rag}>
      {strings.Rags[props.rag as keyof typeof strings.Rags]}
    </span>
  );
}

/** The rows of a summary inside a caller's <dl>: the name only when it is shared, then area, concerns, actions. */
export function SummaryFacts(props: { summary: ManagerSummary }): React.ReactElement {
  const s = props.summary;
  return (
    <>
      <dt>{strings.Labels.name}</dt>
      {s.redacted ? <dd data-redacted="true">{strings.NameWithheld}</dd> : <dd>{s.name}</dd>}
      {s.redacted ? null : (
        <>
          <dt>{strings.Labels.role}</dt>
          <dd>{s.role}</dd>
          <dt>{strings.Labels.team}</dt>
          <dd>{s.team}</dd>
        </>
      )}
      <dt>{strings.Labels.serviceArea}</dt>
      <dd>{s.serviceArea}</dd>
      <dt>{strings.ConcernsAndActions}</dt>
      <dd>{s.concernsAndActionsNeeded}</dd>
      <dt>{strings.ActionsAgreed}</dt>
      <dd>{s.actionsAgreed}</dd>
    </>
  );
}
