// R3-R7: the alert form (appendix 1) with consent for a colleague's alert, anonymity said honestly, the
// protected characteristic question with the networks, and who will read it, in words.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import type { AlertDraft, AlertField, FieldError } from '../../../domain/alert';
import { ALERT_LIMITS } from '../../../domain/limits';
import { routeFor } from '../../../domain/routing';
import { ConsentMode, EQUALITY_NETWORKS, EqualityNetwork } from '../../../domain/types';
import type { Organisation } from '../../../domain/organisation';
import { Checkbox, ErrorSummary, IChoice, ISummaryError, RadioGroup, Select, TextArea, TextField } from './fields';
import type { FormChoice } from './draftStorage';
import { Contacts, RaiseSupport } from './raiseSupport';
import { useRaiseClasses } from './raiseStyles';
import { StageHeading } from './steps';

/** Errors about the worker's copy address are reported on this pseudo-field. */
export type FormField = AlertField | 'copyTo';

export interface IAlertFormProps {
  idPrefix: string;
  draft: AlertDraft;
  onChange: (patch: Partial<AlertDraft>) => void;
  /** The questions the person has answered; the others show nothing chosen. */
  chosen: readonly FormChoice[];
  /** An answer to one of those questions: the draft changes and the question counts as answered. */
  onChoose: (choice: FormChoice, patch: Partial<AlertDraft>) => void;
  copyTo: string;
  onCopyTo: (value: string) => void;
  errors: FieldError[];
  /** Changes on every submit that finds errors, so the summary takes focus again. */
  focusKey: number;
  support: RaiseSupport;
  /** R5, ToR step 6: they would rather not talk to anyone, so anonymity is offered first. */
  suggestAnonymous: boolean;
  restored: boolean;
  /** Continue: checked, then Check your answers (nothing is sent from the form itself). */
  onSubmit: () => void;
  onBack: () => void;
  /** From a Change link on Check your answers: the control that takes focus. */
  focusTarget?: string;
  /** Issue 18: what a new alert may choose, as the site holds it (nothing retired). */
  organisation: Organisation;
}

/** The control each field's error links to. */
export function fieldTarget(idPrefix: string, field: AlertField): string {
  switch (field) {
    case 'sendWorkerCopy':
      return `${idPrefix}-copyTo`;
    case 'managerResponse':
      return `${idPrefix}-back`;
    default:
      return `${idPrefix}-${field}`;
  }
}

