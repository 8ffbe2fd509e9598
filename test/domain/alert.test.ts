import {
  AlertContext,
  AlertDraft,
  consentStatusFor,
  copyAddressError,
  emptyAlertDraft,
  FirstQuestions,
  firstQuestionsOutcome,
  isActionableAsNamed,
  isEmailAddress,
  nextFirstQuestion,
  normaliseAlert,
  normaliseAnonymous,
  prepareAlert,
  publicStatusFor,
  validateAlert
} from '../../src/domain/alert';
import { ALERT_LIMITS } from '../../src/domain/limits';
import { CASE_STATUSES, CONSENT_STATUSES, ServiceArea } from '../../src/domain/types';

const serviceAreas: ServiceArea[] = [
  {
    id: 'csc',
    name: "Children's Social Care",
    route: 'PSW',
    teams: [
      { id: 'csc-first-response', name: 'First Response' },
      { id: 'csc-fostering', name: 'Fostering' }
    ]
  },
  {
    id: 'cfws',
    name: 'Children and Family Wellbeing Service',
    route: 'AP',
    teams: [{ id: 'cfws-north', name: 'North Locality' }]
  }
];
const ctx: AlertContext = {
  serviceAreas,
  locations: [
    { id: 'county-hall', name: 'County Hall' },
    { id: 'loughborough', name: 'Loughborough' }
  ]
};

function named(overrides: Partial<AlertDraft> = {}): AlertDraft {
  return {
    ...emptyAlertDraft('Worker'),
    workerName: 'Sam Patel',
    role: 'Social Worker',
    teamId: 'csc-first-response',
    serviceAreaId: 'csc',
    locationId: 'county-hall',
    details: 'I have been struggling with the caseload since March.',
    actionTaken: 'Nothing yet.',
    whatNeedsToHappen: 'A conversation about workload.',
    ...overrides
  };
}

function fieldsOf(draft: AlertDraft): string[] {
  return validateAlert(draft, ctx).map((e) => e.field);
}

function messageFor(draft: AlertDraft, field: string): string | undefined {
  return validateAlert(draft, ctx).find((e) => e.field === field)?.message;
}

describe('R2: first questions before the form', () => {
  it('R2: nothing answered asks whether it was raised with the manager', () => {
    expect(nextFirstQuestion({})).toBe('raisedWithManager');
    expect(firstQuestionsOutcome({})).toBe('incomplete');
  });

  it('R2: raised with the manager asks whether it was acknowledged, then whether it helped', () => {
    expect(nextFirstQuestion({ raisedWithManager: true })).toBe('acknowledged');
    expect(nextFirstQuestion({ raisedWithManager: true, acknowledged: true })).toBe('helpful');
    expect(firstQuestionsOutcome({ raisedWithManager: true, acknowledged: true })).toBe('incomplete');
  });

  it('R2: acknowledged and helpful leads back to the manager, not into the form', () => {
    const q: FirstQuestions = { raisedWithManager: true, managerResponse: 'We agreed a plan', acknowledged: true, helpful: true };
    expect(nextFirstQuestion(q)).toBeUndefined();
    expect(firstQuestionsOutcome(q)).toBe('talkToManager');
  });

  it('R2: someone helped by their manager may still choose an independent person', () => {
    expect(
      firstQuestionsOutcome({ raisedWithManager: true, acknowledged: true, helpful: true, wantsIndependentPerson: true })
    ).toBe('independentPerson');
  });

  it('R2: raised but not acknowledged or not helpful asks about an independent person', () => {
    expect(nextFirstQuestion({ raisedWithManager: true, acknowledged: false, helpful: false })).toBe('wantsIndependentPerson');
    expect(nextFirstQuestion({ raisedWithManager: true, acknowledged: true, helpful: false })).toBe('wantsIndependentPerson');
    expect(
      firstQuestionsOutcome({ raisedWithManager: true, acknowledged: true, helpful: false, wantsIndependentPerson: true })
    ).toBe('independentPerson');
  });

  it('R2: not raised asks whether the concern involves the manager, then whether they feel able to raise it', () => {
    expect(nextFirstQuestion({ raisedWithManager: false })).toBe('concernInvolvesManager');
    expect(nextFirstQuestion({ raisedWithManager: false, concernInvolvesManager: false })).toBe('ableToRaiseWithManager');
  });

  it('R2: able to raise it with the manager leads to talking to the manager', () => {
    const q: FirstQuestions = { raisedWithManager: false, concernInvolvesManager: false, ableToRaiseWithManager: true };
    expect(nextFirstQuestion(q)).toBeUndefined();
    expect(firstQuestionsOutcome(q)).toBe('talkToManager');
  });

  it('R2: not able to raise it asks about an independent person; yes goes to the form', () => {
    const q: FirstQuestions = { raisedWithManager: false, concernInvolvesManager: false, ableToRaiseWithManager: false };
    expect(nextFirstQuestion(q)).toBe('wantsIndependentPerson');
    expect(firstQuestionsOutcome({ ...q, wantsIndependentPerson: true })).toBe('independentPerson');
  });

  it('R2, R5: when the concern involves the manager we never ask whether they can raise it with them', () => {
    const q: FirstQuestions = { raisedWithManager: false, concernInvolvesManager: true };
    expect(nextFirstQuestion(q)).toBe('wantsIndependentPerson');
    expect(firstQuestionsOutcome({ ...q, wantsIndependentPerson: true })).toBe('independentPerson');
  });

  it('R2, R5: not wanting an independent person offers the anonymous alert', () => {
    expect(
      firstQuestionsOutcome({ raisedWithManager: false, concernInvolvesManager: true, wantsIndependentPerson: false })
    ).toBe('anonymousAlert');
    expect(
      firstQuestionsOutcome({ raisedWithManager: true, acknowledged: false, helpful: false, wantsIndependentPerson: false })
    ).toBe('anonymousAlert');
  });
});

