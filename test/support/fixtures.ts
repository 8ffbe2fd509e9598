import type { WellbeingConfig } from '../../src/services/store/IWellbeingStore';
import { Alert, AlertDraft, emptyAlertDraft, prepareAlert } from '../../src/domain/alert';
import { newIdempotencyKey, newReference } from '../../src/domain/reference';
import { locations, serviceAreas } from '../../src/referenceData';

/** A seeded generator, so references and keys are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export const SUBMITTED_AT = new Date('2025-06-02T09:30:00.000Z');

export function namedDraft(overrides: Partial<AlertDraft> = {}): AlertDraft {
  return {
    ...emptyAlertDraft('Worker'),
    workerName: "Pat O'Neil",
    role: 'Social worker',
    serviceAreaId: 'childrens-social-care',
    teamId: 'csc-first-response',
    locationId: 'county-hall',
    details: 'Workload has been too high for months.',
    actionTaken: 'Spoke to my manager.',
    whatNeedsToHappen: 'A review of caseloads.',
    firstQuestions: { raisedWithManager: true, acknowledged: true, helpful: false, wantsIndependentPerson: true },
    ...overrides
  };
}

export function makeAlert(seed: number, overrides: Partial<AlertDraft> = {}): Alert {
  const random = seeded(seed);
  const prepared = prepareAlert(namedDraft(overrides), { serviceAreas, locations }, {
    submittedAt: SUBMITTED_AT,
    reference: newReference(random),
    idempotencyKey: newIdempotencyKey(random)
  });
  if (!prepared.ok) {
    throw new Error(`fixture does not validate: ${JSON.stringify(prepared.errors)}`);
  }
  return prepared.alert;
}

export function anonymousAlert(seed: number): Alert {
  return makeAlert(seed, { anonymous: true, workerName: '', role: '', teamId: '' });
}

/**
 * The settings a new site starts with (the provisioner's defaults: R10 calendar hours, R20 threshold three,
 * R23 six years, quarters from April, no relay), with whatever a test changes.
 */
export function testConfig(overrides: Partial<WellbeingConfig> = {}): WellbeingConfig {
  return {
    slaMode: 'calendar',
    suppressionThreshold: 3,
    serviceManagers: {},
    hosSafeguarding: [],
    triageTeam: [],
    retentionYears: 6,
    quarterStartMonth: 4,
    raw: {},
    ...overrides
  };
}
