/*
 * Issue 18 in the preview, by keyboard with axe-core on every state: the data site's owner opens Site settings,
 * the site check reports what is missing (the preview's first run leaves the quarter's first month and the
 * retention period to the council), the owner fills every setting by keyboard (a refused value is said in words
 * and kept as typed), and the site check then says all clear; each change is in the change log with the owner's
 * name, which SharePoint recorded as the log item's Author. A PSW reads the settings read-only; staff are refused.
 */
import type { Page } from 'playwright-core';
import { SettingsLogList } from '../../src/schema';
import { DEMO_NOW, E2E, expectNoAxeViolations, open, pressButton, screenshot, selectByKeyboard, startE2E, tabTo, takeErrors, typeInto } from './support/e2e';
import type { Persona } from '../../preview/site';
import { seedUser } from '../../preview/site';

jest.setTimeout(600000);

const PAGE = '/sites/wellbeing/SitePages/Site-settings.aspx';
const PART = '[data-web-part="triageBoard"]';

let e2e: E2E;

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
  expect(await open(page, e2e.preview.origin + PAGE)).toBe(200);
  await page.waitForSelector(`${PART} [data-settings]`);
  return page;
}

/** The setting's Save button was pressed: wait for its outcome to take the focus. */
async function saved(page: Page, key: string): Promise<void> {
  await page.waitForSelector(`${PART} [data-setting="${key}"] [data-outcome="saved"]`);
  await page.waitForFunction((k) => document.activeElement?.closest(`[data-setting="${k}"]`)?.querySelector('[data-outcome]') === document.activeElement, key, {
    timeout: 10000
  });
}

