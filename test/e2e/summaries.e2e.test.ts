/*
 * Issue 6, the summaries page in the preview, on the demo data alone (it already shares Red summaries with
 * named line managers and sends anonymous alerts on to the service manager), by keyboard, with axe-core on
 * every state. A named line manager opens the summaries shared with them and sees nothing else; a different
 * line manager cannot see them; a member of staff sees that nothing is shared; the HoS Safeguarding sees the
 * follow-ups due, soonest first, and records one (R14, R16, R21, R22). Issue 13, the page at volume: a line
 * manager with a year and a half of summaries and the service manager see the newest ten, "Show more" by
 * keyboard moves the focus to the first added, a reference typed any way finds its summary, text that is not
 * a reference is said to be one, and the follow-up filter is used with the arrow keys. The browser's clock and
 * the emulator's are the demo's, so every run is the same.
 */
import type { Page } from 'playwright-core';
import { DEMO_NOW, E2E, expectNoAxeViolations, open, pressButton, screenshot, selectByKeyboard, startE2E, tabTo, takeErrors } from './support/e2e';
import { seedUser, spAs } from '../../preview/site';
import type { Persona } from '../../preview/site';
import { SUMMARY_PAGE } from '../../preview/demoSeed';
import type { IMailService } from '../../src/services/mail/IMailService';
import type { ManagerSummaryRecord } from '../../src/services/store/IWellbeingStore';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';

jest.setTimeout(300000);

const BOARD = '/sites/wellbeing/SitePages/Triage-board.aspx';
const PART = '[data-web-part="triageBoard"]';
const noMail: IMailService = {
  notify: () => Promise.resolve({ ok: true, value: undefined }),
  sendAlertCopy: () => Promise.resolve({ ok: true, value: undefined })
};

let e2e: E2E;

// Building the bundle and the demo data can take minutes on a busy machine.
beforeAll(async () => {
  e2e = await startE2E();
  e2e.preview.emulator.setClock(() => DEMO_NOW);
}, 900000);

afterAll(async () => {
  if (e2e) await e2e.close();
});

async function as(persona: Persona): Promise<Page> {
  const page = await e2e.as(persona);
  await page.clock.setFixedTime(DEMO_NOW);
  return page;
}

/** What SharePoint gives this persona, read through the real store (the truth the page must match). */
async function sharedWith(persona: Persona): Promise<ManagerSummaryRecord[]> {
  // On the page's clock: the HoS's window is the 12 months before "now" (issue 12).
  const result = await new SharePointWellbeingStore(spAs(e2e.preview.emulator, persona), noMail, { now: () => DEMO_NOW }).managerSummaries();
  return result.ok ? result.value : [];
}

/** Opens the summaries page and waits for the list (or the "nothing shared" words). */
async function openSummaries(page: Page): Promise<void> {
  expect(await open(page, e2e.preview.origin + SUMMARY_PAGE)).toBe(200);
  await page.waitForSelector(`${PART} [data-summaries], ${PART} [data-no-summaries]`);
}

const referencesOn = (page: Page): Promise<string[]> =>
  page.$$eval(`${PART} article[data-summary]`, (els) => els.map((e) => e.getAttribute('data-summary') ?? ''));

/** Newest shared first, as a reader expects the list (issue 13). */
const newestFirst = (list: ManagerSummaryRecord[]): ManagerSummaryRecord[] =>
  list.slice().sort((a, b) => (b.sharedAt ?? b.summary.date).getTime() - (a.sharedAt ?? a.summary.date).getTime() || b.id - a.id);

const PAGE = 10;
const pageHeight = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollHeight);
const focusedId = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);