describe('R3: the alert form', () => {
  it('R3: a complete named alert has no errors', () => {
    expect(validateAlert(named(), ctx)).toEqual([]);
  });

  it('R3: a blank form names every required field in plain words', () => {
    const errors = validateAlert(emptyAlertDraft('Worker'), ctx);
    expect(errors).toEqual([
      { field: 'workerName', message: 'Enter your name' },
      { field: 'role', message: 'Enter your role' },
      { field: 'serviceAreaId', message: 'Select a service area' },
      { field: 'teamId', message: 'Select your team' },
      { field: 'details', message: 'Enter the details of your concern' },
      { field: 'actionTaken', message: 'Enter what action has already been taken. If nothing has been done yet, say so' },
      { field: 'whatNeedsToHappen', message: 'Enter what you feel needs to happen' }
    ]);
  });

  it('R3: whitespace-only text counts as empty', () => {
    const draft = named({ workerName: '   ', role: '\t', details: ' \n ', actionTaken: '\u00a0', whatNeedsToHappen: '  ' });
    expect(fieldsOf(draft)).toEqual(['workerName', 'role', 'details', 'actionTaken', 'whatNeedsToHappen']);
  });

  it('R3: details longer than the limit are refused with the limit written out', () => {
    expect(messageFor(named({ details: 'a'.repeat(ALERT_LIMITS.details + 1) }), 'details')).toBe(
      'Details must be 5,000 characters or fewer'
    );
    expect(fieldsOf(named({ details: 'a'.repeat(ALERT_LIMITS.details) }))).toEqual([]);
    expect(fieldsOf(named({ details: `  ${'a'.repeat(ALERT_LIMITS.details)}  ` }))).toEqual([]);
  });

  it('R3: every text field has its limit', () => {
    const long = (n: number): string => 'x'.repeat(n + 1);
    const draft = named({
      workerName: long(ALERT_LIMITS.workerName),
      role: long(ALERT_LIMITS.role),
      actionTaken: long(ALERT_LIMITS.actionTaken),
      whatNeedsToHappen: long(ALERT_LIMITS.whatNeedsToHappen),
      concernInvolvesManager: true,
      nextPersonInLine: long(ALERT_LIMITS.nextPersonInLine),
      firstQuestions: { raisedWithManager: true, managerResponse: long(ALERT_LIMITS.managerResponse) }
    });
    expect(validateAlert(draft, ctx)).toEqual([
      { field: 'workerName', message: 'Name must be 255 characters or fewer' },
      { field: 'role', message: 'Role must be 255 characters or fewer' },
      { field: 'actionTaken', message: 'What action has already been taken must be 3,000 characters or fewer' },
      { field: 'whatNeedsToHappen', message: 'What needs to happen must be 3,000 characters or fewer' },
      { field: 'nextPersonInLine', message: 'Name of the next person must be 255 characters or fewer' },
      { field: 'managerResponse', message: "Your manager's response must be 2,000 characters or fewer" }
    ]);
  });

  it('R3: ids must exist in the reference data', () => {
    expect(messageFor(named({ serviceAreaId: 'nope' }), 'serviceAreaId')).toBe('Select a service area from the list');
    expect(messageFor(named({ teamId: 'nope' }), 'teamId')).toBe('Select a team from the list');
    expect(messageFor(named({ locationId: 'nope' }), 'locationId')).toBe('Select a location from the list');
  });

  it('R3: the team must belong to the chosen service area', () => {
    expect(messageFor(named({ teamId: 'cfws-north' }), 'teamId')).toBe('Select a team in the service area you chose');
    expect(fieldsOf(named({ serviceAreaId: 'cfws', teamId: 'cfws-north' }))).toEqual([]);
  });

  it('R3: the location is optional', () => {
    expect(fieldsOf(named({ locationId: '' }))).toEqual([]);
    expect(fieldsOf(named({ locationId: ' ' }))).toEqual([]);
  });
});

