// An alert draft that arrived from outside the form (issue 16: the relay takes a JSON body anyone in the tenant
// can forge). Only the form's fields are read, each only when it has the form's type; anything else is left
// blank, so validateAlert answers a forged shape with the form's own errors (R3-R7) and never throws on it.
// Pure TypeScript: no SPFx, PnPjs or React.

import { AlertDraft, emptyAlertDraft, FieldError, FirstQuestions } from './alert';
import { COMPLETED_BY, CONSENT_MODES, EQUALITY_NETWORKS, EqualityNetwork } from './types';

type Bag = Record<string, unknown>;

const TEXT_FIELDS = [
  'workerName',
  'role',
  'teamId',
  'serviceAreaId',
  'locationId',
  'details',
  'actionTaken',
  'whatNeedsToHappen',
  'nextPersonInLine'
] as const;

const FLAG_FIELDS = ['anonymous', 'protectedCharacteristic', 'raceChampionRequested', 'concernInvolvesManager', 'newStarter', 'sendWorkerCopy'] as const;

const ANSWERS = [
  'raisedWithManager',
  'acknowledged',
  'helpful',
  'concernInvolvesManager',
  'ableToRaiseWithManager',
  'wantsIndependentPerson'
] as const;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstQuestionsFrom(value: unknown): FirstQuestions {
  const answers: FirstQuestions = {};
  if (!isBag(value)) return answers;
  for (const key of ANSWERS) {
    if (typeof value[key] === 'boolean') answers[key] = value[key] as boolean;
  }
  if (typeof value.managerResponse === 'string') answers.managerResponse = value.managerResponse;
  return answers;
}

/**
 * The draft a body stands for, and the errors only its shape can cause (who completed it, how consent was given:
 * choices the form offers as radios). Text with another type is blank, a flag with another type is false.
 */
export function draftFromUnknown(body: unknown): { draft: AlertDraft; errors: FieldError[] } {
  const bag: Bag = isBag(body) ? body : {};
  const errors: FieldError[] = [];
  const completedBy = COMPLETED_BY.find((c) => c === bag.completedBy);
  if (completedBy === undefined) {
    errors.push({ field: 'completedBy', message: 'Select whether you are the worker or a colleague' });
  }
  const draft: AlertDraft = emptyAlertDraft(completedBy ?? 'Worker');
  const consentMode = CONSENT_MODES.find((c) => c === bag.consentMode);
  if (consentMode !== undefined) {
    draft.consentMode = consentMode;
  } else if (completedBy === 'Colleague') {
    draft.consentMode = 'NotNeeded'; // validateAlert: "Select how your colleague agreed…"
  }
  for (const key of TEXT_FIELDS) {
    const value = bag[key];
    if (typeof value === 'string') draft[key] = value;
  }
  for (const key of FLAG_FIELDS) {
    if (typeof bag[key] === 'boolean') draft[key] = bag[key] as boolean;
  }
  if (Array.isArray(bag.networks)) {
    draft.networks = bag.networks.filter((n): n is EqualityNetwork => EQUALITY_NETWORKS.some((known) => known === n));
  }
  draft.firstQuestions = firstQuestionsFrom(bag.firstQuestions);
  return { draft, errors };
}
