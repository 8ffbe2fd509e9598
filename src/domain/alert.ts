// Raising a wellbeing concern: the first questions (R2), the alert form (R3), consent for an alert
// completed on behalf of a colleague (R4), anonymity (R5), protected characteristics (R7), and what the
// raiser may see of their alert afterwards (R21). Pure TypeScript: no SPFx, PnPjs or React.

import { ALERT_LIMITS } from './limits';
import { routeFor } from './routing';
import {
  CaseStatus,
  CompletedBy,
  ConsentMode,
  ConsentStatus,
  EqualityNetwork,
  Location,
  PublicStatus,
  Route,
  ServiceArea
} from './types';

// ---------------------------------------------------------------------------------------------
// R2: the first questions, asked before the form.

/** R2 (steps 1-2 of the Terms of Reference). Undefined means "not answered yet". */
export interface FirstQuestions {
  /** Has the worker raised this with their manager? */
  raisedWithManager?: boolean;
  /** If yes: what was the response (optional free text, ALERT_LIMITS.managerResponse). */
  managerResponse?: string;
  /** If yes: were the concerns acknowledged? */
  acknowledged?: boolean;
  /** If yes: has it been helpful? */
  helpful?: boolean;
  /** If not raised: does the concern involve the manager? (R5: then we never suggest talking to them.) */
  concernInvolvesManager?: boolean;
  /** If not raised (and the concern is not about the manager): do they feel able to? */
  ableToRaiseWithManager?: boolean;
  /** Would they like to talk to an independent person outside the team? */
  wantsIndependentPerson?: boolean;
}

/** The questions in the order they are asked (R2); managerResponse is optional and never "next". */
export type FirstQuestion =
  | 'raisedWithManager'
  | 'acknowledged'
  | 'helpful'
  | 'concernInvolvesManager'
  | 'ableToRaiseWithManager'
  | 'wantsIndependentPerson';

/**
 * Where the first questions lead (R2, R5):
 * - talkToManager: the worker can take it forward with their manager; they are told how and are not
 *   pushed into the form (they may still choose to talk to an independent person).
 * - independentPerson: go to the alert form; the PSW / AP / Race Champion lead is the independent person.
 * - anonymousAlert: they do not want to talk to an independent person; ToR step 6 says the form can then
 *   be completed anonymously (with the service area), and the page encourages sharing details (R5).
 * - incomplete: a question still needs an answer (see nextFirstQuestion).
 */
export type FirstQuestionsOutcome = 'talkToManager' | 'independentPerson' | 'anonymousAlert' | 'incomplete';

/**
 * R2: the next question to ask, or undefined when the answers lead somewhere.
 * Decision (R2, R5): when the worker has not raised it and the concern involves their manager, we do not
 * ask whether they feel able to raise it with that manager; we go straight to the independent person.
 * Decision (R2): a worker whose manager acknowledged the concern and helped is on the talkToManager path,
 * unless they have already said they want an independent person (the page offers it, never requires it).
 */
export function nextFirstQuestion(q: FirstQuestions): FirstQuestion | undefined {
  if (q.raisedWithManager === undefined) {
    return 'raisedWithManager';
  }
  if (q.raisedWithManager) {
    if (q.acknowledged === undefined) {
      return 'acknowledged';
    }
    if (q.helpful === undefined) {
      return 'helpful';
    }
    if (q.acknowledged && q.helpful) {
      return undefined;
    }
  } else {
    if (q.concernInvolvesManager === undefined) {
      return 'concernInvolvesManager';
    }
    if (!q.concernInvolvesManager) {
      if (q.ableToRaiseWithManager === undefined) {
        return 'ableToRaiseWithManager';
      }
      if (q.ableToRaiseWithManager) {
        return undefined;
      }
    }
  }
  return q.wantsIndependentPerson === undefined ? 'wantsIndependentPerson' : undefined;
}

/** R2: where the answers so far lead. */
export function firstQuestionsOutcome(q: FirstQuestions): FirstQuestionsOutcome {
  if (nextFirstQuestion(q) !== undefined) {
    return 'incomplete';
  }
  if (q.wantsIndependentPerson === true) {
    return 'independentPerson';
  }
  if (q.wantsIndependentPerson === false) {
    return 'anonymousAlert';
  }
  // Only the two "can resolve it with the manager" branches finish without asking wantsIndependentPerson.
  return 'talkToManager';
}

// ---------------------------------------------------------------------------------------------
// R3: the alert form (appendix 1).

/**
 * R3: what the raiser fills in. The alert's date is the submit time (Alert.submittedAt), not a field.
 * Ids refer to the reference data (service areas with their teams, locations); '' means "not chosen".
 */