describe('R4: on behalf of a colleague', () => {
  const colleague = (overrides: Partial<AlertDraft> = {}): AlertDraft =>
    named({ completedBy: 'Colleague', consentMode: 'CompletedTogether', ...overrides });

  it('R4: a colleague must say how the worker agreed', () => {
    expect(messageFor(colleague({ consentMode: 'NotNeeded' }), 'consentMode')).toBe(
      'Select how your colleague agreed to this alert being shared'
    );
    expect(fieldsOf(colleague({ consentMode: 'CompletedTogether' }))).toEqual([]);
    expect(fieldsOf(colleague({ consentMode: 'WorkerSeenAndAgreed' }))).toEqual([]);
  });

  it('R4: the worker completing it for themselves gives no consent mode', () => {
    expect(fieldsOf(named({ consentMode: 'CompletedTogether' }))).toEqual(['consentMode']);
    expect(normaliseAlert(named({ consentMode: 'WorkerSeenAndAgreed' })).consentMode).toBe('NotNeeded');
  });

  it("R4: messages speak of the colleague when a colleague completes the form", () => {
    const errors = validateAlert({ ...emptyAlertDraft('Colleague') }, ctx);
    expect(errors.map((e) => e.message)).toEqual([
      "Enter your colleague's name",
      "Enter your colleague's role",
      'Select a service area',
      "Select your colleague's team",
      'Enter the details of the concern',
      'Enter what action has already been taken. If nothing has been done yet, say so',
      'Enter what your colleague feels needs to happen'
    ]);
    expect(emptyAlertDraft('Colleague').consentMode).toBe('CompletedTogether');
    expect(emptyAlertDraft().consentMode).toBe('NotNeeded');
  });

  it('R4: consent is not needed for the worker and stated by the raiser for a colleague', () => {
    expect(consentStatusFor({ completedBy: 'Worker' })).toBe('NotNeeded');
    expect(consentStatusFor({ completedBy: 'Colleague' })).toBe('StatedByRaiser');
  });

  it("R4: an on-behalf alert is acted on as named only once the worker or triage confirms consent", () => {
    const actionable = CONSENT_STATUSES.filter((s) => isActionableAsNamed(s));
    expect(actionable).toEqual(['NotNeeded', 'ConfirmedByWorker', 'ConfirmedByTriage']);
    expect(isActionableAsNamed('StatedByRaiser')).toBe(false);
  });
});

describe('R5: anonymous alerts', () => {
  const anonymous = (overrides: Partial<AlertDraft> = {}): AlertDraft =>
    named({ anonymous: true, workerName: '', role: '', teamId: '', ...overrides });

  it('R5: an anonymous alert with a service area and the three texts is accepted', () => {
    expect(validateAlert(anonymous(), ctx)).toEqual([]);
  });

  it('R5: an anonymous alert without a service area is refused', () => {
    expect(validateAlert(anonymous({ serviceAreaId: '' }), ctx)).toEqual([
      { field: 'serviceAreaId', message: 'Select a service area' }
    ]);
  });

  it('R5: an anonymous alert does not carry a name, role or team', () => {
    const draft = anonymous({ workerName: 'Sam', role: 'SW', teamId: 'csc-fostering' });
    expect(fieldsOf(draft)).toEqual(['workerName', 'role', 'teamId']);
    expect(messageFor(draft, 'workerName')).toBe('Remove the name, or choose to give your details');
  });

  it('R5: normaliseAnonymous strips the hidden name, role and team', () => {
    const stripped = normaliseAnonymous(named({ anonymous: true }));
    expect(stripped.workerName).toBe('');
    expect(stripped.role).toBe('');
    expect(stripped.teamId).toBe('');
    expect(stripped.serviceAreaId).toBe('csc');
    expect(stripped.locationId).toBe('county-hall');
    expect(validateAlert(stripped, ctx)).toEqual([]);
  });

  it('R5: a named alert is left alone by normaliseAnonymous', () => {
    const draft = named();
    expect(normaliseAnonymous(draft)).toBe(draft);
  });

  it('R5: a named alert needs name, role, team and service area', () => {
    expect(fieldsOf(named({ workerName: '', role: '', teamId: '', serviceAreaId: '' }))).toEqual([
      'workerName',
      'role',
      'serviceAreaId',
      'teamId'
    ]);
  });

  it('R5: the next person in line is kept only when the concern involves the manager', () => {
    expect(normaliseAlert(named({ concernInvolvesManager: true, nextPersonInLine: ' Jo Smith ' })).nextPersonInLine).toBe(
      'Jo Smith'
    );
    expect(normaliseAlert(named({ concernInvolvesManager: false, nextPersonInLine: 'Jo Smith' })).nextPersonInLine).toBe('');
  });
});

