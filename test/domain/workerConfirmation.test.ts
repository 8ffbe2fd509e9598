import { CommandContext, openCase } from '../../src/domain/caseLifecycle';
import {
  AlertConsentFacts,
  confirmationFault,
  confirmationLink,
  consentRecordedAs,
  isProofHash,
  isProofSecret,
  proofSecretFromBytes,
  readConfirmationRequest,
  recordWorkerConfirmation,
  wantsConfirmationLink,
  WorkerConfirmation,
  workerConfirmationState
} from '../../src/domain/workerConfirmation';

const SECRET = proofSecretFromBytes(Uint8Array.from({ length: 32 }, (_, i) => i * 7));
const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);

const alert: AlertConsentFacts = {
  reference: 'WB-ACDE-FGHJ',
  completedBy: 'Colleague',
  anonymous: false,
  consentProofHash: HASH,
  workerCopyTo: 'Jo.Bloggs@leics.gov.uk'
};

function confirmation(overrides: Partial<WorkerConfirmation> = {}): WorkerConfirmation {
  return {
    reference: 'WB-ACDE-FGHJ',
    proofHash: HASH,
    author: { id: 22, email: 'jo.bloggs@leics.gov.uk', displayName: 'Jo Bloggs' },
    confirmedAt: new Date('2026-03-03T10:00:00Z'),
    byRaiser: false,
    ...overrides
  };
}

describe('R4 the worker confirms from their own account: the secret and the link', () => {
  it('makes a 43-character base64url secret from 32 bytes, and refuses any other length', () => {
    expect(SECRET).toHaveLength(43);
    expect(isProofSecret(SECRET)).toBe(true);
    expect(proofSecretFromBytes(new Uint8Array(32).fill(255))).toBe('_'.repeat(42) + '8');
    expect(() => proofSecretFromBytes(new Uint8Array(16))).toThrow();
  });

  it('tells a well-formed secret and hash from anything else', () => {
    expect(isProofSecret(SECRET + 'A')).toBe(false);
    expect(isProofSecret('short')).toBe(false);
    expect(isProofSecret(SECRET.slice(0, 42) + '=')).toBe(false);
    expect(isProofHash(HASH)).toBe(true);
    expect(isProofHash(HASH.toUpperCase())).toBe(false);
    expect(isProofHash('')).toBe(false);
  });

  it('puts the reference in the query and the secret in the fragment, dropping what the page address had', () => {
    const link = confirmationLink('https://council.sharepoint.com/sites/people/SitePages/Wellbeing.aspx?debug=1#top', 'WB-ACDE-FGHJ', SECRET);
    expect(link).toBe(`https://council.sharepoint.com/sites/people/SitePages/Wellbeing.aspx?wellbeingConfirm=WB-ACDE-FGHJ#proof=${SECRET}`);
    const url = new URL(link);
    // The secret is never in what the browser sends to the server.
    expect(url.search).not.toContain(SECRET);
    expect(url.hash).toContain(SECRET);
    expect(() => confirmationLink('https://x/', 'WB-ACDE-FGHJ', 'not-a-secret')).toThrow();
  });

  it('reads the link back, with or without its secret, and ignores ordinary pages', () => {
    const url = new URL(confirmationLink('https://x/page.aspx', 'WB-ACDE-FGHJ', SECRET));
    expect(readConfirmationRequest(url.search, url.hash)).toEqual({ reference: 'WB-ACDE-FGHJ', secret: SECRET });
    expect(readConfirmationRequest(url.search, '')).toEqual({ reference: 'WB-ACDE-FGHJ', secret: undefined });
    expect(readConfirmationRequest(url.search, '#proof=abc')).toEqual({ reference: 'WB-ACDE-FGHJ', secret: undefined });
    expect(readConfirmationRequest('?other=1', '#proof=' + SECRET)).toBeUndefined();
    expect(readConfirmationRequest('', '')).toBeUndefined();
  });
});

