// R14, R16: the HoS follow-up while it is due and once recorded; closing the case with its outcome.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import * as life from '../../../../../domain/caseLifecycle';
import { CASE_OUTCOMES, CaseOutcome } from '../../../../../domain/types';
import { date, fill, useTriageClasses } from '../../triageStyles';
import { ActionButton, CaseView } from './caseView';

export function FollowUpSection(props: { view: CaseView; due: Date }): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view;
  const summary = view.detail.summaries[0];
  return (
    <section aria-labelledby="case-follow-up" className={classes.section}>
      <h3 id="case-follow-up" tabIndex={-1}>{strings.FollowUpHeading}</h3>
      {summary?.hosFollowUpDoneAt ? (
        <p>{fill(strings.FollowUpDone, date(summary.hosFollowUpDoneAt), summary.hosFollowUpOutcome ?? '')}</p>
      ) : (
        <p data-follow-up-due="true">{fill(view.now() > props.due ? strings.FollowUpOverdue : strings.FollowUpDue, date(props.due))}</p>
      )}
      {summary?.hosFollowUpDoneAt && view.available.includes('recordFollowUp') ? (
        <ActionButton view={view} text={strings.RecordFollowUp} onClick={() => void view.save((x, ctx) => life.recordFollowUp(x, ctx, summary.hosFollowUpOutcome ?? ''), { text: strings.Done.followUp, focus: ['case-close'] })} />
      ) : null}
    </section>
  );
}

export function CloseSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view;
  const [outcome, setOutcome] = React.useState<CaseOutcome | ''>('');
  return (
    <section aria-labelledby="case-close" className={classes.section}>
      <h3 id="case-close" tabIndex={-1}>{strings.CloseHeading}</h3>
      <div className={classes.toolbar}>
        <div className={classes.field}>
          <label htmlFor="case-outcome">{strings.Outcome}</label>
          <select id="case-outcome" className={classes.input} value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome)}>
            <option value="">{strings.ChooseOutcome}</option>
            {CASE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {strings.Outcomes[o]}
              </option>
            ))}
          </select>
        </div>
        <ActionButton
          view={view}
          text={strings.CloseCase}
          onClick={() =>
            outcome === ''
              ? view.refuse(strings.OutcomeRequired)
              : void view.save((x, ctx) => life.close(x, ctx, outcome), { text: fill(strings.Done.closed, strings.Outcomes[outcome]), focus: ['case-closed'] })
          }
        />
      </div>
    </section>
  );
}