describe('R7: protected characteristics', () => {
  it('R7: networks can be chosen when the concern relates to a protected characteristic', () => {
    const draft = named({ protectedCharacteristic: true, networks: ['BameNetwork', 'LgbtStaffNetwork'], raceChampionRequested: true });
    expect(validateAlert(draft, ctx)).toEqual([]);
  });

  it('R7: networks or a Race Champion without the protected characteristic answer are refused', () => {
    expect(fieldsOf(named({ networks: ['DisabledWorkersGroup'] }))).toEqual(['protectedCharacteristic']);
    expect(fieldsOf(named({ raceChampionRequested: true }))).toEqual(['protectedCharacteristic']);
  });

  it('R7: normalising drops network choices left over from a "no" answer, and duplicates', () => {
    const off = normaliseAlert(named({ networks: ['BameNetwork'], raceChampionRequested: true }));
    expect(off.networks).toEqual([]);
    expect(off.raceChampionRequested).toBe(false);
    const on = normaliseAlert(named({ protectedCharacteristic: true, networks: ['BameNetwork', 'BameNetwork'] }));
    expect(on.networks).toEqual(['BameNetwork']);
  });
});

describe('R3, R4, R6: preparing an alert for the store', () => {
  const meta = { submittedAt: new Date('2025-03-04T10:00:00Z'), reference: 'WB-AAAA-AAAA', idempotencyKey: 'k' };

  it('R3: the alert is trimmed, dated with the submit time and routed', () => {
    const result = prepareAlert(named({ details: '  Worried  ', firstQuestions: { managerResponse: ' ok ' } }), ctx, meta);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.alert.details).toBe('Worried');
      expect(result.alert.firstQuestions.managerResponse).toBe('ok');
      expect(result.alert.submittedAt).toBe(meta.submittedAt);
      expect(result.alert.reference).toBe('WB-AAAA-AAAA');
      expect(result.alert.idempotencyKey).toBe('k');
      expect(result.alert.route).toBe('PSW');
      expect(result.alert.consentStatus).toBe('NotNeeded');
    }
  });

  it('R4, R6: an on-behalf alert asking for a Race Champion is routed to the lead with consent stated by the raiser', () => {
    const result = prepareAlert(
      named({
        completedBy: 'Colleague',
        consentMode: 'WorkerSeenAndAgreed',
        protectedCharacteristic: true,
        networks: ['BameNetwork'],
        raceChampionRequested: true
      }),
      ctx,
      meta
    );
    expect(result.ok && result.alert.route).toBe('RaceChampionLead');
    expect(result.ok && result.alert.consentStatus).toBe('StatedByRaiser');
  });

  it('R5: an anonymous alert typed with a name is submitted without it', () => {
    const result = prepareAlert(named({ anonymous: true }), ctx, meta);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.alert.workerName).toBe('');
      expect(result.alert.role).toBe('');
      expect(result.alert.teamId).toBe('');
    }
  });

  it('R3: an invalid draft is refused with its errors', () => {
    const result = prepareAlert(emptyAlertDraft(), ctx, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBe(7);
    }
  });
});

describe('R21: what the raiser sees', () => {
  it('R21: the raiser sees Received, In progress or Closed, never a RAG', () => {
    expect(publicStatusFor(undefined)).toBe('Received');
    expect(CASE_STATUSES.map((s) => publicStatusFor(s))).toEqual([
      'Received',
      'InProgress',
      'InProgress',
      'InProgress',
      'InProgress',
      'Closed'
    ]);
  });
});

describe("R4: the address for the worker's copy", () => {
  const colleague = { completedBy: 'Colleague' as const, sendWorkerCopy: true };

  it('is only asked for when a colleague chose to send a copy', () => {
    expect(copyAddressError({ completedBy: 'Worker', sendWorkerCopy: true }, '')).toBeUndefined();
    expect(copyAddressError({ completedBy: 'Colleague', sendWorkerCopy: false }, '')).toBeUndefined();
  });

  it('must be given and look like an e-mail address', () => {
    expect(copyAddressError(colleague, '  ')?.message).toBe("Enter your colleague's work email address, or untick sending them a copy");
    for (const bad of ['jo', 'jo@', '@leics.gov.uk', 'jo bloggs@leics.gov.uk', 'jo@leics', 'a@b.c,d@e.f']) {
      expect({ bad, error: copyAddressError(colleague, bad)?.message }).toEqual({ bad, error: 'Enter an email address in the correct format, like name@example.com' });
    }
    expect(copyAddressError(colleague, ' jo.bloggs@leics.gov.uk ')).toBeUndefined();
    expect(isEmailAddress('jo.bloggs+wellbeing@leics.gov.uk')).toBe(true);
  });
});