describe('R4 a worker confirmation counts only with the proof and the worker account', () => {
  it('counts one with the matching proof, written by the account the copy went to', () => {
    expect(confirmationFault(alert, confirmation())).toBeUndefined();
    expect(workerConfirmationState(alert, [confirmation()])).toEqual({
      kind: 'confirmed',
      confirmedAt: new Date('2026-03-03T10:00:00Z'),
      by: { email: 'jo.bloggs@leics.gov.uk', displayName: 'Jo Bloggs' }
    });
  });

  it('refuses one written by the raiser, even with the right proof and the copy sent to themselves', () => {
    const raiserAsWorker = { ...alert, workerCopyTo: 'colleague@leics.gov.uk' };
    const byRaiser = confirmation({ author: { id: 11, email: 'colleague@leics.gov.uk', displayName: 'A Colleague' }, byRaiser: true });
    expect(confirmationFault(raiserAsWorker, byRaiser)).toBe('byRaiser');
    expect(workerConfirmationState(raiserAsWorker, [byRaiser])).toEqual({ kind: 'waiting' });
  });

  it('refuses one without the secret, with another secret, for another alert or from another account', () => {
    expect(confirmationFault(alert, confirmation({ proofHash: '' }))).toBe('noProof');
    expect(confirmationFault(alert, confirmation({ proofHash: OTHER_HASH }))).toBe('wrongProof');
    expect(confirmationFault(alert, confirmation({ reference: 'WB-ACDE-FGHK' }))).toBe('otherAlert');
    expect(confirmationFault(alert, confirmation({ author: { id: 33, email: 'someone.else@leics.gov.uk', displayName: 'S' } }))).toBe(
      'notTheCopyAddress'
    );
    expect(confirmationFault({ ...alert, consentProofHash: '' }, confirmation())).toBe('noProof');
  });

  it('shows the earliest confirmation that counts and ignores the ones that do not', () => {
    const later = confirmation({ confirmedAt: new Date('2026-03-04T10:00:00Z') });
    const forged = confirmation({ confirmedAt: new Date('2026-03-02T10:00:00Z'), proofHash: OTHER_HASH });
    const state = workerConfirmationState(alert, [later, forged, confirmation()]);
    expect(state.kind === 'confirmed' && state.confirmedAt.toISOString()).toBe('2026-03-03T10:00:00.000Z');
  });

  it('R5: an anonymous alert gets no link and needs no confirmation, so a worker can never reveal themselves by one', () => {
    expect(wantsConfirmationLink({ completedBy: 'Colleague', anonymous: true, sendWorkerCopy: true })).toBe(false);
    expect(wantsConfirmationLink({ completedBy: 'Colleague', anonymous: false, sendWorkerCopy: true })).toBe(true);
    expect(wantsConfirmationLink({ completedBy: 'Colleague', anonymous: false, sendWorkerCopy: false })).toBe(false);
    expect(wantsConfirmationLink({ completedBy: 'Worker', anonymous: false, sendWorkerCopy: true })).toBe(false);
    expect(workerConfirmationState({ ...alert, anonymous: true }, [confirmation()])).toEqual({ kind: 'notNeeded' });
  });

  it('needs nothing when the worker raised it, and says when no link was sent', () => {
    expect(workerConfirmationState({ ...alert, completedBy: 'Worker' }, [])).toEqual({ kind: 'notNeeded' });
    expect(workerConfirmationState({ ...alert, consentProofHash: '' }, [confirmation()])).toEqual({ kind: 'noLink' });
    expect(workerConfirmationState({ ...alert, workerCopyTo: ' ' }, [confirmation()])).toEqual({ kind: 'noLink' });
    expect(workerConfirmationState(alert, [])).toEqual({ kind: 'waiting' });
  });
});

describe('R4 consent is recorded as the worker confirmed or as triage in conversation, kept distinct', () => {
  const ctx = (hours: number): CommandContext => ({ at: new Date(Date.UTC(2026, 2, 3, 9 + hours)), by: 'psw@leics.gov.uk' });
  const opened = (() => {
    const result = openCase({ reference: alert.reference, route: 'PSW', anonymous: false, consentStatus: 'StatedByRaiser' }, ctx(0));
    if (!result.ok) throw new Error(result.reason);
    return result.case;
  })();
  const confirmed = workerConfirmationState(alert, [confirmation()]);

  it('names how consent was recorded, from the case and the proved confirmation only', () => {
    expect(consentRecordedAs('StatedByRaiser', { kind: 'waiting' })).toBeUndefined();
    expect(consentRecordedAs('StatedByRaiser', { kind: 'noLink' })).toBeUndefined();
    expect(consentRecordedAs('StatedByRaiser', confirmed)).toBe('workerConfirmed');
    expect(consentRecordedAs('ConfirmedByTriage', { kind: 'waiting' })).toBe('triageInConversation');
    expect(consentRecordedAs('ConfirmedByWorker', { kind: 'waiting' })).toBe('workerConfirmed');
    expect(consentRecordedAs('NotNeeded', { kind: 'notNeeded' })).toBe('notNeeded');
  });

  it('records ConfirmedByWorker on the case only when a confirmation was proved', () => {
    expect(recordWorkerConfirmation(opened, ctx(1), { kind: 'waiting' })).toEqual({ ok: false, reason: 'ConsentNotRecorded' });
    const result = recordWorkerConfirmation(opened, ctx(1), confirmed);
    expect(result.ok && result.case.consentStatus).toBe('ConfirmedByWorker');
    expect(result.ok && result.events.map((e) => [e.kind, e.from, e.to])).toEqual([['ConsentConfirmed', 'StatedByRaiser', 'ConfirmedByWorker']]);
  });
});