async function clearAndType(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector, 400);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text !== '') await page.keyboard.type(text);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('Site settings (issue 18), by keyboard', () => {
  it('the owner fills every setting by keyboard; the site check goes from a missing setting to all clear', async () => {
    const owner = await as('owner');
    expect(await owner.getAttribute(`${PART} [data-settings]`, 'data-settings')).toBe('owner');
    await owner.waitForSelector(`${PART} [data-site-check="todo"]`);
    expect(await owner.getAttribute(`${PART} [data-check="setting:quarterStartMonth"]`, 'data-state')).toBe('todo');
    expect(await owner.textContent(`${PART} [data-check="setting:retentionYears"]`)).toBe('To do: Retention period is not set. Fill it in above.');
    expect(await owner.getAttribute(`${PART} [data-check="schema"]`, 'data-state')).toBe('ok');
    expect(await owner.getAttribute(`${PART} [data-check="list:WellbeingAlerts"]`, 'data-state')).toBe('ok');
    expect(await owner.getAttribute(`${PART} [data-check="relay"]`, 'data-state')).toBe('ok');
    expect(await owner.$(`${PART} [data-organisation]`)).not.toBeNull();
    await expectNoAxeViolations(owner, 'the settings view with a missing setting');
    await screenshot(owner, 'site-settings-missing');

    // The triage team: a new member chosen by name, their route and a team in their management line.
    await typeInto(owner, `${PART} #setting-team-add`, 'Chris');
    await owner.waitForSelector(`${PART} button:has-text("Chris Colleague")`);
    await pressButton(owner, 'Chris Colleague (chris.colleague@leics.example)');
    const member = `${PART} [data-member="${seedUser('colleague').loginName}"]`;
    await owner.waitForSelector(member);
    await selectByKeyboard(owner, `${member} select`, 'AP');
    await tabTo(owner, `${member} summary`, 50);
    await owner.keyboard.press('Enter');
    await owner.keyboard.press('Tab');
    await owner.keyboard.press('Space');
    expect(await owner.$eval(`${member} input[type=checkbox]`, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await expectNoAxeViolations(owner, 'a new member of the triage team');
    await pressButton(owner, 'Save the triage team', 400);
    await saved(owner, 'triageTeam');

    // The HoS Safeguarding: with no one, the save is refused in words; then chosen by name.
    await pressButton(owner, 'Remove Hana Safeguarding', 400);
    await pressButton(owner, 'Save the HoS Safeguarding', 50);
    await owner.waitForSelector(`${PART} [data-setting="hosSafeguarding"] >> text=Add at least one person.`);
    await owner.waitForFunction(() => document.activeElement?.id === 'setting-hos-add');
    await owner.keyboard.type('Hana');
    await owner.waitForSelector(`${PART} button:has-text("Hana Safeguarding (")`);
    await pressButton(owner, 'Hana Safeguarding (hana.safeguarding@leics.example)', 10);
    await pressButton(owner, 'Save the HoS Safeguarding', 50);
    await saved(owner, 'hosSafeguarding');

    // A service manager chosen by name.
    await pressButton(owner, "Choose someone else (Service manager of Children's Social Care)", 50);
    await owner.waitForFunction(() => document.activeElement?.id === 'setting-manager-childrens-social-care');
    await owner.keyboard.type('Lena');
    await owner.waitForSelector(`${PART} button:has-text("Lena Manager (")`);
    await pressButton(owner, 'Lena Manager (lena.manager@leics.example)', 10);
    await pressButton(owner, 'Save the service managers', 50);
    await saved(owner, 'serviceManagers');

    // The clock: working hours, by the arrow keys.
    await tabTo(owner, `${PART} [data-setting="slaMode"] input[type=radio]`, 50);
    await owner.keyboard.press('ArrowDown');
    expect(await owner.$eval(`${PART} [data-setting="slaMode"] input[value=working]`, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await pressButton(owner, 'Save the clock', 10);
    await saved(owner, 'slaMode');

    // R20: two is refused in words and stays as typed; four is saved.
    await clearAndType(owner, `${PART} #setting-suppressionThreshold-input`, '2');
    await pressButton(owner, 'Save the suppression threshold', 10);
    await owner.waitForSelector(`${PART} #setting-suppressionThreshold-input-error`);
    expect(await owner.textContent(`${PART} #setting-suppressionThreshold-input-error`)).toBe('Enter 3 or more. Fewer than three approaches could point to a person.');
    expect(await focusedId(owner)).toBe('setting-suppressionThreshold-input');
    expect(await owner.$eval(`${PART} #setting-suppressionThreshold-input`, (el) => (el as HTMLInputElement).value)).toBe('2');
    await expectNoAxeViolations(owner, 'a refused threshold');
    await owner.keyboard.press('Control+A');
    await owner.keyboard.type('4');
    await pressButton(owner, 'Save the suppression threshold', 10);
    await saved(owner, 'suppressionThreshold');

    await selectByKeyboard(owner, `${PART} #setting-quarterStartMonth-input`, '4');
    await pressButton(owner, "Save the quarter's first month", 10);
    await saved(owner, 'quarterStartMonth');

    await clearAndType(owner, `${PART} #setting-retentionYears-input`, '7');
    await pressButton(owner, 'Save the retention period', 10);
    await saved(owner, 'retentionYears');

    // The relay: https only; the preview has none, so it is saved empty.
    await clearAndType(owner, `${PART} #setting-relayAddress-input`, 'http://relay.leics.example');
    await pressButton(owner, 'Save the relay address', 10);
    await owner.waitForSelector(`${PART} #setting-relayAddress-input-error`);
    expect(await owner.$eval(`${PART} #setting-relayAddress-input`, (el) => (el as HTMLInputElement).value)).toBe('http://relay.leics.example');
    // The refusal left the focus in the field, with what was typed: clear it there.
    expect(await focusedId(owner)).toBe('setting-relayAddress-input');
    await owner.keyboard.press('Control+A');
    await owner.keyboard.press('Backspace');
    await pressButton(owner, 'Save the relay address', 10);
    await saved(owner, 'relayAddress');

    await owner.waitForSelector(`${PART} [data-site-check="clear"]`);
    expect(await owner.textContent(`${PART} [data-check-summary]`)).toBe('All clear: everything is set up.');
    await owner.waitForFunction(() => document.querySelectorAll('[data-change-log] li').length >= 8);
    expect(await owner.textContent(`${PART} [data-change-log] li`)).toMatch(/^Olivia Owner changed the relay address on /);
    await expectNoAxeViolations(owner, 'every setting saved, all clear');
    await screenshot(owner, 'site-settings-all-clear');
    expect(takeErrors(owner)).toEqual([]);

    // Who is SharePoint's: every log item's Author is the owner's account.
    const store = e2e.preview.emulator.store;
    const log = store.items(store.listByTitle(SettingsLogList.title) ?? (undefined as never));
    expect(log.length).toBeGreaterThanOrEqual(8);
    const ownerId = e2e.preview.emulator.users().find((u) => u.LoginName === seedUser('owner').loginName)?.Id;
    expect(new Set(log.map((i) => i.AuthorId))).toEqual(new Set([ownerId]));
  });

  it('a PSW reads the settings read-only, told who can change them; staff are refused the page', async () => {
    const psw = await as('psw');
    expect(await psw.getAttribute(`${PART} [data-settings]`, 'data-settings')).toBe('read-only');
    expect(await psw.textContent(`${PART} [data-read-only]`)).toMatch(/^You can read these settings\. Only the data site's owners can change them/);
    expect(await psw.$$(`${PART} [data-save]`)).toEqual([]);
    expect(await psw.$eval(`${PART} #setting-suppressionThreshold-input`, (el) => (el as HTMLInputElement).matches(':disabled'))).toBe(true);
    await psw.waitForSelector(`${PART} [data-site-check]:not([data-site-check="checking"])`);
    await expectNoAxeViolations(psw, 'the settings read-only');
    const staff = await e2e.as('staffA');
    expect(await open(staff, e2e.preview.origin + PAGE)).toBe(403);
  });
});