describe('the summaries page (R14, R16, R21)', () => {
  it('a named line manager sees exactly the summaries shared with them; another line manager and staff see none of them', async () => {
    const all = await sharedWith('hosSafeguarding');
    const liamLogin = seedUser('lineManager1').loginName;
    // The HoS reads the last 12 months (issue 12); Liam reads every summary naming him, older ones too.
    const inWindow = all.filter((s) => s.summary.recipients.some((r) => r.person.id === liamLogin)).map((s) => s.summary.reference);
    const his = await sharedWith('lineManager1');
    expect(his.every((s) => s.summary.recipients.some((r) => r.person.id === liamLogin))).toBe(true);
    const liamsRecords = newestFirst(his);
    const liamsOwn = liamsRecords.map((s) => s.summary.reference);
    const known = [...all, ...his];
    expect(liamsOwn).toEqual(expect.arrayContaining(inWindow));
    expect(inWindow.length).toBeGreaterThan(0);
    // A year and a half of Red summaries: more than one page (issue 13).
    expect(liamsOwn.length).toBeGreaterThan(PAGE);

    const liam = await as('lineManager1');
    await openSummaries(liam);
    // The newest ten, and how many of how many, not every summary on one endless page.
    expect(await referencesOn(liam)).toEqual(liamsOwn.slice(0, PAGE));
    expect(await liam.textContent(`${PART} [data-summaries-showing]`)).toBe(`Showing ${PAGE} of ${liamsOwn.length} summaries`);
    const firstPageHeight = await pageHeight(liam);
    // The named summary carries the worker's details (R14) and RAG as a word; a manager records nothing.
    const first = `${PART} article[data-summary="${liamsOwn[0]}"]`;
    expect(await liam.textContent(`${first} [data-rag]`)).toBe('Red');
    expect(await liam.$(`${first} [data-redacted]`)).toBeNull();
    expect(await liam.$(`${PART} textarea`)).toBeNull();
    expect(await liam.$(`${PART} [data-follow-ups-waiting]`)).toBeNull();
    // Nothing else: no summary shared only with others, no anonymous referral, and no way to the board.
    const text = (await liam.textContent(PART)) ?? '';
    for (const other of all.filter((s) => !liamsOwn.includes(s.summary.reference))) expect(text).not.toContain(other.summary.reference);
    await expectNoAxeViolations(liam, 'summaries as the named line manager');
    await screenshot(liam, 'summaries-line-manager');

    // "Show more" by keyboard: the next ones come, and the keyboard carries on at the first of them.
    let shown = PAGE;
    while (shown < liamsOwn.length) {
      const adding = Math.min(PAGE, liamsOwn.length - shown);
      await pressButton(liam, `Show ${adding} more summaries`);
      await liam.waitForFunction((n) => document.querySelectorAll('[data-web-part="triageBoard"] article[data-summary]').length === n, shown + adding);
      expect(await focusedId(liam)).toBe(`summary-${liamsRecords[shown].id}`);
      shown += adding;
      await expectNoAxeViolations(liam, `summaries as the named line manager, ${shown} shown`);
    }
    expect(await referencesOn(liam)).toEqual(liamsOwn);
    expect(await liam.$(`${PART} [data-show-more]`)).toBeNull();
    expect(firstPageHeight).toBeLessThan((await pageHeight(liam)) * 0.75);

    // Find one by its reference, typed in lower case with spaces, as read off a note.
    await openSummaries(liam);
    const wanted = liamsOwn[PAGE + 2];
    await tabTo(liam, '#summaries-reference', 100);
    await liam.keyboard.type(wanted.toLowerCase().replace(/-/g, ' '));
    await liam.waitForFunction((ref) => {
      const found = Array.from(document.querySelectorAll('[data-web-part="triageBoard"] article[data-summary]'));
      return found.length === 1 && found[0].getAttribute('data-summary') === ref;
    }, wanted);
    expect(await liam.getAttribute('#summaries-reference', 'aria-invalid')).toBeNull();
    await expectNoAxeViolations(liam, 'summaries found by reference');
    // Text that is not a reference is said to be one, and stays as typed.
    await liam.keyboard.press('Control+A');
    await liam.keyboard.type('WB-0000-1111');
    await liam.waitForSelector('#summaries-reference[aria-invalid="true"]');
    expect(await liam.textContent('#summaries-reference-error')).toMatch(/^That is not a reference\./);
    expect(await liam.inputValue('#summaries-reference')).toBe('WB-0000-1111');
    expect(await referencesOn(liam)).toEqual([]);
    expect(await liam.textContent(`${PART} [data-no-match]`)).toBe('No summaries match. Clear the reference or choose another follow-up status.');
    await expectNoAxeViolations(liam, 'summaries searched with text that is not a reference');
    await liam.keyboard.press('Control+A');
    await liam.keyboard.press('Backspace');
    await liam.waitForFunction((n) => document.querySelectorAll('[data-web-part="triageBoard"] article[data-summary]').length === n, PAGE);

    // Only the ones already followed up, chosen with the arrow keys.
    const followedUp = liamsRecords.filter((s) => s.hosFollowUpDoneAt !== undefined);
    expect(followedUp.length).toBeGreaterThan(0);
    await selectByKeyboard(liam, '#summaries-follow-up', 'done');
    await liam.waitForFunction((n) => document.querySelectorAll('[data-web-part="triageBoard"] article[data-summary]').length === n, Math.min(PAGE, followedUp.length));
    expect(await referencesOn(liam)).toEqual(followedUp.slice(0, PAGE).map((s) => s.summary.reference));
    expect(await liam.$$eval(`${PART} article [data-follow-up]`, (els) => els.every((e) => e.getAttribute('data-follow-up') === 'done'))).toBe(true);
    await expectNoAxeViolations(liam, 'summaries already followed up');
    expect(await open(liam, e2e.preview.origin + BOARD)).toBe(403);

    // The service manager receives every summary in the service: newest first, a page at a time.
    // Read as Sam, through his own indexed person column: older than the HoS's 12-month window too (issue 12).
    const samLogin = seedUser('serviceManager').loginName;
    const samsRecords = await sharedWith('serviceManager');
    expect(samsRecords.every((s) => s.summary.recipients.some((r) => r.person.id === samLogin))).toBe(true);
    const samsOwn = newestFirst(samsRecords).map((s) => s.summary.reference);
    expect(samsOwn.length).toBeGreaterThan(PAGE);
    const sam = await as('serviceManager');
    await openSummaries(sam);
    expect(await referencesOn(sam)).toEqual(samsOwn.slice(0, PAGE));
    expect(await sam.textContent(`${PART} [data-summaries-showing]`)).toBe(`Showing ${PAGE} of ${samsOwn.length} summaries`);
    await expectNoAxeViolations(sam, 'summaries as the service manager');
    expect(takeErrors(sam)).toEqual([]);

    const lena = await as('lineManager2');
    await openSummaries(lena);
    while (await lena.$(`${PART} [data-show-more]`)) {
      const before = (await referencesOn(lena)).length;
      await lena.focus(`${PART} [data-show-more]`);
      await lena.keyboard.press('Enter');
      await lena.waitForFunction((n) => document.querySelectorAll('[data-web-part="triageBoard"] article[data-summary]').length > n, before);
    }
    const lenaSees = await referencesOn(lena);
    const lenaLogin = seedUser('lineManager2').loginName;
    for (const ref of liamsOwn) {
      const s = known.find((x) => x.summary.reference === ref) as ManagerSummaryRecord;
      // A summary shared with both would be theirs too; the ones shared with Liam alone never show.
      if (!s.summary.recipients.some((r) => r.person.id === lenaLogin)) expect(lenaSees).not.toContain(ref);
    }
    const hers = [...known, ...(await sharedWith('lineManager2'))];
    expect(lenaSees.every((ref) => hers.find((x) => x.summary.reference === ref)?.summary.recipients.some((r) => r.person.id === lenaLogin))).toBe(true);
    await expectNoAxeViolations(lena, 'summaries as another line manager');

    const staff = await as('staffB');
    await openSummaries(staff);
    expect(await staff.textContent(`${PART} [data-no-summaries]`)).toBe('Nothing has been shared with you.');
    expect(await referencesOn(staff)).toEqual([]);
    await expectNoAxeViolations(staff, 'summaries as staff');

    expect(takeErrors(liam)).toEqual([]);
    expect(takeErrors(lena)).toEqual([]);
    expect(takeErrors(staff)).toEqual([]);
  });

  it('the HoS Safeguarding sees the follow-ups due, soonest first, and records one by keyboard', async () => {
    const all = await sharedWith('hosSafeguarding');
    const waiting = all.filter((s) => s.hosFollowUpDoneAt === undefined).sort((a, b) => a.summary.hosFollowUpDue.getTime() - b.summary.hosFollowUpDue.getTime());
    const overdue = waiting.filter((s) => s.summary.hosFollowUpDue.getTime() < DEMO_NOW.getTime());
    expect(waiting.length).toBeGreaterThan(1);
    expect(overdue.length).toBeGreaterThan(0);

    const hos = await as('hosSafeguarding');
    await openSummaries(hos);
    const count = (await hos.textContent(`${PART} [data-follow-ups-waiting]`)) ?? '';
    expect(count).toContain(`${waiting.length} follow-ups are waiting for you to record.`);
    expect(count).toContain(overdue.length === 1 ? '1 of them is overdue.' : `${overdue.length} of them are overdue.`);
    expect((await referencesOn(hos)).slice(0, Math.min(PAGE, waiting.length))).toEqual(waiting.slice(0, PAGE).map((s) => s.summary.reference));
    const toRecord = (): Promise<string[]> =>
      hos.$$eval(`${PART} [data-to-record] article[data-summary]`, (els) => els.map((e) => e.getAttribute('data-summary') ?? ''));
    expect(await toRecord()).toEqual(waiting.slice(0, PAGE).map((s) => s.summary.reference));
    // The ones already followed up wait behind one disclosure, closed.
    expect(await hos.textContent(`${PART} details[data-followed-up] > summary`)).toBe(`Already followed up (${all.length - waiting.length})`);
    expect(await hos.$eval(`${PART} details[data-followed-up]`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    const target = waiting[0];
    const article = `${PART} article[data-summary="${target.summary.reference}"]`;
    expect(await hos.getAttribute(`${article} [data-follow-up]`, 'data-follow-up')).toBe('overdue');
    expect(await hos.textContent(`${article} [data-follow-up]`)).toMatch(/^Follow-up overdue since \d+ \w+ 2026 \((less than a day|1 day|\d+ days) late\)$/);
    await expectNoAxeViolations(hos, 'HoS follow-ups due');
    await screenshot(hos, 'summaries-hos');

    // Enter with nothing typed: refused in words, focus put back in the box.
    await tabTo(hos, `${article} textarea`, 400);
    await pressButton(hos, 'Record the follow-up');
    await hos.waitForSelector(`${article} textarea[aria-invalid="true"]`);
    expect(await hos.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await expectNoAxeViolations(hos, 'HoS follow-up refused empty');

    const outcome = 'The Head of Service for Children’s Social Care confirmed the caseload review happened.';
    await hos.keyboard.type(outcome);
    await pressButton(hos, 'Record the follow-up');
    await hos.waitForSelector(`${article} [data-follow-up="done"]`);
    expect(await hos.textContent(`${article} [data-follow-up]`)).toBe(`Followed up on 22 November 2026: ${outcome}`);
    expect(await hos.evaluate(() => document.activeElement?.textContent)).toBe('The follow-up is recorded.');
    expect(await hos.textContent(`${PART} [data-follow-ups-waiting]`)).toContain(
      waiting.length - 1 === 1 ? '1 follow-up is waiting for you to record.' : `${waiting.length - 1} follow-ups are waiting for you to record.`
    );
    // It stays where she was reading.
    expect(await toRecord()).toEqual(waiting.slice(0, PAGE).map((s) => s.summary.reference));
    await expectNoAxeViolations(hos, 'HoS follow-up recorded');

    // The done ones open by keyboard.
    await tabTo(hos, `${PART} details[data-followed-up] > summary`, 400);
    await hos.keyboard.press('Enter');
    expect(await hos.$eval(`${PART} details[data-followed-up]`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expectNoAxeViolations(hos, 'HoS follow-ups already done, opened');

    // Stored as of the demo's clock, by the HoS (R14, R17 is the board's history of it).
    const stored = (await sharedWith('hosSafeguarding')).find((s) => s.id === target.id);
    expect(stored?.hosFollowUpOutcome).toBe(outcome);
    expect(stored?.hosFollowUpDoneAt?.toISOString()).toBe(DEMO_NOW.toISOString());
    // A recipient of that summary sees that it was followed up.
    const recipient = target.summary.recipients[0]?.person.id;
    const persona = (['lineManager1', 'lineManager2', 'serviceManager'] as const).find((p) => seedUser(p).loginName === recipient);
    if (persona) {
      const page = await as(persona);
      await openSummaries(page);
      expect(await page.textContent(`${article} [data-follow-up]`)).toBe(`Followed up on 22 November 2026: ${outcome}`);
      expect(takeErrors(page)).toEqual([]);
    }
    expect(takeErrors(hos)).toEqual([]);
  });
});
