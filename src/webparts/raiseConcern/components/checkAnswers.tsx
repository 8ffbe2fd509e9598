// GOV.UK "Check your answers" (R3-R7): every answer before anything is sent, each with a Change link back to
// its question. The alert is sent only from here, so a stray Enter in the form can never send it.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import type { AlertDraft, AlertField } from '../../../domain/alert';
import { routeFor } from '../../../domain/routing';
import type { Organisation } from '../../../domain/organisation';
import { Problem } from '../../../components/Problem';
import type { StoreError } from '../../../services/store/storeErrors';
import { fieldTarget } from './AlertForm';
import { useRaiseClasses } from './raiseStyles';
import { StageHeading } from './steps';

export interface ICheckAnswersProps {
  idPrefix: string;
  draft: AlertDraft;
  copyTo: string;
  restored: boolean;
  sending: boolean;
  problem?: StoreError;
  /** Change: back to the form with focus on this control. */
  onChange: (target: string) => void;
  onSend: () => void;
  onBack: () => void;
  /** Issue 18: the organisation the names come from. */
  organisation: Organisation;
}

interface Row {
  key: string;
  value: string;
  /** The control its Change link focuses. */
  target: string;
}

const yesNo = (value: boolean): string => (value ? strings.Yes : strings.No);

/** The answers as the person gave them, in the form's order, only for the questions they were asked. */
export function answerRows(idPrefix: string, draft: AlertDraft, copyTo: string, organisation: Organisation): Row[] {
  const { serviceAreas, locations } = organisation;
  const who = draft.completedBy;
  const keys = strings.CheckKeys;
  const target = (field: AlertField): string => fieldTarget(idPrefix, field);
  const area = serviceAreas.find((s) => s.id === draft.serviceAreaId);
  const rows: Row[] = [];
  if (who === 'Colleague') {
    rows.push({
      key: keys.consentMode,
      value: draft.consentMode === 'WorkerSeenAndAgreed' ? strings.ConsentWorkerSeenAndAgreed : strings.ConsentCompletedTogether,
      target: target('consentMode')
    });
    rows.push({
      key: keys.sendWorkerCopy,
      value: draft.sendWorkerCopy ? strings.CheckCopyTo.split('{0}').join(copyTo.trim()) : strings.No,
      target: draft.sendWorkerCopy ? target('sendWorkerCopy') : `${idPrefix}-sendWorkerCopy-box`
    });
  }
  rows.push({ key: keys.anonymous[who], value: draft.anonymous ? strings.AnonymousLabel[who] : strings.Yes, target: target('anonymous') });
  if (!draft.anonymous) {
    rows.push({ key: keys.workerName[who], value: draft.workerName.trim(), target: target('workerName') });
    rows.push({ key: keys.role[who], value: draft.role.trim(), target: target('role') });
  }
  rows.push({ key: keys.serviceAreaId, value: area?.name ?? '', target: target('serviceAreaId') });
  if (!draft.anonymous) {
    rows.push({ key: keys.teamId, value: area?.teams.find((t) => t.id === draft.teamId)?.name ?? '', target: target('teamId') });
  }
  rows.push({ key: keys.locationId, value: locations.find((l) => l.id === draft.locationId)?.name ?? strings.CheckNotGiven, target: target('locationId') });
  rows.push({ key: keys.details, value: draft.details.trim(), target: target('details') });
  rows.push({ key: keys.actionTaken, value: draft.actionTaken.trim(), target: target('actionTaken') });
  rows.push({ key: keys.whatNeedsToHappen[who], value: draft.whatNeedsToHappen.trim(), target: target('whatNeedsToHappen') });
  rows.push({ key: keys.concernInvolvesManager[who], value: yesNo(draft.concernInvolvesManager), target: target('concernInvolvesManager') });
  if (draft.concernInvolvesManager) {
    rows.push({ key: keys.nextPersonInLine, value: draft.nextPersonInLine.trim() || strings.CheckNotGiven, target: target('nextPersonInLine') });
  }
  rows.push({ key: keys.protectedCharacteristic, value: yesNo(draft.protectedCharacteristic), target: target('protectedCharacteristic') });
  if (draft.protectedCharacteristic) {
    rows.push({
      key: keys.networks,
      value: draft.networks.length > 0 ? draft.networks.map((n) => strings.NetworkNames[n]).join(', ') : strings.CheckNone,
      target: draft.networks.length > 0 ? `${idPrefix}-network-${draft.networks[0]}` : target('networks')
    });
    rows.push({ key: keys.raceChampionRequested, value: yesNo(draft.raceChampionRequested), target: target('raceChampionRequested') });
  }
  return rows;
}

export function CheckAnswers(props: ICheckAnswersProps): React.ReactElement {
  const classes = useRaiseClasses();
  const route = routeFor(props.draft, props.organisation.serviceAreas);
  return (
    <div data-stage="check">
      <StageHeading id={`${props.idPrefix}-heading`} text={strings.CheckHeading} focus={true} />
      {props.restored ? <p className={classes.success}>{strings.DraftRestored}</p> : null}
      <p>{strings.CheckIntro}</p>
      <dl className={classes.summaryList} data-check-answers="true">
        {answerRows(props.idPrefix, props.draft, props.copyTo, props.organisation).map((row) => (
          <div key={row.key} className={classes.summaryRow}>
            <dt>{row.key}</dt>
            <dd>{row.value}</dd>
            <dd>
              <a
                href={`#${row.target}`}
                data-change={row.target}
                onClick={(e) => {
                  e.preventDefault();
                  props.onChange(row.target);
                }}
              >
                {strings.CheckChange}
                <span className={classes.visuallyHidden}> {row.key}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{strings.RouteHeading}</h3>
      <p data-route={route ?? ''}>{route ? strings.Routes[route] : strings.RouteUnknown}</p>
      <h3>{strings.CheckSendHeading}</h3>
      <p>{strings.CheckSendBody}</p>
      {props.problem ? <Problem what={strings.SubmitFailed} error={props.problem} reassurance={strings.SubmitKept} onRetry={props.onSend} /> : null}
      <div className={classes.actions}>
        <button type="button" className={classes.primaryButton} aria-disabled={props.sending || undefined} onClick={() => (props.sending ? undefined : props.onSend())}>
          {props.sending ? strings.Sending : strings.Submit}
        </button>
        <button type="button" className={classes.button} onClick={props.onBack} disabled={props.sending}>
          {strings.Back}
        </button>
      </div>
      {props.sending ? (
        <p className={classes.visuallyHidden} role="status">
          {strings.Sending}
        </p>
      ) : null}
    </div>
  );
}