export function AlertForm(props: IAlertFormProps): React.ReactElement {
  const classes = useRaiseClasses();
  const { draft, idPrefix } = props;
  const who = draft.completedBy;
  const { serviceAreas, locations } = props.organisation;
  const area = serviceAreas.find((s) => s.id === draft.serviceAreaId);
  const id = (field: AlertField): string => fieldTarget(idPrefix, field);
  // The team cannot be chosen before the service area: its error says so and leads to the service area.
  const teamFirst = (e: FieldError): boolean => e.field === 'teamId' && area === undefined;
  const message = (e: FieldError): string => (teamFirst(e) ? strings.TeamNeedsAreaFirst[who] : e.message);
  const error = (field: AlertField): string | undefined => {
    const found = props.errors.find((e) => e.field === field);
    return found ? message(found) : undefined;
  };
  const summary: ISummaryError[] = props.errors.map((e) => ({ target: teamFirst(e) ? id('serviceAreaId') : id(e.field), message: message(e) }));
  const chosen = (choice: FormChoice): boolean => props.chosen.includes(choice);
  React.useEffect(() => {
    if (props.focusTarget) {
      document.getElementById(props.focusTarget)?.focus();
    }
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const route = routeFor(draft, serviceAreas);
  const toggleNetwork = (network: EqualityNetwork, on: boolean): void => {
    const others = draft.networks.filter((n) => n !== network);
    props.onChange({ networks: on ? EQUALITY_NETWORKS.filter((n) => n === network || others.includes(n)) : others });
  };

  // Name and role are asked only once the person has chosen to give a name (GOV.UK conditional reveal).
  const namedChoice: IChoice<'named' | 'anonymous'> = {
    value: 'named',
    label: strings.NamedLabel[who],
    reveal: (
      <>
        <TextField id={id('workerName')} label={strings.NameLabel[who]} value={draft.workerName} onChange={(workerName) => props.onChange({ workerName })} error={error('workerName')} autoComplete={who === 'Worker' ? 'name' : 'off'} />
        <TextField id={id('role')} label={strings.RoleLabel[who]} value={draft.role} onChange={(role) => props.onChange({ role })} error={error('role')} autoComplete={who === 'Worker' ? 'organization-title' : 'off'} />
      </>
    )
  };
  const anonymousChoice: IChoice<'named' | 'anonymous'> = {
    value: 'anonymous',
    label: strings.AnonymousLabel[who],
    reveal: (
      <div data-anonymous-notice="true">
        <p>{strings.AnonymousLimits[who]}</p>
        <p>{strings.AnonymousRecords[who]}</p>
      </div>
    )
  };

  return (
    <div data-stage="form">
      <ErrorSummary id={`${idPrefix}-form-errors`} errors={summary} focusKey={props.focusKey} />
      <StageHeading id={`${idPrefix}-heading`} text={strings.FormHeading} focus={props.errors.length === 0 && props.focusTarget === undefined} />
      {props.restored ? <p className={classes.success}>{strings.DraftRestored}</p> : null}
      {props.suggestAnonymous ? <p className={classes.inset}>{strings.AnonymousSuggested[who]}</p> : null}
      <form
        noValidate
        aria-labelledby={`${idPrefix}-heading`}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        {who === 'Colleague' ? (
          <section aria-labelledby={`${idPrefix}-consent-heading`}>
            <h3 id={`${idPrefix}-consent-heading`} className={classes.visuallyHidden}>
              {strings.ConsentLegend}
            </h3>
            <p>{strings.TogetherAdvice}</p>
            <RadioGroup<ConsentMode>
              id={id('consentMode')}
              legend={strings.ConsentLegend}
              error={error('consentMode')}
              value={chosen('consentMode') && draft.consentMode !== 'NotNeeded' ? draft.consentMode : undefined}
              onChange={(consentMode) => props.onChoose('consentMode', { consentMode })}
              choices={[
                { value: 'CompletedTogether', label: strings.ConsentCompletedTogether },
                { value: 'WorkerSeenAndAgreed', label: strings.ConsentWorkerSeenAndAgreed }
              ]}
            />
            <p className={classes.inset}>{strings.ConsentCheckedLater}</p>
            <Checkbox
              id={`${idPrefix}-sendWorkerCopy-box`}
              label={strings.SendCopyLabel}
              hint={strings.SendCopyHint}
              checked={draft.sendWorkerCopy}
              onChange={(sendWorkerCopy) => props.onChange({ sendWorkerCopy })}
              reveal={
                <TextField
                  id={id('sendWorkerCopy')}
                  type="email"
                  autoComplete="off"
                  spellCheck={false}
                  label={strings.CopyAddressLabel}
                  value={props.copyTo}
                  onChange={props.onCopyTo}
                  error={error('sendWorkerCopy')}
                />
              }
            />
          </section>
        ) : null}

        <h3>{strings.DetailsLegend[who]}</h3>
        <RadioGroup<'named' | 'anonymous'>
          id={id('anonymous')}
          legend={strings.AnonymousLegend[who]}
          error={error('anonymous')}
          value={chosen('anonymous') ? (draft.anonymous ? 'anonymous' : 'named') : undefined}
          onChange={(choice) => props.onChoose('anonymous', { anonymous: choice === 'anonymous' })}
          choices={props.suggestAnonymous ? [anonymousChoice, namedChoice] : [namedChoice, anonymousChoice]}
        />
        <Select
          id={id('serviceAreaId')}
          label={strings.ServiceAreaLabel}
          hint={chosen('anonymous') && draft.anonymous ? strings.ServiceAreaHint[who] : undefined}
          value={draft.serviceAreaId}
          error={error('serviceAreaId')}
          options={serviceAreas.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(serviceAreaId) => {
            const next = serviceAreas.find((s) => s.id === serviceAreaId);
            const keepTeam = next !== undefined && next.teams.some((t) => t.id === draft.teamId);
            props.onChange({ serviceAreaId, teamId: keepTeam ? draft.teamId : '' });
          }}
        />
        {!chosen('anonymous') || draft.anonymous ? null : (
          <Select
            id={id('teamId')}
            label={strings.TeamLabel}
            hint={area === undefined ? strings.TeamHintChooseArea : undefined}
            value={draft.teamId}
            error={error('teamId')}
            disabled={area === undefined}
            options={(area?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
            onChange={(teamId) => props.onChange({ teamId })}
          />
        )}
        <Select
          id={id('locationId')}
          label={strings.LocationLabel}
          value={draft.locationId}
          error={error('locationId')}
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(locationId) => props.onChange({ locationId })}
        />

        <h3>{strings.ConcernLegend}</h3>
        <TextArea id={id('details')} label={strings.DetailsLabel} value={draft.details} onChange={(details) => props.onChange({ details })} limit={ALERT_LIMITS.details} error={error('details')} />
        <TextArea
          id={id('actionTaken')}
          label={strings.ActionTakenLabel}
          hint={strings.ActionTakenHint}
          value={draft.actionTaken}
          onChange={(actionTaken) => props.onChange({ actionTaken })}
          limit={ALERT_LIMITS.actionTaken}
          error={error('actionTaken')}
        />
        <TextArea
          id={id('whatNeedsToHappen')}
          label={strings.WhatNeedsToHappenLabel[who]}
          value={draft.whatNeedsToHappen}
          onChange={(whatNeedsToHappen) => props.onChange({ whatNeedsToHappen })}
          limit={ALERT_LIMITS.whatNeedsToHappen}
          error={error('whatNeedsToHappen')}
        />
        <Checkbox
          id={id('concernInvolvesManager')}
          label={strings.InvolvesManagerLabel[who]}
          checked={draft.concernInvolvesManager}
          onChange={(concernInvolvesManager) => props.onChange({ concernInvolvesManager })}
          reveal={
            <>
              <p>{strings.NextPersonPrompt}</p>
              <TextField id={id('nextPersonInLine')} label={strings.NextPersonLabel} value={draft.nextPersonInLine} onChange={(nextPersonInLine) => props.onChange({ nextPersonInLine })} error={error('nextPersonInLine')} />
            </>
          }
        />

        <div style={{ marginTop: 16 }}>
          <RadioGroup<'yes' | 'no'>
            id={id('protectedCharacteristic')}
            legend={strings.ProtectedLegend}
            hint={strings.ProtectedHint}
            error={error('protectedCharacteristic')}
            value={chosen('protectedCharacteristic') ? (draft.protectedCharacteristic ? 'yes' : 'no') : undefined}
            onChange={(v) => props.onChoose('protectedCharacteristic', { protectedCharacteristic: v === 'yes' })}
            choices={[
              {
                value: 'yes',
                label: strings.Yes,
                reveal: (
                  <fieldset className={classes.fieldset} id={id('networks')} tabIndex={-1}>
                    <legend>{strings.NetworksLegend}</legend>
                    <div className={classes.choices}>
                      {EQUALITY_NETWORKS.map((network) => (
                        <div key={network}>
                          <Checkbox
                            id={`${idPrefix}-network-${network}`}
                            label={strings.NetworkNames[network]}
                            checked={draft.networks.includes(network)}
                            onChange={(on) => toggleNetwork(network, on)}
                          />
                          {props.support.networks[network].map((entry) => (
                            <div key={entry.id} className={classes.help} style={{ marginLeft: 30 }}>
                              <Contacts entry={entry} />
                            </div>
                          ))}
                        </div>
                      ))}
                      <Checkbox
                        id={id('raceChampionRequested')}
                        label={strings.RaceChampionLabel}
                        hint={strings.RaceChampionHint}
                        checked={draft.raceChampionRequested}
                        onChange={(raceChampionRequested) => props.onChange({ raceChampionRequested })}
                      />
                    </div>
                  </fieldset>
                )
              },
              { value: 'no', label: strings.No }
            ]}
          />
        </div>

        <section aria-labelledby={`${idPrefix}-route-heading`} className={classes.inset}>
          <h3 id={`${idPrefix}-route-heading`}>{strings.RouteHeading}</h3>
          <p aria-live="polite" data-route={route ?? ''}>
            {route ? strings.Routes[route] : strings.RouteUnknown}
          </p>
        </section>

        <div className={classes.actions}>
          <button type="submit" className={classes.primaryButton}>
            {strings.Continue}
          </button>
          <button type="button" id={`${idPrefix}-back`} className={classes.button} onClick={props.onBack}>
            {strings.Back}
          </button>
        </div>
      </form>
    </div>
  );
}
