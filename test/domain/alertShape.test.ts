// Issue 16: a body from outside the form becomes a draft the form's rules can judge, whatever its shape.
import { emptyAlertDraft, validateAlert } from '../../src/domain/alert';
import { draftFromUnknown } from '../../src/domain/alertShape';
import { locations, serviceAreas } from '../../src/referenceData';

test('a well-formed draft comes through unchanged', () => {
  const draft = {
    ...emptyAlertDraft('Colleague'),
    consentMode: 'WorkerSeenAndAgreed' as const,
    anonymous: true,
    serviceAreaId: 'childrens-social-care',
    details: 'd',
    actionTaken: 'a',
    whatNeedsToHappen: 'w',
    protectedCharacteristic: true,
    networks: ['BameNetwork' as const],
    firstQuestions: { raisedWithManager: true, managerResponse: 'ok', acknowledged: false, helpful: false }
  };
  expect(draftFromUnknown(JSON.parse(JSON.stringify(draft)))).toEqual({ draft, errors: [] });
});

test.each([null, 'text', 42, [], undefined])('%p is an empty draft with the radios unanswered', (body) => {
  const { draft, errors } = draftFromUnknown(body);
  expect(errors).toEqual([{ field: 'completedBy', message: 'Select whether you are the worker or a colleague' }]);
  expect(validateAlert(draft, { serviceAreas, locations }).map((e) => e.field)).toEqual(
    expect.arrayContaining(['workerName', 'role', 'serviceAreaId', 'details', 'actionTaken', 'whatNeedsToHappen'])
  );
});

test('wrong types are blank or false, unknown networks and fields are dropped, and the form says what is missing', () => {
  const { draft } = draftFromUnknown({
    completedBy: 'Colleague',
    consentMode: 'Because I said so',
    anonymous: 'yes',
    details: { $ne: '' },
    networks: ['BameNetwork', 'Freemasons', 7],
    firstQuestions: { raisedWithManager: 'no', wantsIndependentPerson: false, managerResponse: 5 },
    AuthorId: 11,
    PublicStatus: 'Closed'
  });
  expect(draft.anonymous).toBe(false);
  expect(draft.details).toBe('');
  expect(draft.networks).toEqual(['BameNetwork']);
  expect(draft.firstQuestions).toEqual({ wantsIndependentPerson: false });
  expect(draft).not.toHaveProperty('AuthorId');
  expect(draft).not.toHaveProperty('PublicStatus');
  expect(validateAlert(draft, { serviceAreas, locations })).toEqual(
    expect.arrayContaining([
      { field: 'consentMode', message: 'Select how your colleague agreed to this alert being shared' },
      { field: 'details', message: 'Enter the details of the concern' }
    ])
  );
});
