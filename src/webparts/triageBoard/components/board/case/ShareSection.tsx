// R14, R16: the Red summary to the managers chosen by name (or the anonymous referral), previewed exactly as it
// will leave the restricted lists, and shared through the shareSummary workflow.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { isActionableAsNamed } from '../../../../../domain/alert';
import { buildManagerSummary, BuildSummaryResult, ManagerSummary, PersonRef, SummaryError, summaryStart } from '../../../../../domain/managerSummary';
import { useOrganisation } from '../../../../../components/organisation';
import { useWellbeingServices } from '../../../../../components/ServicesContext';
import { shareSummary } from '../../../../../workflows';
import { SummaryFacts } from '../../caseWords';
import { PersonPicker } from '../PersonPicker';
import { date, fill, useTriageClasses } from '../../triageStyles';
import { ActionButton, CaseView } from './caseView';
import { attemptOf } from './useCaseActions';

/** Where the notification's link takes a recipient (R22: the link only). */
export const SUMMARY_PAGE_NAME = 'Wellbeing-summary.aspx';

export function ShareSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const services = useWellbeingServices();
  const organisation = useOrganisation();
  const view = props.view;
  const { c, a, record, config } = view;
  const [summaryText, setSummaryText] = React.useState<{ concerns: string; actions: string } | undefined>(undefined);
  const [nameShared, setNameShared] = React.useState(false);
  const [lineManager, setLineManager] = React.useState<PersonRef | undefined>(undefined);
  const [serviceManager, setServiceManager] = React.useState<PersonRef | undefined>(undefined);
  const [nextPerson, setNextPerson] = React.useState<PersonRef | undefined>(undefined);
  const [summaryErrors, setSummaryErrors] = React.useState<SummaryError[]>([]);
  const configuredServiceManager = config.serviceManagers[record.serviceAreaId];
  const serviceManagerChoice = serviceManager ?? configuredServiceManager;
  // R12, R14: the summary starts from the meeting record only when the worker agreed to the record being shared.
  const start = summaryStart(view.detail.discussions[0]?.record);
  const sum = summaryText ?? { concerns: start.text.concernsAndActionsNeeded, actions: start.text.actionsAgreed };

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
            sharedAt: view.now(),
            serviceAreas: organisation.serviceAreas
          }
        );

  const share = async (): Promise<void> => {
    const built = buildSummary();
    if (built === undefined) return;
    // R14: a summary with the worker's name goes to their line manager as well as the service manager (unless
    // the concern involves the line manager: then the next person in line, which the domain arranges).
    const needsLineManager = !c.anonymous && nameShared && lineManager === undefined && a?.concernInvolvesManager !== true;
    const errors = [...(built.ok ? [] : built.errors), ...(needsLineManager ? [{ field: 'recipients' as const, message: strings.LineManagerRequired }] : [])];
    if (!built.ok || errors.length > 0) {
      setSummaryErrors(errors);
      return;
    }
    setSummaryErrors([]);
    const summary = built.summary;
    const link = new URL(`SitePages/${SUMMARY_PAGE_NAME}`, `${services.dataSite.url.replace(/\/$/, '')}/`).href;
    const sharedWith = summary.recipients.map((r) => r.person.displayName).join(', ');
    const text = fill(c.anonymous ? strings.Done.forwarded : strings.SharedWith, sharedWith, date(summary.hosFollowUpDue));
    const shared = await view.attempt(
      (store) => shareSummary(store, view.now, { record, by: view.me.loginName, summary, hosSafeguarding: config.hosSafeguarding, link }).then((o) => attemptOf(o, (reason) => strings.Refusals[reason])),
      { text, focus: ['case-follow-up', 'case-close'] },
      () => void share()
    );
    // Said as an alert, and focus stays on it: the people were not told. Trying again tells only those not
    // told yet (the summary item records each notification sent: issue 14), and shares nothing again.
    if (shared !== undefined && !shared.notified) view.refuse(strings.NotNotified, () => void share());
  };

  const summaryError = (field: SummaryError['field']): string | undefined => summaryErrors.find((e) => e.field === field)?.message;
  return (
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
      {!c.anonymous && nameShared ? <PersonPicker id="case-line-manager" label={strings.LineManager} value={lineManager} onChange={setLineManager} error={summaryError('recipients')} /> : null}
      <PersonPicker id="case-service-manager" label={strings.ServiceManager} value={serviceManagerChoice} onChange={setServiceManager} />
      {a?.concernInvolvesManager ? <PersonPicker id="case-next-person" label={strings.NextPerson} value={nextPerson} onChange={setNextPerson} /> : null}
      {configuredServiceManager === undefined ? <p className={classes.help}>{strings.NoServiceManager}</p> : null}
      <SummaryPreview result={buildSummary()} />
      <div className={classes.toolbar}>
        <ActionButton view={view} primary text={c.anonymous ? strings.Forward : strings.Share} onClick={() => void share()} />
      </div>
    </section>
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
