/*
 * Issue 18, R23 in the preview, by keyboard with axe-core on every state: with the records officer's period set
 * to one year, the data site's owner sees the closed cases past it, deletes one (the button, then "Delete
 * permanently"), hears and sees that it is gone with everything that belonged to it, keeps another by choosing
 * "Keep it", and the deletion log says a date and a count; a PSW, who holds no delete permission (R17), is told
 * plainly who can do it and nothing is deleted. The browser's clock and the emulator's are the demo's.
 */
import type { Page } from 'playwright-core';
import { DEMO_NOW, E2E, expectNoAxeViolations, open, screenshot, startE2E, tabTo, takeErrors } from './support/e2e';
import { spAs } from '../../preview/site';
import type { Persona } from '../../preview/site';
import { AlertsList, CaseEventsList, CasesList, ConfigList } from '../../src/schema';

jest.setTimeout(300000);

const PAGE = '/sites/wellbeing/SitePages/Records-retention.aspx';
const PART = '[data-web-part="triageBoard"]';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  e2e.preview.emulator.setClock(() => DEMO_NOW);
  // The records officer's setting: one year (the demo's history is a year and a half long).
  await spAs(e2e.preview.emulator, 'owner')
    .web.lists.getByTitle(ConfigList.title)
    .items.add({ [ConfigList.fields.key.internalName]: 'retentionYears', [ConfigList.fields.value.internalName]: '1' });
}, 900000);

afterAll(async () => {
  if (e2e) await e2e.close();
});

async function as(persona: Persona): Promise<Page> {
  const page = await e2e.as(persona);
  await page.clock.setFixedTime(DEMO_NOW);
  expect(await open(page, e2e.preview.origin + PAGE)).toBe(200);
  await page.waitForSelector(`${PART} [data-retention]`);
  return page;
}

async function dueReferences(page: Page): Promise<string[]> {
  return page.$$eval(`${PART} tr[data-reference]`, (rows) => rows.map((r) => r.getAttribute('data-reference') ?? ''));
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
}

/** Focus reaches the element with this text once the screen has moved on (React renders after the key press). */
async function focusMovesTo(page: Page, text: string): Promise<void> {
  await page.waitForFunction((want) => (document.activeElement?.textContent ?? '').trim() === want, text, { timeout: 10000 }).catch(async () => {
    throw new Error(`focus is on "${(await focusedText(page)).slice(0, 80)}", not "${text}"`);
  });
}

/** What the emulator holds of a case, past every permission check. */
function storedParts(reference: string): { cases: number; alerts: number; events: number } {
  const store = e2e.preview.emulator.store;
  const items = (title: string) => {
    const list = store.listByTitle(title);
    if (!list) throw new Error(`no list ${title}`);
    return store.items(list);
  };
  const cases = items(CasesList.title).filter((i) => i.values.Title === reference);
  const caseIds = cases.map((c) => c.Id);
  return {
    cases: cases.length,
    alerts: items(AlertsList.title).filter((i) => i.values.Title === reference).length,
    events: items(CaseEventsList.title).filter((i) => caseIds.includes(i.values.CaseId as number)).length
  };
}

describe('records past their retention period (R23), by keyboard', () => {
  it('a PSW sees the list but cannot delete: told plainly, nothing lost', async () => {
    const psw = await as('psw');
    const [first] = await dueReferences(psw);
    expect(first).toMatch(/^WB-/);
    const before = storedParts(first);
    await tabTo(psw, `${PART} tr[data-reference="${first}"] button`, 200);
    await psw.keyboard.press('Enter');
    await psw.waitForFunction(() => document.activeElement?.tagName === 'H3', undefined, { timeout: 10000 });
    await psw.keyboard.press('Tab');
    expect(await focusedText(psw)).toBe('Delete permanently');
    await psw.keyboard.press('Enter');
    await psw.waitForSelector(`${PART} [data-no-permission]`);
    await psw.waitForFunction(() => document.activeElement?.getAttribute('data-outcome') === 'partial', undefined, { timeout: 10000 });
    expect(await psw.textContent(`${PART} [data-no-permission]`)).toContain("Only the data site's owners can delete records");
    expect(await psw.evaluate(() => document.activeElement?.getAttribute('data-outcome'))).toBe('partial');
    expect(storedParts(first)).toEqual(before);
    await expectNoAxeViolations(psw, 'a deletion refused to triage');
    expect(takeErrors(psw).filter((e) => !/403/.test(e))).toEqual([]);
  });

  it('the owner deletes one case with everything that belongs to it, keeps another, and the log says a date and a count', async () => {
    const owner = await as('owner');
    const due = await dueReferences(owner);
    expect(due.length).toBeGreaterThan(1);
    await expectNoAxeViolations(owner, 'the cases past retention');
    expect(await owner.textContent(`${PART} [data-period]`)).toMatch(/^Records are kept for one year after a case closes, as the council's records officer has set\./);
    expect(await owner.textContent(`${PART} [data-retention]`)).toContain('Nothing has been deleted yet.');
    const [first, second] = due;
    expect(storedParts(first).cases).toBe(1);
    expect(storedParts(first).events).toBeGreaterThan(0);

    await tabTo(owner, `${PART} tr[data-reference="${first}"] button`, 200);
    expect(await focusedText(owner)).toBe(`Delete ${first}`);
    await owner.keyboard.press('Enter');
    // The question takes the focus, with the two answers after it.
    await focusMovesTo(owner, `Delete case ${first} for good?`);
    await expectNoAxeViolations(owner, 'confirming a deletion');
    await owner.keyboard.press('Tab');
    expect(await focusedText(owner)).toBe('Delete permanently');
    await owner.keyboard.press('Enter');
    await owner.waitForSelector(`${PART} [data-outcome="complete"]`);
    await owner.waitForFunction(() => document.activeElement?.getAttribute('data-outcome') === 'complete', undefined, { timeout: 10000 });
    expect(await owner.textContent(`${PART} [data-outcome]`)).toMatch(new RegExp(`Case ${first} has been deleted \\(\\d+ items\\)\\.`));
    expect(await owner.textContent(`${PART} [role=status][data-announcement]`)).toContain(`Case ${first} has been deleted`);
    expect(await dueReferences(owner)).not.toContain(first);
    expect(storedParts(first)).toEqual({ cases: 0, alerts: 0, events: 0 });
    expect(await owner.textContent(`${PART} [data-log]`)).toBe('22 November 2026: 1 case');
    await expectNoAxeViolations(owner, 'a case deleted');
    await screenshot(owner, 'retention-deleted');

    // Keep it: nothing happens to the case, and that is said.
    await tabTo(owner, `${PART} tr[data-reference="${second}"] button`, 200);
    await owner.keyboard.press('Enter');
    await focusMovesTo(owner, `Delete case ${second} for good?`);
    await owner.keyboard.press('Tab');
    await owner.keyboard.press('Tab');
    expect(await focusedText(owner)).toBe('Keep it');
    await owner.keyboard.press('Enter');
    expect(await owner.textContent(`${PART} [role=status][data-announcement]`)).toBe(`Case ${second} has been kept.`);
    await focusMovesTo(owner, `Delete ${second}`);
    expect(await dueReferences(owner)).toContain(second);
    expect(storedParts(second).cases).toBe(1);
    expect(takeErrors(owner)).toEqual([]);
  });
});
