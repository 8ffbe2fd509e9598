// Working one case (R10-R17): first contact and the meeting, consent, the meeting record, the RAG with its
// meanings, the Red summary or the anonymous referral, the HoS follow-up, and closing. Every change goes
// through the case lifecycle (domain) and is saved with the ETag it was read with: if a colleague changed
// the case meanwhile, nothing is overwritten, their change is loaded and what was typed here stays.
// After every save the case is read again without leaving the screen: what was saved is said in a live region
// (a new message each time, so the same action twice is announced twice) and focus goes to the next step.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { Problem } from '../../../../components/Problem';
import { callStore, useStoreRead } from '../../../../components/useStoreRead';
import { isActionableAsNamed } from '../../../../domain/alert';
import * as life from '../../../../domain/caseLifecycle';
import { firstContactClock } from '../../../../domain/firstContactClock';
import { independenceConcerns, IndependenceConcern, memberFor } from '../../../../domain/independence';
import { DISCUSSION_LIMITS } from '../../../../domain/limits';
import { buildManagerSummary, BuildSummaryResult, ManagerSummary, PersonRef, SummaryError, summaryStart } from '../../../../domain/managerSummary';
import { CASE_OUTCOMES, CaseOutcome, CONTACT_METHODS, ContactMethod, EQUALITY_NETWORKS, Rag, RAGS } from '../../../../domain/types';
import { locationById, serviceAreaById, serviceAreas, teamById, themes } from '../../../../referenceData';
import type { CaseDetail, CaseRecord, StoreUser, WellbeingConfig } from '../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { BoardRow, firstContactSettings, personName } from './boardModel';
import { clockText } from './Board';
import { RagTag, SummaryFacts } from '../caseWords';
import { PersonPicker } from './PersonPicker';
import { WorkerConfirmationNote } from './WorkerConfirmationNote'; // consent helper (issue 14, R4)
import { recordWorkerConfirmation } from '../../../../domain/workerConfirmation'; // consent helper (issue 14, R4)
import { date, dateTime, fill, useTriageClasses } from '../triageStyles';

/** Where the notification's link takes a recipient (R22: the link only). */
export const SUMMARY_PAGE_NAME = 'Wellbeing-summary.aspx';

export interface ICaseWorkProps {
  row: BoardRow;
  me: StoreUser;
  config: WellbeingConfig;
  now: () => Date;
  /** Back to the queue; changed: something was saved, so the queue reads again. */
  onBack: (changed: boolean) => void;
}

type Notice = { kind: 'refused'; text: string } | { kind: 'failed'; error: StoreError; retry?: () => void } | { kind: 'conflict' };

/** What a successful save says, and where focus goes next (the first of these ids on the screen once re-read). */
interface Done {
  text: string;
  focus: string[];
}

function independenceText(c: IndependenceConcern): string {
  switch (c.kind) {
    case 'ownServiceArea':
      return fill(strings.Independence.ownServiceArea, serviceAreaById(c.serviceAreaId)?.name ?? c.serviceAreaId);
    case 'teamInManagementLine':
      return fill(strings.Independence.teamInManagementLine, teamById(c.teamId)?.name ?? c.teamId);
    default:
      return fill(strings.Independence.namesManagementLine, c.name);
  }
}

