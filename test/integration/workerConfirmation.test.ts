/*
 * R4 (issue 14): the worker confirms consent from their own account, against the emulator as each persona.
 * A colleague raises on the worker's behalf with a copy (and its link) to the worker; the confirmation is an
 * item in WellbeingConsentConfirmations that only its author and triage can read. The colleague cannot make
 * a confirmation that counts (their own account, a forged Author, no secret), another member of staff who
 * got hold of the link cannot either, the worker can, triage reads it, nobody else can read or change it.
 */
import { webcrypto } from 'crypto';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Alert } from '../../src/domain/alert';
import { confirmationLink, readConfirmationRequest } from '../../src/domain/workerConfirmation';
import { AlertsList, ConsentConfirmationsList } from '../../src/schema';
import { newConsentProof, ProofCrypto } from '../../src/services/consent/consentProof';
import type { AlertRecord } from '../../src/services/store/IWellbeingStore';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';
import { storedItems, storeOn, value } from './support/stores';

jest.setTimeout(90_000);

const NOW = new Date('2026-10-12T10:00:00Z');
const PAGE = 'https://leics.sharepoint.com/sites/peopleservices/SitePages/Wellbeing.aspx';
const crypto = webcrypto as unknown as ProofCrypto;

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

const storeAs = (persona: Persona): ReturnType<typeof storeOn> => storeOn(site, persona, NOW);
const emailOf = (persona: Persona): string => site.email(persona);
const confirmations = (persona: Persona): ReturnType<ReturnType<EmulatorSite['as']>['web']['lists']['getByTitle']> =>
  site.as(persona).web.lists.getByTitle(ConsentConfirmationsList.title);

