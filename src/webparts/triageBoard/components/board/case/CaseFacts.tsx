// A case at a glance (R10): its status, RAG, 48-hour clock, contact so far, route, owner and consent; the
// independence warning (when the triage member is too close to the person); and the alert as raised.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { firstContactClock } from '../../../../../domain/firstContactClock';
import { firstContactMadeAt } from '../../../../../domain/caseLifecycle';
import { independenceConcerns, IndependenceConcern, memberFor } from '../../../../../domain/independence';
import { EQUALITY_NETWORKS } from '../../../../../domain/types';
import { OrganisationNames, useOrganisationNames } from '../../../../../components/organisation';
import { RagTag } from '../../caseWords';
import { clockText } from '../clockText';
import { firstContactSettings } from '../boardModel';
import { dateTime, fill, useTriageClasses } from '../../triageStyles';
import type { CaseView } from './caseView';
import { recordWorkerConfirmation } from '../../../../../domain/workerConfirmation';
import { WorkerConfirmationNote } from '../WorkerConfirmationNote';

function independenceText(c: IndependenceConcern, names: OrganisationNames): string {
  switch (c.kind) {
    case 'ownServiceArea':
      return fill(strings.Independence.ownServiceArea, names.serviceArea(c.serviceAreaId));
    case 'teamInManagementLine':
      return fill(strings.Independence.teamInManagementLine, names.team(c.teamId));
    default:
      return fill(strings.Independence.namesManagementLine, c.name);
  }
}

/** A term and its description, when there is one. */
function Fact(props: { term: string; children: React.ReactNode; when?: boolean }): React.ReactElement | null {
  if (props.when === false) return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

export function CaseFacts(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const names = useOrganisationNames();
  const { c, record, a } = props.view;
  const clock = firstContactClock(record.alertReceivedAt, props.view.now(), firstContactSettings(props.view.config), firstContactMadeAt(c));
  const concerns = a ? independenceConcerns(a, memberFor(props.view.config.triageTeam, props.view.me)) : [];
  return (
    <>
      <dl className={classes.facts}>
        <dt>{strings.Labels.status}</dt>
        <dd data-status={c.status}>{strings.Statuses[c.status]}</dd>
        <Fact term={strings.Labels.rag}>
          <RagTag rag={c.rag} />
        </Fact>
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
        {c.meetingOfferedAt !== undefined ? <Fact term={strings.Labels.meetingOffered}>{dateTime(c.meetingOfferedAt)}</Fact> : null}
        {c.meetingHeldAt !== undefined ? <Fact term={strings.Labels.meetingHeld}>{dateTime(c.meetingHeldAt)}</Fact> : null}
        <Fact term={strings.Labels.route}>{strings.Routes[c.route]}</Fact>
        <Fact term={strings.Labels.owner}>{props.view.name(c.owner)}</Fact>
        <Fact term={strings.Consent}>{strings.ConsentStates[c.consentStatus]}</Fact>
        <Fact term={strings.Labels.received}>{dateTime(record.alertReceivedAt)}</Fact>
      </dl>
      {/* R4: the worker's own confirmation, proved by the secret in their link and their own account. */}
      {props.view.detail.alert !== undefined ? (
        <WorkerConfirmationNote
          alert={props.view.detail.alert}
          caseConsent={c.consentStatus}
          onRecord={
            c.status === 'Closed'
              ? undefined
              : (state) => void props.view.save((x, ctx) => recordWorkerConfirmation(x, ctx, state), { text: strings.Done.consent, focus: ['case-contact'] })
          }
        />
      ) : null}

      {concerns.length > 0 ? (
        <section className={classes.warning} aria-labelledby="case-independence" data-independence="true">
          <h3 id="case-independence">{strings.IndependenceHeading}</h3>
          <ul>
            {concerns.map((x) => (
              <li key={`${x.kind}`}>{independenceText(x, names)}</li>
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
                <Fact term={strings.Labels.name}>{a.workerName}</Fact>
                <Fact term={strings.Labels.role}>{a.role}</Fact>
                <Fact term={strings.Labels.team}>{a.teamId === '' ? '' : names.team(a.teamId)}</Fact>
              </>
            )}
            <Fact term={strings.Labels.serviceArea}>{names.serviceArea(record.serviceAreaId)}</Fact>
            <Fact term={strings.Labels.location} when={!!a.locationId}>
              {names.office(a.locationId)}
            </Fact>
            <Fact term={strings.Labels.details}>{a.details}</Fact>
            <Fact term={strings.Labels.actionTaken}>{a.actionTaken}</Fact>
            <Fact term={strings.Labels.whatNeedsToHappen}>{a.whatNeedsToHappen}</Fact>
            <Fact term={strings.Consent} when={a.completedBy === 'Colleague'}>
              {strings.OnBehalf}
            </Fact>
            <Fact term={strings.NewStarter} when={a.newStarter}>
              {strings.YesNo.yes}
            </Fact>
            <Fact term={strings.InvolvesManager} when={a.concernInvolvesManager}>
              {a.nextPersonInLine ? `${strings.NextPersonInLine}: ${a.nextPersonInLine}` : strings.YesNo.yes}
            </Fact>
            <Fact term={strings.Networks} when={a.networks.length > 0}>
              {EQUALITY_NETWORKS.filter((n) => a.networks.includes(n)).join(', ')}
            </Fact>
          </dl>
        </section>
      ) : null}
    </>
  );
}
