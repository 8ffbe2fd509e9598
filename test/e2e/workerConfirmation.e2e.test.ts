/*
 * R4 (issue 14) in the preview, by keyboard only, with axe-core on every page: a colleague raises a concern on
 * Alex's behalf with a copy to Alex; Alex opens the Inbox, follows the link in the copy (the secret travels in
 * the fragment), confirms from their own account; the PSW's board then shows "The worker confirmed on ..."
 * and the PSW records it on the case as the worker's own confirmation.
 */
import type { Page } from 'playwright-core';
import { chooseRadio, E2E, expectNoAxeViolations, open, pressButton, screenshot, selectByKeyboard, startE2E, tabTo, takeErrors, typeIntoWithShift } from './support/e2e';
import { INBOX_PATH, WELLBEING_PATH } from '../../preview/pages';

jest.setTimeout(300000);

const RAISE = '[data-raise-concern]';
const BOARD = '/sites/wellbeing/SitePages/Triage-board.aspx';
const TRIAGE = '[data-web-part="triageBoard"]';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ demoData: false });
});

afterAll(async () => {
  if (e2e) await e2e.close();
});

const chooseIn = (page: Page, group: string, value: string): Promise<void> => chooseRadio(page, `${RAISE} input[type=radio][name$="-${group}"]`, value);
const typeIn = (page: Page, nameEnd: string, text: string): Promise<void> => typeIntoWithShift(page, `${RAISE} [name$="-${nameEnd}"]`, text);
const selectIn = (page: Page, nameEnd: string, value: string): Promise<void> => selectByKeyboard(page, `${RAISE} select[name$="-${nameEnd}"]`, value);
const focusedText = (page: Page): Promise<string> => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

async function answer(page: Page, question: string, value: 'yes' | 'no'): Promise<void> {
  await page.waitForSelector(`${RAISE} [data-question="${question}"]`);
  await chooseIn(page, question, value);
  await tabTo(page, `${RAISE} button[type=submit]`);
  await page.keyboard.press('Enter');
}

/** The colleague raises for Alex, with a copy to Alex's work address; returns the reference. */
async function raiseForAlex(): Promise<string> {
  const page = await e2e.as('colleague');
  expect(await open(page, e2e.preview.origin + WELLBEING_PATH)).toBe(200);
  await page.waitForSelector(`${RAISE} [data-stage="start"]`);
  await chooseIn(page, 'who', 'Colleague');
  await pressButton(page, 'Continue');
  await answer(page, 'raisedWithManager', 'no');
  await answer(page, 'concernInvolvesManager', 'no');
  await answer(page, 'ableToRaiseWithManager', 'no');
  await answer(page, 'wantsIndependentPerson', 'yes');
  await page.waitForSelector(`${RAISE} [data-stage="form"]`);
  await chooseIn(page, 'consentMode', 'WorkerSeenAndAgreed');
  await tabTo(page, `${RAISE} input[type=checkbox][id$="-sendWorkerCopy-box"]`);
  await page.keyboard.press('Space');
  await typeIn(page, 'copyTo', 'alex.staff@leics.example');
  await chooseIn(page, 'anonymous', 'named');
  await typeIn(page, 'workerName', 'Alex Staff');
  await typeIn(page, 'role', 'Social worker');
  await selectIn(page, 'serviceAreaId', 'childrens-social-care');
  await selectIn(page, 'teamId', 'csc-first-response');
  await typeIn(page, 'details', 'Alex has been very low since the restructure and asked me to help write this.');
  await typeIn(page, 'actionTaken', 'Nothing yet.');
  await typeIn(page, 'whatNeedsToHappen', 'Someone independent to talk it through with.');
  await chooseIn(page, 'protectedCharacteristic', 'no');
  await pressButton(page, 'Continue');
  await page.waitForSelector(`${RAISE} [data-stage="check"]`);
  await pressButton(page, 'Send the alert');
  await page.waitForSelector(`${RAISE} [data-stage="sent"]`);
  const reference = await page.$eval(`${RAISE} [data-reference]`, (el) => el.getAttribute('data-reference') ?? '');
  await page.waitForSelector(`${RAISE} p[role=status]:has-text("A copy has been sent to alex.staff@leics.example.")`);
  expect(takeErrors(page)).toEqual([]);
  return reference;
}

