// Working one case (R10-R17): the layout. Each section is its own component (facts and the alert, assigning,
// contact and the meeting, the meeting record, the RAG, the Red summary or anonymous referral, the HoS follow-up,
// closing, the history); every change goes through the workflows and is saved with the ETag it was read with:
// if a colleague changed the case meanwhile, nothing is overwritten, their change is loaded and what was typed
// here stays. After every save the case is read again without leaving the screen (useCaseActions).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import * as wellbeingStrings from 'WellbeingStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Problem } from '../../../../../components/Problem';
import { useStoreRead } from '../../../../../components/useStoreRead';
import * as life from '../../../../../domain/caseLifecycle';
import type { CaseDetail, StoreUser, WellbeingConfig } from '../../../../../services/store/IWellbeingStore';
import { BoardRow, personName } from '../boardModel';
import { fill, useTriageClasses } from '../../triageStyles';
import { AssignSection } from './AssignSection';
import { CaseFacts } from './CaseFacts';
import type { CaseView } from './caseView';
import { CloseSection, FollowUpSection } from './CloseSection';
import { ContactSection } from './ContactSection';
import { EventsSection } from './EventsSection';
import { RagSection } from './RagSection';
import { RecordSection } from './RecordSection';
import { ShareSection } from './ShareSection';
import { useCaseActions } from './useCaseActions';

export interface ICaseWorkProps {
  row: BoardRow;
  me: StoreUser;
  config: WellbeingConfig;
  now: () => Date;
  /** Back to the queue; changed: something was saved, so the queue reads again. */
  onBack: (changed: boolean) => void;
}

export function CaseWork(props: ICaseWorkProps): React.ReactElement {
  const classes = useTriageClasses();
  const ref = { caseId: props.row.record.id, alertId: props.row.record.alertId };
  const read = useStoreRead<CaseDetail>(`case-${ref.caseId}`, (store) => store.caseDetail(ref));
  const actions = useCaseActions(read, props.me, props.now);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  /** The case as last read: shown while it is read again after a save, so the screen (and focus) stays put. */
  const lastRead = React.useRef<CaseDetail | undefined>(undefined);
  if (read.state.status === 'ready') lastRead.current = read.state.value;

  React.useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (read.state.status === 'loading' && lastRead.current === undefined) {
    return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  }
  if (read.state.status === 'failed') {
    return (
      <div>
        <Problem what={strings.LoadFailed} error={read.state.error} onRetry={read.retry} />
        <button type="button" className={classes.button} onClick={() => props.onBack(actions.changed)}>
          {strings.BackToQueue}
        </button>
      </div>
    );
  }
  const d = read.state.status === 'ready' ? read.state.value : (lastRead.current as CaseDetail);
  const c = d.record.case;
  const view: CaseView = {
    detail: d,
    record: d.record,
    c,
    a: d.alert?.alert,
    me: props.me,
    config: props.config,
    now: props.now,
    available: life.availableCommands(c, { at: props.now(), by: props.me.loginName }),
    name: (login) => (login === undefined ? strings.OwnerNobody : personName(login, props.config.triageTeam, props.me) ?? strings.SomeoneInTriage),
    ...actions.forCase(d, read.state.status === 'loading')
  };
  const { notice, said } = actions;
  const open = c.status !== 'Closed';

  return (
    <article aria-labelledby="case-heading" data-case={c.reference}>
      <button type="button" className={classes.linkButton} onClick={() => props.onBack(actions.changed)}>
        {strings.BackToQueue}
      </button>
      <h2 id="case-heading" ref={headingRef} tabIndex={-1}>
        {fill(strings.CaseHeading, c.reference)}
      </h2>
      <div role="status" data-announcement="true">
        {said !== undefined && notice === undefined ? (
          <p key={said.n} className={classes.success} data-said={said.n}>
            {said.text}
          </p>
        ) : null}
      </div>
      <div ref={actions.noticeRef} tabIndex={-1}>
        {notice?.kind === 'refused' ? (
          <p className={classes.problem} role="alert">
            {notice.text}
          </p>
        ) : null}
        {notice?.kind === 'refused' && notice.retry !== undefined ? (
          <button type="button" className={classes.button} onClick={notice.retry}>
            {wellbeingStrings.TryAgain}
          </button>
        ) : null}
        {notice?.kind === 'conflict' ? (
          <p className={classes.problem} role="alert" data-conflict="true">
            {strings.Conflict}
          </p>
        ) : null}
        {notice?.kind === 'failed' ? <Problem what={strings.SaveFailed} error={notice.error} reassurance={strings.Kept} onRetry={notice.retry} /> : null}
      </div>

      <CaseFacts view={view} />
      <AssignSection view={view} />
      {open ? <ContactSection view={view} /> : null}
      <RecordSection view={view} />
      {open ? <RagSection view={view} /> : null}
      {view.available.includes('shareSummary') || view.available.includes('forwardAnonymous') ? <ShareSection view={view} /> : null}
      {c.hosFollowUpDue !== undefined ? <FollowUpSection view={view} due={c.hosFollowUpDue} /> : null}
      {open ? (
        <CloseSection view={view} />
      ) : (
        <p id="case-closed" tabIndex={-1}>
          {fill(strings.Closed, c.outcome ? strings.Outcomes[c.outcome] : '')}
        </p>
      )}
      <EventsSection view={view} />
    </article>
  );
}