export interface AlertDraft {
  /** R4: the worker themselves or a colleague on their behalf. */
  completedBy: CompletedBy;
  /** R4: how the worker agreed ('NotNeeded' when the worker completes it). */
  consentMode: ConsentMode;
  /** R5: the worker's name, role and team are not recorded. */
  anonymous: boolean;
  workerName: string;
  role: string;
  teamId: string;
  serviceAreaId: string;
  /** Office base, for themes by location (R18). Optional: not on appendix 1. */
  locationId: string;
  /** Details of concerns being raised. */
  details: string;
  /** What action has already been taken. */
  actionTaken: string;
  /** What does the worker feel needs to happen. */
  whatNeedsToHappen: string;
  /** R7: the concern relates to a protected characteristic. */
  protectedCharacteristic: boolean;
  /** R7: networks the worker would like support from (only with protectedCharacteristic). */
  networks: EqualityNetwork[];
  /** R6/R7: the worker asked for the alert to go to the Race Champion lead. */
  raceChampionRequested: boolean;
  /** R5: the concern involves the worker's manager; the alert is never shared with that manager. */
  concernInvolvesManager: boolean;
  /** R5: the next person in line management the worker could share their worries with (optional). */
  nextPersonInLine: string;
  /** R1: reached from the induction pages. */
  newStarter: boolean;
  /** R4: send the worker a copy of what was submitted. */
  sendWorkerCopy: boolean;
  /** R2: the answers to the first questions, kept with the alert. */
  firstQuestions: FirstQuestions;
}

/** A submitted alert: the draft (normalised) plus what the system adds. */
export interface Alert extends AlertDraft {
  /** A reference the raiser can read out on the phone (reference.ts). */
  reference: string;
  /** Made once when the form opens, so a retried submit never creates two items. */
  idempotencyKey: string;
  /** R3: the alert's date. */
  submittedAt: Date;
  /** R4 */
  consentStatus: ConsentStatus;
  /** R6 */
  route: Route;
  /**
   * R4: SHA-256 (hex) of the secret in the worker's confirmation link (workerConfirmation.ts); absent when no
   * copy with a link was sent. Written when the alert is added: the raiser never edits an alert.
   */
  consentProofHash?: string;
  /** R4: the address the worker's copy went to; a confirmation counts only from that account. */
  workerCopyTo?: string;
}

/** The reference data validation checks ids against. */
export interface AlertContext {
  serviceAreas: ReadonlyArray<ServiceArea>;
  locations: ReadonlyArray<Location>;
}

export type AlertField = keyof AlertDraft | 'managerResponse';

export interface FieldError {
  field: AlertField;
  message: string;
}