describe('R4 the worker confirms from the link in their copy, in the preview', () => {
  it('colleague raises with a copy; the worker follows the Inbox link and confirms by keyboard; the PSW board shows it', async () => {
    const reference = await raiseForAlex();

    // The worker's Inbox: the copy, with the link to confirm.
    const worker = await e2e.as('staffA');
    expect(await open(worker, e2e.preview.origin + INBOX_PATH)).toBe(200);
    const link = `main a[href*="wellbeingConfirm=${reference}"]`;
    await worker.waitForSelector(link);
    await expectNoAxeViolations(worker, 'the worker inbox with the copy');
    await tabTo(worker, link, 200);
    await Promise.all([worker.waitForNavigation(), worker.keyboard.press('Enter')]);
    await worker.waitForSelector(`${RAISE} [data-stage="confirm"]`);
    const url = new URL(worker.url());
    expect(url.searchParams.get('wellbeingConfirm')).toBe(reference);
    expect(url.hash).toMatch(/^#proof=[A-Za-z0-9_-]{43}$/);
    const view = (await worker.textContent(RAISE)) ?? '';
    expect(view).toContain('Confirm the wellbeing concern raised for you');
    expect(view).toContain(reference);
    // Nothing of what was written is on the page: it is only in the worker's own mailbox.
    expect(view).not.toContain('very low since the restructure');
    await expectNoAxeViolations(worker, 'the confirm view');
    await screenshot(worker, 'worker-confirm');
    await pressButton(worker, 'Confirm');
    await worker.waitForSelector(`${RAISE} [data-stage="confirmed"]`);
    await worker.waitForFunction(() => (document.activeElement?.textContent ?? '').trim() === 'Thank you, you have confirmed it');
    expect(await focusedText(worker)).toBe('Thank you, you have confirmed it');
    expect((await worker.textContent(RAISE)) ?? '').toContain(`You confirmed ${reference} on `);
    await expectNoAxeViolations(worker, 'the worker has confirmed');
    expect(takeErrors(worker)).toEqual([]);

    // The PSW's board.
    const psw = await e2e.as('psw');
    expect(await open(psw, e2e.preview.origin + BOARD)).toBe(200);
    await psw.waitForSelector(`${TRIAGE} [data-board]`);
    await psw.waitForFunction(() => !document.body.textContent?.includes('Opening a case for each new alert'));
    await tabTo(psw, `${TRIAGE} button[aria-label="Open ${reference}"]`, 400);
    await psw.keyboard.press('Enter');
    await psw.waitForSelector(`${TRIAGE} [data-case="${reference}"] [data-events]`);
    await psw.waitForSelector(`${TRIAGE} [data-worker-confirmed="true"]`);
    const note = (await psw.textContent(`${TRIAGE} [data-worker-confirmation]`)) ?? '';
    expect(note).toMatch(/^The worker confirmed on .+, signed in as Alex Staff \(alex\.staff@leics\.example\)\./);
    await expectNoAxeViolations(psw, 'the case with the worker confirmation');
    await screenshot(psw, 'worker-confirmed-on-board');
    await pressButton(psw, "Record the worker's own confirmation on the case", 400);
    await psw.waitForFunction(() => (document.body.textContent ?? '').includes('Confirmed by the worker'));
    expect(await psw.$(`${TRIAGE} button:has-text("Record the worker's own confirmation on the case")`)).toBeNull();
    await expectNoAxeViolations(psw, 'the case with consent recorded as the worker confirmed');
    expect(takeErrors(psw)).toEqual([]);
  });
});
