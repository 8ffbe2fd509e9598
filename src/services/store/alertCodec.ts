// List items <-> domain types: Alerts (appendix 1, R2-R7). (the conventions are in itemValues.ts).

import { consentStatusFor, isEmailAddress } from '../../domain/alert';
import type { Alert, FirstQuestions } from '../../domain/alert';
import { routeFor } from '../../domain/routing';
import { isProofHash, wantsConfirmationLink } from '../../domain/workerConfirmation';
import { findTeam } from '../../domain/organisation';
import type { Organisation } from '../../domain/organisation';
import { AlertsList } from '../../schema/runtime';
import type { AlertRecord, MyAlert, UnreadableAlert } from './IWellbeingStore';
import {
  SpItem,
  etagOf,
  idOf,
  readText,
  readOptionalText,
  readBool,
  parseDate,
  requireDate,
  readMultiChoice,
  readChoice,
  blankToNull,
  answer,
  readAnswer,
  MappingError
} from './itemValues';
// ---------------------------------------------------------------------------------------------
// Alerts (appendix 1, R2-R7).

const A = AlertsList.fields;

/** The columns a raiser's "my alerts" query reads (R21: nothing else). */
export const MY_ALERT_SELECT: readonly string[] = ['Id', 'Created', A.reference.internalName, A.alertDate.internalName, A.publicStatus.internalName];

/**
 * R3: the item for a new alert. R5: an anonymous alert writes no name, role or team at all (the keys are
 * absent, not blank), whatever the draft held.
 */
export function toAlertItem(alert: Alert, organisation: Organisation): SpItem {
  const fq = alert.firstQuestions;
  const item: SpItem = {
    [A.reference.internalName]: alert.reference,
    [A.idempotencyKey.internalName]: alert.idempotencyKey,
    [A.alertDate.internalName]: alert.submittedAt.toISOString(),
    [A.serviceAreaId.internalName]: alert.serviceAreaId,
    [A.details.internalName]: alert.details,
    [A.actionTaken.internalName]: blankToNull(alert.actionTaken),
    [A.whatNeedsToHappen.internalName]: blankToNull(alert.whatNeedsToHappen),
    [A.raisedWithManager.internalName]: answer(fq.raisedWithManager),
    [A.managerResponse.internalName]: blankToNull(fq.managerResponse),
    [A.managerAcknowledged.internalName]: answer(fq.acknowledged),
    [A.managerResponseHelpful.internalName]: answer(fq.helpful),
    [A.managerInvolvedAnswer.internalName]: answer(fq.concernInvolvesManager),
    [A.feelsAbleToRaise.internalName]: answer(fq.ableToRaiseWithManager),
    [A.wantsIndependentPerson.internalName]: answer(fq.wantsIndependentPerson),
    [A.completedBy.internalName]: alert.completedBy,
    [A.consentMode.internalName]: alert.consentMode,
    [A.consentStatus.internalName]: alert.consentStatus,
    [A.anonymous.internalName]: alert.anonymous,
    [A.locationId.internalName]: blankToNull(alert.locationId),
    [A.route.internalName]: alert.route,
    [A.newStarter.internalName]: alert.newStarter,
    [A.sendWorkerCopy.internalName]: alert.sendWorkerCopy,
    [A.protectedCharacteristic.internalName]: alert.protectedCharacteristic,
    [A.equalityNetworks.internalName]: alert.protectedCharacteristic ? [...alert.networks] : [],
    [A.raceChampionRequested.internalName]: alert.raceChampionRequested,
    [A.concernInvolvesManager.internalName]: alert.concernInvolvesManager,
    [A.nextPersonInLine.internalName]: alert.concernInvolvesManager ? blankToNull(alert.nextPersonInLine) : null,
    [A.publicStatus.internalName]: 'Received'
  };
  // R4: only on a colleague's named alert with a copy to the worker, and only a well-formed hash (never a
  // secret). R5: never on an anonymous alert: the copy's address would name the worker.
  if (wantsConfirmationLink(alert) && isProofHash(alert.consentProofHash ?? '') && isEmailAddress(alert.workerCopyTo ?? '')) {
    item[A.consentProofHash.internalName] = alert.consentProofHash;
    item[A.workerCopyTo.internalName] = (alert.workerCopyTo ?? '').trim().toLowerCase();
  }
  if (!alert.anonymous) {
    item[A.workerName.internalName] = alert.workerName;
    item[A.role.internalName] = alert.role;
    item[A.teamId.internalName] = blankToNull(alert.teamId);
    item[A.team.internalName] = blankToNull(findTeam(organisation, alert.teamId)?.name);
  }
  return item;
}