/** A blank form for the given raiser. */
export function emptyAlertDraft(completedBy: CompletedBy = 'Worker'): AlertDraft {
  return {
    completedBy,
    consentMode: completedBy === 'Worker' ? 'NotNeeded' : 'CompletedTogether',
    anonymous: false,
    workerName: '',
    role: '',
    teamId: '',
    serviceAreaId: '',
    locationId: '',
    details: '',
    actionTaken: '',
    whatNeedsToHappen: '',
    protectedCharacteristic: false,
    networks: [],
    raceChampionRequested: false,
    concernInvolvesManager: false,
    nextPersonInLine: '',
    newStarter: false,
    sendWorkerCopy: false,
    firstQuestions: {}
  };
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** 5000 -> "5,000" (en-GB grouping without relying on the runtime's locale data). */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * R5: an anonymous alert does not record the name, role or team. The form hides those fields; this
 * strips anything typed before the raiser ticked "anonymous", so hidden values are never submitted.
 * Decision (R5): location is kept (themes by location, R18; small numbers are suppressed, R20).
 */
export function normaliseAnonymous(draft: AlertDraft): AlertDraft {
  if (!draft.anonymous) {
    return draft;
  }
  return { ...draft, workerName: '', role: '', teamId: '' };
}

/**
 * Trims every text field and drops answers that belong to a question not asked:
 * networks and Race Champion only with a protected characteristic (R7), next person in line only when the
 * concern involves the manager (R5), consent mode 'NotNeeded' for the worker (R4); then R5 anonymity.
 */
export function normaliseAlert(draft: AlertDraft): AlertDraft {
  const trimmed: AlertDraft = {
    ...draft,
    workerName: draft.workerName.trim(),
    role: draft.role.trim(),
    teamId: draft.teamId.trim(),
    serviceAreaId: draft.serviceAreaId.trim(),
    locationId: draft.locationId.trim(),
    details: draft.details.trim(),
    actionTaken: draft.actionTaken.trim(),
    whatNeedsToHappen: draft.whatNeedsToHappen.trim(),
    nextPersonInLine: draft.concernInvolvesManager ? draft.nextPersonInLine.trim() : '',
    networks: draft.protectedCharacteristic ? draft.networks.filter((n, i, all) => all.indexOf(n) === i) : [],
    raceChampionRequested: draft.protectedCharacteristic && draft.raceChampionRequested,
    consentMode: draft.completedBy === 'Worker' ? 'NotNeeded' : draft.consentMode,
    firstQuestions: {
      ...draft.firstQuestions,
      managerResponse:
        draft.firstQuestions.managerResponse === undefined ? undefined : draft.firstQuestions.managerResponse.trim()
    }
  };
  return normaliseAnonymous(trimmed);
}

function tooLong(label: string, max: number): string {
  return `${label} must be ${formatCount(max)} characters or fewer`;
}

/**
 * R3, R4, R5, R7: what is wrong with a draft, as GOV.UK-style messages for a person who may be upset.
 * Whitespace-only counts as empty; lengths are measured after trimming (what the store writes).
 * An empty list means the alert can be submitted.
 */
export function validateAlert(draft: AlertDraft, ctx: AlertContext): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: AlertField, message: string): void => {
    errors.push({ field, message });
  };
  const self = draft.completedBy === 'Worker';
  const checkLength = (field: AlertField, value: string | undefined, label: string, max: number): void => {
    if (value !== undefined && value.trim().length > max) {
      add(field, tooLong(label, max));
    }
  };

  // R4: consent for an alert completed on a colleague's behalf.
  if (self && draft.consentMode !== 'NotNeeded') {
    add('consentMode', 'Consent is only asked for when you complete the form for a colleague');
  }
  if (!self && draft.consentMode === 'NotNeeded') {
    add('consentMode', 'Select how your colleague agreed to this alert being shared');
  }

  // R5: anonymous alerts carry no name, role or team; named alerts need all three.
  if (draft.anonymous) {
    if (!isBlank(draft.workerName)) {
      add('workerName', 'Remove the name, or choose to give your details');
    }
    if (!isBlank(draft.role)) {
      add('role', 'Remove the role, or choose to give your details');
    }
    if (!isBlank(draft.teamId)) {
      add('teamId', 'Remove the team, or choose to give your details');
    }
  } else {
    if (isBlank(draft.workerName)) {
      add('workerName', self ? 'Enter your name' : "Enter your colleague's name");
    } else {
      checkLength('workerName', draft.workerName, 'Name', ALERT_LIMITS.workerName);
    }
    if (isBlank(draft.role)) {
      add('role', self ? 'Enter your role' : "Enter your colleague's role");
    } else {
      checkLength('role', draft.role, 'Role', ALERT_LIMITS.role);
    }
  }

  // R3, R5: the service area is always required (anonymous alerts included).
  const serviceArea = ctx.serviceAreas.find((s) => s.id === draft.serviceAreaId.trim());
  if (isBlank(draft.serviceAreaId)) {
    add('serviceAreaId', 'Select a service area');
  } else if (serviceArea === undefined) {
    add('serviceAreaId', 'Select a service area from the list');
  }

  if (!draft.anonymous) {
    const teamId = draft.teamId.trim();
    if (teamId === '') {
      add('teamId', self ? 'Select your team' : "Select your colleague's team");
    } else if (!ctx.serviceAreas.some((s) => s.teams.some((t) => t.id === teamId))) {
      add('teamId', 'Select a team from the list');
    } else if (serviceArea !== undefined && !serviceArea.teams.some((t) => t.id === teamId)) {
      add('teamId', 'Select a team in the service area you chose');
    }
  }

  if (!isBlank(draft.locationId) && !ctx.locations.some((l) => l.id === draft.locationId.trim())) {
    add('locationId', 'Select a location from the list');
  }

  // R3: the three text fields.
  if (isBlank(draft.details)) {
    add('details', self ? 'Enter the details of your concern' : 'Enter the details of the concern');
  } else {
    checkLength('details', draft.details, 'Details', ALERT_LIMITS.details);
  }
  if (isBlank(draft.actionTaken)) {
    add('actionTaken', "Enter what action has already been taken. If nothing has been done yet, say so");
  } else {
    checkLength('actionTaken', draft.actionTaken, 'What action has already been taken', ALERT_LIMITS.actionTaken);
  }
  if (isBlank(draft.whatNeedsToHappen)) {
    add(
      'whatNeedsToHappen',
      self ? 'Enter what you feel needs to happen' : 'Enter what your colleague feels needs to happen'
    );
  } else {
    checkLength('whatNeedsToHappen', draft.whatNeedsToHappen, 'What needs to happen', ALERT_LIMITS.whatNeedsToHappen);
  }

  // R7: network support and the Race Champion are asked for under the protected characteristic question.
  if (!draft.protectedCharacteristic && (draft.networks.length > 0 || draft.raceChampionRequested)) {
    add(
      'protectedCharacteristic',
      "Select 'yes' if the concern relates to a protected characteristic, to ask for support from a network"
    );
  }

  // R5: the next person in line management (optional).
  if (draft.concernInvolvesManager) {
    checkLength('nextPersonInLine', draft.nextPersonInLine, 'Name of the next person', ALERT_LIMITS.nextPersonInLine);
  }

  // R2: the manager's response, if given.
  checkLength(
    'managerResponse',
    draft.firstQuestions.managerResponse,
    "Your manager's response",
    ALERT_LIMITS.managerResponse
  );

  return errors;
}