export function CaseWork(props: ICaseWorkProps): React.ReactElement {
  const classes = useTriageClasses();
  const services = useWellbeingServices();
  const ref = { caseId: props.row.record.id, alertId: props.row.record.alertId };
  const detail = useStoreRead<CaseDetail>(`case-${ref.caseId}`, (store) => store.caseDetail(ref));
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [changed, setChanged] = React.useState(false);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  /** The last save's words; n makes each one a new node of the live region, announced even when it repeats. */
  const [said, setSaid] = React.useState<{ text: string; n: number } | undefined>(undefined);
  /** After a save: where focus goes once the case has been read again (not the stale case it was saved from). */
  const focusNext = React.useRef<{ ids: string[]; stale: CaseDetail } | undefined>(undefined);
  /** The case as last read: shown while it is read again after a save, so the screen (and focus) stays put. */
  const lastRead = React.useRef<CaseDetail | undefined>(undefined);
  if (detail.state.status === 'ready') lastRead.current = detail.state.value;

  // Typed work stays here across saves, conflicts and re-reads.
  const [method, setMethod] = React.useState<ContactMethod>('Phone');
  /** R10: when the contact or meeting happened, as typed (datetime-local); blank means just now. */
  const [when, setWhen] = React.useState('');
  const [passTo, setPassTo] = React.useState('');
  const [rag, setRagChoice] = React.useState<Rag | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<CaseOutcome | ''>('');
  const [recordText, setRecordText] = React.useState<{ summary: string; agreedActions: string; consentToShare: boolean; themeIds: string[] } | undefined>(undefined);
  const [summaryText, setSummaryText] = React.useState<{ concerns: string; actions: string } | undefined>(undefined);
  const [nameShared, setNameShared] = React.useState(false);
  const [lineManager, setLineManager] = React.useState<PersonRef | undefined>(undefined);
  const [serviceManager, setServiceManager] = React.useState<PersonRef | undefined>(undefined);
  const [nextPerson, setNextPerson] = React.useState<PersonRef | undefined>(undefined);
  const [summaryErrors, setSummaryErrors] = React.useState<SummaryError[]>([]);

  React.useEffect(() => {
    headingRef.current?.focus();
  }, []);
  React.useEffect(() => {
    if (notice !== undefined) noticeRef.current?.focus();
  }, [notice]);
  React.useEffect(() => {
    const next = focusNext.current;
    if (next === undefined || detail.state.status !== 'ready' || detail.state.value === next.stale) return;
    focusNext.current = undefined;
    next.ids.map((id) => document.getElementById(id)).find((el) => el !== null)?.focus();
  });

  if (detail.state.status === 'loading' && lastRead.current === undefined) {
    return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  }
  if (detail.state.status === 'failed') {
    return (
      <div>
        <Problem what={strings.LoadFailed} error={detail.state.error} onRetry={detail.retry} />
        <button type="button" className={classes.button} onClick={() => props.onBack(changed)}>
          {strings.BackToQueue}
        </button>
      </div>
    );
  }
  const d = detail.state.status === 'ready' ? detail.state.value : (lastRead.current as CaseDetail);
  const reading = detail.state.status === 'loading';
  const record = d.record;
  const c = record.case;
  const a = d.alert?.alert;
  const settings = firstContactSettings(props.config);
  const clock = firstContactClock(record.alertReceivedAt, props.now(), settings, life.firstContactMadeAt(c));
  const ctx = (): life.CommandContext => ({ at: props.now(), by: props.me.loginName });
  const available = life.availableCommands(c, ctx());
  const member = memberFor(props.config.triageTeam, props.me);
  const concerns = a ? independenceConcerns(a, member) : [];
  const discussion = d.discussions[0];
  const summary = d.summaries[0];
  const serviceArea = serviceAreaById(record.serviceAreaId);
  const configuredServiceManager = props.config.serviceManagers[record.serviceAreaId];
  const name = (login?: string): string => (login === undefined ? strings.OwnerNobody : personName(login, props.config.triageTeam, props.me) ?? strings.SomeoneInTriage);

  const rec = recordText ?? {
    summary: discussion?.record.summary ?? '',
    agreedActions: discussion?.record.agreedActions ?? '',
    consentToShare: discussion?.record.consentToShare ?? false,
    themeIds: record.themeIds
  };
  // R12, R14: the summary starts from the meeting record only when the worker agreed to the record being shared.
  const start = summaryStart(discussion?.record);
  const sum = summaryText ?? { concerns: start.text.concernsAndActionsNeeded, actions: start.text.actionsAgreed };
  const chosenRag = rag ?? c.rag;
  const serviceManagerChoice = serviceManager ?? configuredServiceManager;

  /** Saves a lifecycle change with the ETag it was read with; a conflict loads the latest and keeps what was typed. */
  const save = async (next: life.CommandResult, done: Done, themeIds?: string[], before?: (record: CaseRecord) => Promise<boolean>): Promise<boolean> => {
    if (!next.ok) {
      setNotice({ kind: 'refused', text: strings.Refusals[next.reason] });
      return false;
    }
    if (busy || reading) return false;
    setBusy(true);
    try {
      if (before && !(await before(record))) return false;
      const result = await callStore(services.store, (s) => s.updateCase(record, { case: next.case, events: next.events, themeIds }));
      if (!result.ok) {
        if (result.error.kind === 'conflict') {
          setNotice({ kind: 'conflict' });
          detail.retry();
        } else {
          // Said plainly, with a retry of the same change (a summary already shared is not shared again).
          setNotice({ kind: 'failed', error: result.error, retry: () => void save(next, done, themeIds) });
        }
        return false;
      }
      setChanged(true);
      setNotice(undefined);
      setSaid((was) => ({ text: done.text, n: (was?.n ?? 0) + 1 }));
      focusNext.current = { ids: done.focus, stale: d };
      detail.retry();
      return true;
    } finally {
      setBusy(false);
    }
  };

  /**
   * R10, R11: first contact and the meeting are recorded as happening when the practitioner says (a call made
   * before it was written down must not make the 48-hour clock look missed); the case events keep when it was
   * recorded, so the history stays an honest audit (R17).
   */
  const saveContact = async (command: (c: life.Case, ctx: life.CommandContext) => life.CommandResult, done: Done): Promise<void> => {
    const recordedAt = props.now();
    const at = happenedAt(when, c.openedAt, recordedAt);
    if (at === undefined) {
      setNotice({ kind: 'refused', text: fill(strings.WhenInvalid, dateTime(c.openedAt)) });
      return;
    }
    const next = command(c, { at, by: props.me.loginName });
    const stamped: life.CommandResult = next.ok ? { ...next, events: next.events.map((e) => ({ ...e, at: recordedAt })) } : next;
    if (await save(stamped, done)) setWhen('');
  };

  const saveRecord = async (): Promise<void> => {
    if (a === undefined || busy || reading) return;
    if (rec.summary.trim() === '') {
      setNotice({ kind: 'refused', text: strings.SummaryRequired });
      return;
    }
    if (rec.summary.trim().length > DISCUSSION_LIMITS.summary || rec.agreedActions.trim().length > DISCUSSION_LIMITS.agreedActions) {
      setNotice({ kind: 'refused', text: fill(strings.TooLong, strings.Summary, DISCUSSION_LIMITS.summary.toLocaleString('en-GB')) });
      return;
    }
    setBusy(true);
    try {
      const saved = await callStore(services.store, (s) =>
        s.saveDiscussion(
          {
            reference: c.reference,
            caseId: record.id,
            date: c.meetingHeldAt ?? props.now(),
            workerName: a.workerName,
            role: a.role,
            team: teamById(a.teamId)?.name ?? '',
            serviceAreaId: a.serviceAreaId,
            details: a.details,
            actionTaken: a.actionTaken,
            whatNeedsToHappen: a.whatNeedsToHappen,
            summary: rec.summary.trim(),
            agreedActions: rec.agreedActions.trim(),
            consentToShare: rec.consentToShare
          },
          discussion
        )
      );
      if (!saved.ok) {
        if (saved.error.kind === 'conflict') {
          setNotice({ kind: 'conflict' });
          detail.retry();
        } else setNotice({ kind: 'failed', error: saved.error, retry: () => void saveRecord() });
        return;
      }
    } finally {
      setBusy(false);
    }
    // R12, R18: the key themes go on the case (for the quarterly report), with no event.
    await save({ ok: true, case: c, events: [] }, { text: strings.RecordSaved, focus: ['case-rag', 'case-share', 'case-close'] }, rec.themeIds);
  };

  /** R14, R16: the summary as the domain builds it (redaction and recipients applied); also the preview. */
  const buildSummary = (): BuildSummaryResult | undefined =>
    a === undefined
      ? undefined
      : buildManagerSummary(
          a,
          { concernsAndActionsNeeded: sum.concerns, actionsAgreed: sum.actions },
          {
            nameShared: !c.anonymous && nameShared && isActionableAsNamed(c.consentStatus),
            lineManager: c.anonymous ? undefined : lineManager,
            serviceManager: serviceManagerChoice,
            nextPersonInLine: nextPerson,
            sharedAt: props.now(),
            serviceAreas
          }
        );

  const share = async (): Promise<void> => {
    const anonymous = c.anonymous;
    const built = buildSummary();
    if (built === undefined) return;
    // R14: a summary with the worker's name goes to their line manager as well as the service manager (unless
    // the concern involves the line manager: then the next person in line, which the domain arranges).
    const needsLineManager = !anonymous && nameShared && lineManager === undefined && a?.concernInvolvesManager !== true;
    const errors = [...(built.ok ? [] : built.errors), ...(needsLineManager ? [{ field: 'recipients' as const, message: strings.LineManagerRequired }] : [])];
    if (!built.ok || errors.length > 0) {
      setSummaryErrors(errors);
      return;
    }
    setSummaryErrors([]);
    const command = anonymous ? life.forwardAnonymous(c, ctx()) : life.shareSummary(c, ctx(), !built.summary.redacted);
    const link = new URL(`SitePages/${SUMMARY_PAGE_NAME}`, `${services.dataSite.url.replace(/\/$/, '')}/`).href;
    let notified = true;
    const sharedWith = built.summary.recipients.map((r) => r.person.displayName).join(', ');
    const text = fill(anonymous ? strings.Done.forwarded : strings.SharedWith, sharedWith, date(built.summary.hosFollowUpDue));
    await save(command, { text, focus: ['case-follow-up', 'case-close'] }, undefined, async () => {
      const shared = await callStore(services.store, (s) =>
        s.shareManagerSummary({ caseId: record.id, serviceAreaId: record.serviceAreaId, summary: built.summary, hosSafeguarding: props.config.hosSafeguarding, link })
      );
      if (!shared.ok) {
        setNotice({ kind: 'failed', error: shared.error, retry: () => void share() });
        return false;
      }
      notified = shared.value.notified;
      return true;
    });
    if (!notified) {
      // Said as an alert, and focus stays on it: the people were not told.
      focusNext.current = undefined;
      setNotice({ kind: 'refused', text: strings.NotNotified });
    }
  };

  const summaryError = (field: SummaryError['field']): string | undefined => summaryErrors.find((e) => e.field === field)?.message;
  const lineManagerPickerShown = !c.anonymous && nameShared;
  const button = (text: string, onClick: () => void, primary = false): React.ReactElement => (
    // aria-disabled, not disabled, while saving: a disabled button drops keyboard focus to the page body.
    <button type="button" className={primary ? classes.primaryButton : classes.button} aria-disabled={busy || reading || undefined} onClick={() => !busy && !reading && onClick()}>
      {text}
    </button>
  );

  return (
    <article aria-labelledby="case-heading" data-case={c.reference}>
      <button type="button" className={classes.linkButton} onClick={() => props.onBack(changed)}>
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
      <div ref={noticeRef} tabIndex={-1}>
        {notice?.kind === 'refused' ? (
          <p className={classes.problem} role="alert">
            {notice.text}
          </p>
        ) : null}
        {notice?.kind === 'conflict' ? (
          <p className={classes.problem} role="alert" data-conflict="true">
            {strings.Conflict}
          </p>
        ) : null}
        {notice?.kind === 'failed' ? <Problem what={strings.SaveFailed} error={notice.error} reassurance={strings.Kept} onRetry={notice.retry} /> : null}
      </div>

      <dl className={classes.facts}>
        <dt>{strings.Labels.status}</dt>
        <dd data-status={c.status}>{strings.Statuses[c.status]}</dd>
        <dt>{strings.Labels.rag}</dt>
        <dd>
          <RagTag rag={c.rag} />
        </dd>
        <dt>{strings.Labels.firstContact}</dt>
        <dd data-sla={clock.state}>{clockText(clock)}</dd>
        {c.firstContactAt !== undefined ? (
          <>
            <dt>{strings.Labels.firstContactMade}</dt>
            <dd data-first-contact-at={c.firstContactAt.toISOString()}>
              {c.firstContactMethod ? fill(strings.MadeBy, dateTime(c.firstContactAt), strings.Methods[c.firstContactMethod]) : dateTime(c.firstContactAt)}
            </dd>
          </>
        ) : null}
        {c.meetingOfferedAt !== undefined ? (
          <>
            <dt>{strings.Labels.meetingOffered}</dt>
            <dd>{dateTime(c.meetingOfferedAt)}</dd>
          </>
        ) : null}
        {c.meetingHeldAt !== undefined ? (
          <>
            <dt>{strings.Labels.meetingHeld}</dt>
            <dd>{dateTime(c.meetingHeldAt)}</dd>
          </>
        ) : null}
        <dt>{strings.Labels.route}</dt>
        <dd>{strings.Routes[c.route]}</dd>
        <dt>{strings.Labels.owner}</dt>
        <dd>{name(c.owner)}</dd>
        <dt>{strings.Consent}</dt>
        <dd>{strings.ConsentStates[c.consentStatus]}</dd>
        <dt>{strings.Labels.received}</dt>
        <dd>{dateTime(record.alertReceivedAt)}</dd>
      </dl>
      {/* >>> consent helper (issue 14, R4): the worker's own confirmation; re-plug into flow's consent section when merging. */}
      {d.alert !== undefined ? (
        <WorkerConfirmationNote
          alert={d.alert}
          caseConsent={c.consentStatus}
          onRecord={c.status === 'Closed' ? undefined : (state) => void save(recordWorkerConfirmation(c, ctx(), state), { text: strings.Done.consent, focus: ['case-contact'] })}
        />
      ) : null}
      {/* <<< consent helper */}

      {concerns.length > 0 ? (
        <section className={classes.warning} aria-labelledby="case-independence" data-independence="true">
          <h3 id="case-independence">{strings.IndependenceHeading}</h3>
          <ul>
            {concerns.map((x) => (
              <li key={`${x.kind}`}>{independenceText(x)}</li>
            ))}
          </ul>
          <p>{strings.IndependenceAdvice}</p>
        </section>
      ) : null}

      {a ? (
        <section aria-labelledby="case-alert" className={classes.section}>
          <h3 id="case-alert">{strings.AlertHeading}</h3>
          <dl className={classes.facts}>
            {a.anonymous ? (
              <>
                <dt>{strings.Labels.name}</dt>
                <dd data-anonymous="true">{strings.Anonymous}</dd>
              </>
            ) : (
              <>
                <dt>{strings.Labels.name}</dt>
                <dd>{a.workerName}</dd>
                <dt>{strings.Labels.role}</dt>
                <dd>{a.role}</dd>
                <dt>{strings.Labels.team}</dt>
                <dd>{teamById(a.teamId)?.name ?? a.teamId}</dd>
              </>
            )}
            <dt>{strings.Labels.serviceArea}</dt>
            <dd>{serviceArea?.name ?? a.serviceAreaId}</dd>
            {a.locationId ? (
              <>
                <dt>{strings.Labels.location}</dt>
                <dd>{locationById(a.locationId)?.name ?? a.locationId}</dd>
              </>
            ) : null}
            <dt>{strings.Labels.details}</dt>
            <dd>{a.details}</dd>
            <dt>{strings.Labels.actionTaken}</dt>
            <dd>{a.actionTaken}</dd>
            <dt>{strings.Labels.whatNeedsToHappen}</dt>
            <dd>{a.whatNeedsToHappen}</dd>
            {a.completedBy === 'Colleague' ? (
              <>
                <dt>{strings.Consent}</dt>
                <dd>{strings.OnBehalf}</dd>
              </>
            ) : null}
            {a.newStarter ? (
              <>
                <dt>{strings.NewStarter}</dt>
                <dd>{strings.YesNo.yes}</dd>
              </>
            ) : null}
            {a.concernInvolvesManager ? (
              <>
                <dt>{strings.InvolvesManager}</dt>
                <dd>{a.nextPersonInLine ? `${strings.NextPersonInLine}: ${a.nextPersonInLine}` : strings.YesNo.yes}</dd>
              </>
            ) : null}
            {a.networks.length > 0 ? (
              <>
                <dt>{strings.Networks}</dt>
                <dd>{EQUALITY_NETWORKS.filter((n) => a.networks.includes(n)).join(', ')}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="case-assign" className={classes.section}>
        <h3 id="case-assign" tabIndex={-1}>{strings.AssignHeading}</h3>
        {c.owner === undefined ? <p>{strings.Unassigned}</p> : null}
        <div className={classes.toolbar}>
          {c.status !== 'Closed' && c.owner?.toLowerCase() !== props.me.loginName.toLowerCase()
            ? button(strings.TakeCase, () => void save(life.assign(c, ctx(), props.me.loginName), { text: strings.Done.taken, focus: ['case-contact', 'case-record'] }), true)
            : null}
          {c.status !== 'Closed' && props.config.triageTeam.length > 0 ? (
            <>
              <div className={classes.field}>
                <label htmlFor="case-pass-to">{strings.ReassignLabel}</label>
                <select id="case-pass-to" className={classes.input} value={passTo} onChange={(e) => setPassTo(e.target.value)}>
                  <option value="">{strings.ChoosePerson}</option>
                  {props.config.triageTeam
                    .filter((m) => m.id.toLowerCase() !== (c.owner ?? '').toLowerCase())
                    .map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.displayName} ({strings.Routes[m.route]})
                      </option>
                    ))}
                </select>
              </div>
              {button(strings.Reassign, () =>
                passTo === '' ? setNotice({ kind: 'refused', text: strings.ReassignRequired }) : void save(life.assign(c, ctx(), passTo), { text: fill(strings.Done.passed, name(passTo)), focus: ['case-assign'] }).then((done) => done && setPassTo(''))
              )}
            </>
          ) : null}
        </div>
      </section>

      {c.status !== 'Closed' ? (
        <section aria-labelledby="case-contact" className={classes.section}>
          <h3 id="case-contact" tabIndex={-1}>{strings.ContactHeading}</h3>
          <p className={classes.help}>{strings.GroundRules}</p>
          <div className={classes.toolbar}>
            <div className={classes.field}>
              <label htmlFor="case-method">{strings.ContactMethod}</label>
              <select id="case-method" className={classes.input} value={method} onChange={(e) => setMethod(e.target.value as ContactMethod)}>
                {CONTACT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {strings.Methods[m]}
                  </option>
                ))}
              </select>
            </div>
            <div className={classes.field}>
              <label htmlFor="case-when">{strings.When}</label>
              <span id="case-when-hint" className={classes.help}>
                {strings.WhenHint}
              </span>
              <input
                id="case-when"
                type="datetime-local"
                className={classes.input}
                value={when}
                max={localInputValue(props.now())}
                aria-describedby="case-when-hint"
                onChange={(e) => setWhen(e.target.value)}
              />
            </div>
            {available.includes('recordFirstContact') ? button(strings.RecordFirstContact, () => void saveContact((x, at) => life.recordFirstContact(x, at, method), { text: strings.Done.firstContact, focus: ['case-contact'] })) : null}
            {available.includes('offerMeeting') ? button(strings.OfferMeeting, () => void saveContact((x, at) => life.offerMeeting(x, at, method), { text: strings.Done.meetingOffered, focus: ['case-contact'] })) : null}
            {available.includes('recordMeeting') ? button(strings.RecordMeeting, () => void saveContact((x, at) => life.recordMeeting(x, at, method), { text: strings.Done.meetingHeld, focus: ['case-record'] })) : null}
          </div>
          <div className={classes.toolbar}>
            {available.includes('confirmConsent') ? button(strings.ConfirmConsent, () => void save(life.confirmConsent(c, ctx(), 'Triage'), { text: strings.Done.consent, focus: ['case-contact'] })) : null}
            {available.includes('recordWhistleblowing') ? button(strings.Whistleblowing, () => void save(life.recordWhistleblowing(c, ctx()), { text: strings.Done.whistleblowing, focus: ['case-contact'] })) : null}
            {c.whistleblowing ? <p>{strings.WhistleblowingRecorded}</p> : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="case-record" className={classes.section}>
        <h3 id="case-record" tabIndex={-1}>{strings.RecordHeading}</h3>
        <p className={classes.help}>{strings.RecordHint}</p>
        {c.meetingHeldAt === undefined ? (
          <p>{strings.RecordNeedsMeeting}</p>
        ) : (
          <>
            <div className={classes.field}>
              <label htmlFor="case-summary">{strings.Summary}</label>
              <textarea id="case-summary" className={classes.textarea} value={rec.summary} onChange={(e) => setRecordText({ ...rec, summary: e.target.value })} />
            </div>
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
              <legend style={{ fontWeight: 600 }}>{strings.KeyThemes}</legend>
              <div className={classes.choices} style={{ columns: '18em', display: 'block' }}>
                {themes.map((t) => (
                  <label key={t.id} style={{ breakInside: 'avoid', margin: '0 0 6px' }}>
                    <input
                      type="checkbox"
                      checked={rec.themeIds.includes(t.id)}
                      onChange={(e) => setRecordText({ ...rec, themeIds: e.target.checked ? [...rec.themeIds, t.id] : rec.themeIds.filter((x) => x !== t.id) })}
                    />
                    <span>{t.name}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className={classes.field}>
              <label htmlFor="case-actions">{strings.AgreedActions}</label>
              <textarea id="case-actions" className={classes.textarea} value={rec.agreedActions} onChange={(e) => setRecordText({ ...rec, agreedActions: e.target.value })} />
            </div>
            <div className={classes.choices}>
              <label>
                <input type="checkbox" checked={rec.consentToShare} onChange={(e) => setRecordText({ ...rec, consentToShare: e.target.checked })} />
                <span>{strings.ConsentToShare}</span>
              </label>
            </div>
            <div className={classes.toolbar}>{button(strings.SaveRecord, () => void saveRecord(), true)}</div>
          </>
        )}
      </section>

      {c.status !== 'Closed' ? (
        <section aria-labelledby="case-rag" className={classes.section}>
          <h3 id="case-rag" tabIndex={-1}>{strings.RagHeading}</h3>
          {available.includes('setRag') ? (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className={classes.visuallyHidden}>{strings.RagHeading}</legend>
              <div className={classes.choices}>
                {RAGS.map((r) => (
                  <label key={r}>
                    <input type="radio" name="case-rag" value={r} checked={chosenRag === r} onChange={() => setRagChoice(r)} aria-describedby={`case-rag-${r}`} />
                    <span>
                      <RagTag rag={r} />
                      <span id={`case-rag-${r}`} className={classes.help} style={{ display: 'block' }}>
                        {strings.RagMeanings[r]}
                      </span>
                    </span>
                  </label>
                ))}
              </div>
              <div className={classes.toolbar}>{button(strings.SaveRag, () => chosenRag && void save(life.setRag(c, ctx(), chosenRag), { text: fill(strings.Done.rating, strings.Rags[chosenRag]), focus: ['case-share', 'case-close'] }), true)}</div>
            </fieldset>
          ) : (
            <p>{c.rag ? <RagTag rag={c.rag} /> : strings.RagBeforeMeeting}</p>
          )}
        </section>
      ) : null}

      {available.includes('shareSummary') || available.includes('forwardAnonymous') ? (
        <section aria-labelledby="case-share" className={classes.section} data-share="true">
          <h3 id="case-share" tabIndex={-1}>{c.anonymous ? strings.ForwardHeading : strings.ShareHeading}</h3>
          {c.anonymous ? <p>{strings.ForwardHint}</p> : null}
          {summaryErrors.length > 0 ? (
            <ul className={classes.problem} role="alert">
              {summaryErrors.map((e) => (
                <li key={e.field + e.message}>{e.message}</li>
              ))}
            </ul>
          ) : null}
          {!c.anonymous ? (
            <div className={classes.choices}>
              <label>
                <input type="checkbox" checked={nameShared} disabled={!isActionableAsNamed(c.consentStatus)} onChange={(e) => setNameShared(e.target.checked)} aria-describedby="case-name-shared-hint" />
                <span>{strings.NameShared}</span>
              </label>
              <span id="case-name-shared-hint" className={classes.help}>
                {isActionableAsNamed(c.consentStatus) ? strings.NameSharedHint : strings.NameNotConsented}
              </span>
            </div>
          ) : null}
          {start.from === 'meetingRecord' ? (
            <p id="case-summary-start" className={classes.help} data-summary-start="meetingRecord">
              {strings.SummaryStartedFromRecord}
            </p>
          ) : (
            <div id="case-summary-start" className={classes.help} data-summary-start="empty">
              <p>{strings.SummaryStartEmpty}</p>
              <p>{strings.SummaryHeadingsIntro}</p>
              <ul>
                <li>{strings.SummaryHeadings.date}</li>
                <li>{strings.SummaryHeadings.concerns}</li>
                <li>{strings.SummaryHeadings.actions}</li>
              </ul>
            </div>
          )}
          <div className={classes.field}>
            <label htmlFor="case-summary-concerns">{strings.ConcernsAndActions}</label>
            {summaryError('concernsAndActionsNeeded') ? <span className={classes.fieldError}>{summaryError('concernsAndActionsNeeded')}</span> : null}
            <textarea id="case-summary-concerns" className={classes.textarea} aria-describedby="case-summary-start" value={sum.concerns} onChange={(e) => setSummaryText({ ...sum, concerns: e.target.value })} />
          </div>
          <div className={classes.field}>
            <label htmlFor="case-summary-actions">{strings.ActionsAgreed}</label>
            {summaryError('actionsAgreed') ? <span className={classes.fieldError}>{summaryError('actionsAgreed')}</span> : null}
            <textarea id="case-summary-actions" className={classes.textarea} aria-describedby="case-summary-start" value={sum.actions} onChange={(e) => setSummaryText({ ...sum, actions: e.target.value })} />
          </div>
          {lineManagerPickerShown ? <PersonPicker id="case-line-manager" label={strings.LineManager} value={lineManager} onChange={setLineManager} error={summaryError('recipients')} /> : null}
          <PersonPicker id="case-service-manager" label={strings.ServiceManager} value={serviceManagerChoice} onChange={setServiceManager} />
          {a?.concernInvolvesManager ? <PersonPicker id="case-next-person" label={strings.NextPerson} value={nextPerson} onChange={setNextPerson} /> : null}
          {configuredServiceManager === undefined ? <p className={classes.help}>{strings.NoServiceManager}</p> : null}
          <SummaryPreview result={buildSummary()} />
          <div className={classes.toolbar}>{button(c.anonymous ? strings.Forward : strings.Share, () => void share(), true)}</div>
        </section>
      ) : null}

      {c.hosFollowUpDue !== undefined ? (
        <section aria-labelledby="case-follow-up" className={classes.section}>
          <h3 id="case-follow-up" tabIndex={-1}>{strings.FollowUpHeading}</h3>
          {summary?.hosFollowUpDoneAt ? (
            <p>{fill(strings.FollowUpDone, date(summary.hosFollowUpDoneAt), summary.hosFollowUpOutcome ?? '')}</p>
          ) : (
            <p data-follow-up-due="true">{fill(props.now() > c.hosFollowUpDue ? strings.FollowUpOverdue : strings.FollowUpDue, date(c.hosFollowUpDue))}</p>
          )}
          {summary?.hosFollowUpDoneAt && available.includes('recordFollowUp')
            ? button(strings.RecordFollowUp, () => void save(life.recordFollowUp(c, ctx(), summary.hosFollowUpOutcome ?? ''), { text: strings.Done.followUp, focus: ['case-close'] }))
            : null}
        </section>
      ) : null}

      {c.status !== 'Closed' ? (
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
            {button(strings.CloseCase, () => (outcome === '' ? setNotice({ kind: 'refused', text: strings.OutcomeRequired }) : void save(life.close(c, ctx(), outcome), { text: fill(strings.Done.closed, strings.Outcomes[outcome]), focus: ['case-closed'] })))}
          </div>
        </section>
      ) : (
        <p id="case-closed" tabIndex={-1}>
          {fill(strings.Closed, c.outcome ? strings.Outcomes[c.outcome] : '')}
        </p>
      )}

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
            {d.events.map((e, i) => (
              <tr key={i} data-event={e.kind}>
                <td>{dateTime(e.at)}</td>
                <td>{eventText(e, name)}</td>
                <td>{e.kind === 'ConsentConfirmed' && e.to === 'ConfirmedByWorker' ? strings.TheWorker : name(e.by)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

/**
 * R14, R22: the summary exactly as it will be shared (the domain's redaction applied), and who it goes to, so
 * the practitioner sees what leaves the restricted lists before it does. Shown once it is complete.
 */
function SummaryPreview(props: { result?: BuildSummaryResult }): React.ReactElement | null {
  const classes = useTriageClasses();
  if (props.result === undefined || !props.result.ok) return null;
  const s: ManagerSummary = props.result.summary;
  const recipients = s.recipients.map((r) => `${r.person.displayName} (${strings.RecipientRoles[r.role]})`).join(', ');
  return (
    <section aria-labelledby="case-preview" className={classes.panel} data-preview={s.redacted ? 'redacted' : 'named'}>
      <h4 id="case-preview">{strings.PreviewHeading}</h4>
      <p className={classes.help}>{strings.PreviewHint}</p>
      <dl className={classes.facts}>
        <SummaryFacts summary={s} />
      </dl>
      <p data-recipients="true">{fill(strings.WillGoTo, recipients, date(s.hosFollowUpDue))}</p>
    </section>
  );
}

/** A date and time as a datetime-local input holds it (local time, to the minute). */
export function localInputValue(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * When a contact happened, from what was typed ('' = now): never in the future, never before the case was
 * opened (the domain refuses that). Typed to the minute, so the minute the case opened counts as that moment.
 */
export function happenedAt(typed: string, openedAt: Date, now: Date): Date | undefined {
  if (typed.trim() === '') return now;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(typed.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number);
  const at = new Date(y, mo - 1, d, h, mi);
  if (isNaN(at.getTime()) || at.getTime() > now.getTime()) return undefined;
  if (at.getTime() < openedAt.getTime() - 60000) return undefined;
  return at.getTime() < openedAt.getTime() ? openedAt : at;
}

/**
 * An event in words: its kind, and for a change the codes in words (events hold codes only, R22); an
 * assignment names people by name, never by account or address.
 */
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