function submittedAtOf(item: SpItem, relayReceivedAt?: Date): Date {
  // The server's creation time: the 48-hour clock (R10) must not trust the browser's clock. Issue 16: an alert the
  // relay held on its queue for a random delay starts its clock when the relay received it, as the relay recorded
  // in WellbeingConversations (which raisers cannot write), and never later than the write.
  const created = parseDate(item.Created);
  if (relayReceivedAt !== undefined && (created === undefined || relayReceivedAt.getTime() <= created.getTime())) {
    return relayReceivedAt;
  }
  return created ?? requireDate(item, A.alertDate);
}

/**
 * `organisation` is the whole organisation, retired entries included (issue 18): an old alert of a retired team or
 * service area is still read, and still routes as its service area does. `relayReceivedAt`: when the relay
 * received this alert (conversationStore `relayReceipts`), if it did (issue 16, R10).
 */
export function fromAlertItem(item: SpItem, organisation: Organisation, relayReceivedAt?: Date): AlertRecord {
  const firstQuestions: FirstQuestions = {};
  const set = <K extends keyof FirstQuestions>(key: K, value: FirstQuestions[K]): void => {
    if (value !== undefined) {
      firstQuestions[key] = value;
    }
  };
  set('raisedWithManager', readAnswer(item, A.raisedWithManager));
  set('managerResponse', readOptionalText(item, A.managerResponse));
  set('acknowledged', readAnswer(item, A.managerAcknowledged));
  set('helpful', readAnswer(item, A.managerResponseHelpful));
  set('concernInvolvesManager', readAnswer(item, A.managerInvolvedAnswer));
  set('ableToRaiseWithManager', readAnswer(item, A.feelsAbleToRaise));
  set('wantsIndependentPerson', readAnswer(item, A.wantsIndependentPerson));
  const anonymous = readBool(item, A.anonymous);
  const completedBy = readChoice(item, A.completedBy);
  const serviceAreaId = readText(item, A.serviceAreaId);
  const raceChampionRequested = readBool(item, A.raceChampionRequested);
  // Issue 14 defect 1: every column of an alert is the raiser's input (R4, R6). The consent status and the
  // route are worked out again here, as the form worked them out, and the stored ConsentStatus and Route are
  // never read: a raw request that writes 'ConfirmedByWorker' or another route changes nothing on the board.
  const route = routeFor({ serviceAreaId, raceChampionRequested }, organisation.serviceAreas);
  if (route === undefined) {
    throw new MappingError(`${A.serviceAreaId.internalName} has an unexpected value`);
  }
  const alert: Alert = {
    reference: readText(item, A.reference),
    idempotencyKey: readText(item, A.idempotencyKey),
    submittedAt: submittedAtOf(item, relayReceivedAt),
    completedBy,
    consentMode: readChoice(item, A.consentMode),
    consentStatus: consentStatusFor({ completedBy }),
    anonymous,
    // R5: whatever an anonymous item might hold, it is never read back as a name.
    workerName: anonymous ? '' : readText(item, A.workerName),
    role: anonymous ? '' : readText(item, A.role),
    teamId: anonymous ? '' : readText(item, A.teamId),
    serviceAreaId,
    locationId: readText(item, A.locationId),
    details: readText(item, A.details),
    actionTaken: readText(item, A.actionTaken),
    whatNeedsToHappen: readText(item, A.whatNeedsToHappen),
    protectedCharacteristic: readBool(item, A.protectedCharacteristic),
    networks: readMultiChoice(item, A.equalityNetworks),
    raceChampionRequested,
    concernInvolvesManager: readBool(item, A.concernInvolvesManager),
    nextPersonInLine: readText(item, A.nextPersonInLine),
    newStarter: readBool(item, A.newStarter),
    sendWorkerCopy: readBool(item, A.sendWorkerCopy),
    // R5: whatever an anonymous item might hold, no address is read back from it.
    consentProofHash: anonymous ? undefined : readOptionalText(item, A.consentProofHash),
    workerCopyTo: anonymous ? undefined : readOptionalText(item, A.workerCopyTo),
    firstQuestions,
    route
  };
  return {
    id: idOf(item),
    etag: etagOf(item),
    alert,
    publicStatus: readChoice(item, A.publicStatus)
  };
}

/** R21: only the reference, the date and the public status; never RAG or case data. */
export function fromMyAlertItem(item: SpItem): MyAlert {
  return {
    reference: readText(item, A.reference),
    submittedAt: submittedAtOf(item),
    publicStatus: readChoice(item, A.publicStatus)
  };
}

/** Issue 14: an alert item read on its own; when it cannot be read, its id and ETag if those can. */
export function readAlert(item: SpItem, organisation: Organisation, relayReceivedAt?: Date): { ok: true; alert: AlertRecord } | { ok: false; ref?: UnreadableAlert } {
  try {
    return { ok: true, alert: fromAlertItem(item, organisation, relayReceivedAt) };
  } catch {
    try {
      return { ok: false, ref: { id: idOf(item), etag: etagOf(item) } };
    } catch {
      return { ok: false };
    }
  }
}