// ---------------------------------------------------------------------------------------------
// R4: consent.

/**
 * R4 Decision: the consent status an alert starts with. The worker completing it needs no consent;
 * for a colleague's alert, "completed together" or "the worker has seen and agreed" is what the raiser
 * says, so it starts as StatedByRaiser until the worker (from their own account) or triage (with the
 * worker) confirms it.
 */
export function consentStatusFor(draft: Pick<AlertDraft, 'completedBy'>): ConsentStatus {
  return draft.completedBy === 'Worker' ? 'NotNeeded' : 'StatedByRaiser';
}

/**
 * R4 Decision: may the alert be acted on with the worker's name (e.g. a named Red summary, R14)?
 * PROCESS R4 says an on-behalf alert is not acted on as named until consent is recorded. The raiser's
 * consent mode (CompletedTogether, WorkerSeenAndAgreed) records how consent was said to be given, but it is
 * the raiser's word, not the worker's: only a confirmation by the worker or by triage with the worker
 * (ConfirmedByWorker, ConfirmedByTriage) makes it actionable as named. Until then triage may contact the
 * worker (that is how it gets confirmed) but shares nothing that names them.
 */
export function isActionableAsNamed(consentStatus: ConsentStatus): boolean {
  return consentStatus !== 'StatedByRaiser';
}

// ---------------------------------------------------------------------------------------------
// Submitting.

export interface SubmitMeta {
  /** R3: the alert's date. */
  submittedAt: Date;
  /** Made once when the form opened (newReference), reused on retry. */
  reference: string;
  /** Made once when the form opened (newIdempotencyKey), reused on retry. */
  idempotencyKey: string;
}

export type PrepareAlertResult = { ok: true; alert: Alert } | { ok: false; errors: FieldError[] };

/** Normalise, validate and complete an alert for the store (R3-R7). */
export function prepareAlert(draft: AlertDraft, ctx: AlertContext, meta: SubmitMeta): PrepareAlertResult {
  const normalised = normaliseAlert(draft);
  const errors = validateAlert(normalised, ctx);
  const route = routeFor(normalised, ctx.serviceAreas);
  if (errors.length > 0 || route === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    alert: {
      ...normalised,
      reference: meta.reference,
      idempotencyKey: meta.idempotencyKey,
      submittedAt: meta.submittedAt,
      consentStatus: consentStatusFor(normalised),
      route
    }
  };
}

// ---------------------------------------------------------------------------------------------
// R21: what the raiser sees.

/**
 * R21: the raiser sees only whether their alert was received, is being worked on, or is closed: never the
 * RAG, the record or who else has seen it. An alert with no case yet is 'Received'.
 */
export function publicStatusFor(status: CaseStatus | undefined): PublicStatus {
  switch (status) {
    case undefined:
    case 'New':
      return 'Received';
    case 'Closed':
      return 'Closed';
    default:
      return 'InProgress';
  }
}

// ---------------------------------------------------------------------------------------------
// R4: the worker's copy.

/** A plausible e-mail address: one @, something before it, a dotted domain after it, no spaces. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/.test(value.trim()) && value.trim().length <= 254;
}

/**
 * R4: what is wrong with the address a colleague gives for the worker's copy, or undefined. The copy is only
 * asked for on an alert completed on the worker's behalf.
 */
export function copyAddressError(draft: Pick<AlertDraft, 'completedBy' | 'sendWorkerCopy'>, address: string): FieldError | undefined {
  if (draft.completedBy !== 'Colleague' || !draft.sendWorkerCopy) {
    return undefined;
  }
  if (address.trim() === '') {
    return { field: 'sendWorkerCopy', message: "Enter your colleague's work email address, or untick sending them a copy" };
  }
  return isEmailAddress(address)
    ? undefined
    : { field: 'sendWorkerCopy', message: 'Enter an email address in the correct format, like name@example.com' };
}