/** The colleague raises for staff A with a copy to staff A; returns the alert, its secret and the board's record. */
async function raisedByColleague(seed: number, copyTo: Persona = 'staffA'): Promise<{ alert: Alert; secret: string; record: AlertRecord }> {
  const proof = await newConsentProof(crypto);
  const alert: Alert = {
    ...makeAlert(seed, { completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed', sendWorkerCopy: true, workerName: 'Alex Staff' }),
    consentProofHash: proof.hash,
    workerCopyTo: emailOf(copyTo)
  };
  const colleague = storeAs('colleague');
  value(await colleague.submitAlert(alert));
  value(await colleague.sendAlertCopy(alert, emailOf(copyTo), confirmationLink(PAGE, alert.reference, proof.secret)));
  const record = value(await storeAs('psw').openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference);
  if (!record) throw new Error('not on the board');
  return { alert, secret: proof.secret, record };
}

const stateFor = async (record: AlertRecord): Promise<string> => value(await storeAs('psw').workerConfirmation(record)).kind;

describe('R4 the worker confirms from their own account (WellbeingConsentConfirmations)', () => {
  it('the copy carries the link with the secret in the fragment, and the alert holds only its hash', async () => {
    const before = site.emulator.mail().length;
    const { alert, secret, record } = await raisedByColleague(401);
    const sent = site.emulator.mail().slice(before);
    expect(sent.map((m) => m.to)).toEqual([[emailOf('staffA')]]);
    const link = /https:\S+wellbeingConfirm=\S+/.exec(sent[0].body)?.[0] ?? '';
    const url = new URL(link);
    expect(readConfirmationRequest(url.search, url.hash)).toEqual({ reference: alert.reference, secret });
    expect(record.alert.consentProofHash).toBe(alert.consentProofHash);
    expect(record.alert.workerCopyTo).toBe(emailOf('staffA'));
    const stored = JSON.stringify(storedItems(site, AlertsList));
    expect(stored).not.toContain(secret);
    expect(await stateFor(record)).toBe('waiting');
  });

  it('the worker confirms; triage sees when and by which account; a second confirm is the same one', async () => {
    const { alert, secret, record } = await raisedByColleague(402);
    const first = value(await storeAs('staffA').confirmAsWorker(alert.reference, secret));
    expect(first).toEqual({ reference: alert.reference, confirmedAt: expect.any(Date), alreadyConfirmed: false });
    const again = value(await storeAs('staffA').confirmAsWorker(alert.reference.toLowerCase(), secret));
    expect(again.alreadyConfirmed).toBe(true);
    expect(storedItems(site, ConsentConfirmationsList).filter((i) => i.values.Title === alert.reference)).toHaveLength(1);
    const state = value(await storeAs('psw').workerConfirmation(record));
    expect(state).toEqual({
      kind: 'confirmed',
      confirmedAt: first.confirmedAt,
      by: { email: emailOf('staffA'), displayName: 'Alex Staff' }
    });
  });

  it('the colleague cannot make a confirmation that counts: with the secret as themselves, or with a forged Author', async () => {
    const { alert, secret, record } = await raisedByColleague(403);
    // As themselves, through the product: stored (anyone may add), never counted (not the copy's account).
    value(await storeAs('colleague').confirmAsWorker(alert.reference, secret));
    expect(await stateFor(record)).toBe('waiting');
    // A raw write naming the worker as Author: SharePoint sets Author from the signed-in account.
    const forged = await confirmations('colleague')
      .items.add({ Title: alert.reference, ConsentProof: secret, AuthorId: site.userId('staffA') })
      .then(() => 'stored', () => 'refused');
    if (forged === 'stored') {
      const mine = storedItems(site, ConsentConfirmationsList).filter((i) => i.values.Title === alert.reference);
      expect(mine.every((i) => i.AuthorId === site.userId('colleague'))).toBe(true);
    }
    expect(await stateFor(record)).toBe('waiting');
  });

  it('the colleague who sent the copy to their own address is still not the worker', async () => {
    const { alert, secret, record } = await raisedByColleague(404, 'colleague');
    value(await storeAs('colleague').confirmAsWorker(alert.reference, secret));
    expect(await stateFor(record)).toBe('waiting');
  });

  it('nothing counts without the secret: the worker with a typed reference, or a wrong secret', async () => {
    const { alert, record } = await raisedByColleague(405);
    const refused = await storeAs('staffA').confirmAsWorker(alert.reference, '');
    expect(!refused.ok && refused.error.kind).toBe('invalidInput');
    await confirmations('staffA').items.add({ Title: alert.reference, ConsentProof: 'B'.repeat(43) });
    await confirmations('staffA').items.add({ Title: alert.reference, ConsentProof: alert.consentProofHash ?? '' });
    expect(await stateFor(record)).toBe('waiting');
  });

  it('a flood of junk confirmations from the raiser does not hide the worker confirmation', async () => {
    const { alert, secret, record } = await raisedByColleague(410);
    for (let i = 0; i < 60; i++) {
      await confirmations('colleague').items.add({ Title: alert.reference, ConsentProof: 'D'.repeat(43) });
    }
    value(await storeAs('staffA').confirmAsWorker(alert.reference, secret));
    expect(await stateFor(record)).toBe('confirmed');
  });

  it('someone else the link reached (a forwarded e-mail) cannot confirm for the worker', async () => {
    const { alert, secret, record } = await raisedByColleague(406);
    value(await storeAs('staffB').confirmAsWorker(alert.reference, secret));
    expect(await stateFor(record)).toBe('waiting');
  });

  it('only the worker and triage read a confirmation; nobody edits or deletes one', async () => {
    const { alert, secret } = await raisedByColleague(407);
    value(await storeAs('staffA').confirmAsWorker(alert.reference, secret));
    const item = storedItems(site, ConsentConfirmationsList).find((i) => i.values.Title === alert.reference && i.AuthorId === site.userId('staffA'));
    if (!item) throw new Error('not stored');
    const visible = async (persona: Persona): Promise<number> =>
      (await confirmations(persona).items.filter(`Title eq '${alert.reference}'`)()).filter((i: { Id: number }) => i.Id === item.Id).length;
    expect(await visible('staffA')).toBe(1);
    expect(await visible('psw')).toBe(1);
    for (const persona of ['colleague', 'staffB', 'lineManager1', 'hosSafeguarding', 'smt'] as Persona[]) {
      expect(`${persona}: ${await visible(persona)}`).toBe(`${persona}: 0`);
    }
    for (const persona of ['staffA', 'psw', 'colleague'] as Persona[]) {
      const edit = await confirmations(persona)
        .items.getById(item.Id)
        .update({ ConsentProof: 'C'.repeat(43) })
        .then(() => 'edited', (e: { status?: number }) => e.status);
      expect(`${persona}: ${edit}`).toMatch(new RegExp(`^${persona}: (403|404)$`));
      const del = await confirmations(persona)
        .items.getById(item.Id)
        .delete()
        .then(() => 'deleted', (e: { status?: number }) => e.status);
      expect(`${persona}: ${del}`).toMatch(new RegExp(`^${persona}: (403|404)$`));
    }
  });

  it('R5: an anonymous alert keeps no copy address or hash, and nothing about the worker is read for it', async () => {
    const proof = await newConsentProof(crypto);
    const alert: Alert = {
      ...makeAlert(409, { completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed', sendWorkerCopy: true, anonymous: true, workerName: '', role: '', teamId: '' }),
      consentProofHash: proof.hash,
      workerCopyTo: emailOf('staffA')
    };
    value(await storeAs('colleague').submitAlert(alert));
    const stored = storedItems(site, AlertsList).find((i) => i.values.Title === alert.reference);
    expect(stored?.values.ConsentProofHash ?? null).toBeNull();
    expect(stored?.values.WorkerCopyTo ?? null).toBeNull();
    const record = value(await storeAs('psw').openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference);
    if (!record) throw new Error('not on the board');
    expect(record.alert.workerCopyTo).toBeUndefined();
    value(await storeAs('staffA').confirmAsWorker(alert.reference, proof.secret));
    expect(value(await storeAs('psw').workerConfirmation(record))).toEqual({ kind: 'notNeeded' });
  });

  it('an alert the worker raised needs no confirmation', async () => {
    const alert = makeAlert(408);
    value(await storeAs('staffA').submitAlert(alert));
    const record = value(await storeAs('psw').openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference);
    if (!record) throw new Error('not on the board');
    expect(value(await storeAs('psw').workerConfirmation(record))).toEqual({ kind: 'notNeeded' });
  });
});
