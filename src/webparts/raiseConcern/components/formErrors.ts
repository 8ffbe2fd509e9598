// What stops the raise form going on to Check your answers, in the order the form asks it.
import * as strings from 'RaiseConcernWebPartStrings';
import { copyAddressError, FieldError, prepareAlert } from '../../../domain/alert';
import type { Organisation } from '../../../domain/organisation';
import type { FormChoice, SavedRaise } from './draftStorage';

/** The form's fields in the order they appear, so the error summary reads top to bottom. */
const FORM_ORDER: readonly string[] = [
  'consentMode',
  'sendWorkerCopy',
  'anonymous',
  'workerName',
  'role',
  'serviceAreaId',
  'teamId',
  'locationId',
  'details',
  'actionTaken',
  'whatNeedsToHappen',
  'concernInvolvesManager',
  'nextPersonInLine',
  'protectedCharacteristic',
  'managerResponse'
];

/**
 * What stops the form going on to Check your answers: the domain's rules (R3-R7), the worker's copy address
 * (R4), and the questions that start unanswered (consent R4, anonymity R5, protected characteristic R7).
 * `organisation` is what a new alert may choose (issue 18: nothing retired). Until anonymity is answered the name, role and team are not asked, so their errors wait for it.
 */
export function formErrors(state: SavedRaise, organisation: Organisation): FieldError[] {
  const draft = state.draft;
  const answered = (choice: FormChoice): boolean => state.chosen.includes(choice);
  const prepared = prepareAlert(draft, organisation, { submittedAt: new Date(), reference: state.reference, idempotencyKey: state.idempotencyKey });
  let found: FieldError[] = prepared.ok ? [] : prepared.errors;
  if (!answered('anonymous')) {
    found = found.filter((e) => e.field !== 'workerName' && e.field !== 'role' && e.field !== 'teamId');
    found.push({ field: 'anonymous', message: strings.AnonymousRequired[draft.completedBy] });
  }
  if (draft.completedBy === 'Colleague' && !answered('consentMode')) {
    found = found.filter((e) => e.field !== 'consentMode');
    found.push({ field: 'consentMode', message: strings.ConsentRequired });
  }
  if (!answered('protectedCharacteristic')) {
    found.push({ field: 'protectedCharacteristic', message: strings.ProtectedRequired });
  }
  const copyError = copyAddressError(draft, state.copyTo);
  if (copyError) {
    found.push(copyError);
  }
  const order = (e: FieldError): number => FORM_ORDER.indexOf(e.field);
  return found.map((e, i) => ({ e, i })).sort((a, b) => order(a.e) - order(b.e) || a.i - b.i).map((x) => x.e);
}
