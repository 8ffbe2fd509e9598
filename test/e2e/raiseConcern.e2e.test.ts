/*
 * Issue 5 in the preview, by keyboard only, with axe-core on every state: a named worker, an anonymous worker on
 * a phone, a colleague on someone's behalf (with the worker's copy), a new starter who came from the induction
 * page and someone who decides to talk to their manager. What each path wrote is read back through the real
 * store as the PSW; another member of staff cannot see it. A submit that fails keeps the form and the retry makes
 * exactly one alert; Exit this page leaves no draft behind.
 * Issue 13: every text field is typed key by key with capitals as Shift+letter (a person's Shift presses) and
 * Shift+Tab, and none of it leaves the page; three lone Shift presses do. Check your answers comes before
 * sending; Enter on a checkbox sends nothing; on a phone Exit this page stays on screen beside the field.
 */
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  chooseRadio,
  E2E,
  open,
  overlapsFocused,
  pressButton,
  screenshot,
  selectByKeyboard,
  startE2E,
  tabTo,
  takeErrors,
  typeIntoWithShift,
  typeWithShift,
  withinViewport
} from './support/e2e';
import { NEUTRAL_PATH, WELLBEING_PATH } from '../../preview/pages';
import { spAs } from '../../preview/site';
import type { Persona } from '../../preview/site';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';
import type { IMailService } from '../../src/services/mail/IMailService';
import type { AlertRecord, MyAlert } from '../../src/services/store/IWellbeingStore';
import { AlertsList } from '../../src/schema/lists';

jest.setTimeout(300000);

const PART = '[data-raise-concern]';
const INDUCTION_PATH = '/sites/peopleservices/SitePages/Induction.aspx';
const noMail: IMailService = {
  notify: () => Promise.resolve({ ok: true, value: undefined }),
  sendAlertCopy: () => Promise.resolve({ ok: true, value: undefined })
};

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ demoData: false });
});

afterAll(async () => {
  if (e2e) await e2e.close();
});

function storeAs(persona: Persona): SharePointWellbeingStore {
  return new SharePointWellbeingStore(spAs(e2e.preview.emulator, persona), noMail);
}

/** R10: triage reads every alert still waiting for a case. */
async function alertAsTriage(reference: string): Promise<AlertRecord | undefined> {
  const work = await storeAs('psw').openWork();
  if (!work.ok) throw new Error(`openWork failed: ${work.error.kind}`);
  return work.value.alertsWithoutCase.find((a) => a.alert.reference === reference);
}

/** Every alert item this persona can read straight from the list (R21: their own only). */
async function referencesVisibleTo(persona: Persona): Promise<string[]> {
  const column = AlertsList.fields.reference.internalName;
  const items: Record<string, unknown>[] = await spAs(e2e.preview.emulator, persona).web.lists.getByTitle(AlertsList.title).items.select(column).top(5000)();
  return items.map((i) => String(i[column]));
}

/** The radio group whose name ends with this (the form's ids have a generated prefix). */
const chooseIn = (page: Page, group: string, value: string): Promise<void> => chooseRadio(page, `${PART} input[type=radio][name$="-${group}"]`, value);
const typeIn = (page: Page, nameEnd: string, text: string): Promise<void> => typeIntoWithShift(page, `${PART} [name$="-${nameEnd}"]`, text);
const EXIT_BUTTON = `${PART} button[data-exit-this-page]`;

/** What this tab keeps of the draft (session storage), or undefined when there is none. */
async function savedDraft(page: Page): Promise<{ stage: string; draft: Record<string, unknown> } | undefined> {
  const text = await page.evaluate(() => {
    const key = Object.keys(window.sessionStorage).find((k) => k.startsWith('wellbeing-raise-draft'));
    return key ? window.sessionStorage.getItem(key) : null;
  });
  return text ? JSON.parse(text) : undefined;
}

/** Shift+Tab back up the page until the focused element matches and has this text (bounded), as a keyboard user goes back. */
async function shiftTabTo(page: Page, selector: string, text: string, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Shift+Tab');
    const found = await page.evaluate(([s, t]) => !!document.activeElement && document.activeElement.matches(s) && document.activeElement.textContent === t, [selector, text]);
    if (found) return;
  }
  throw new Error(`Could not reach ${selector} "${text}" with Shift+Tab in ${maxTabs} presses`);
}

/** Shift pressed and released on its own, as a person presses it to leave. */
async function loneShift(page: Page): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift');
}
const selectIn = (page: Page, nameEnd: string, value: string): Promise<void> => selectByKeyboard(page, `${PART} select[name$="-${nameEnd}"]`, value);

async function answer(page: Page, question: string, value: 'yes' | 'no'): Promise<void> {
  await page.waitForSelector(`${PART} [data-question="${question}"]`);
  await chooseIn(page, question, value);
  await tabTo(page, `${PART} button[type=submit]`);
  await page.keyboard.press('Enter');
}

async function start(page: Page, who: 'Worker' | 'Colleague', url = WELLBEING_PATH): Promise<void> {
  expect(await open(page, e2e.preview.origin + url)).toBe(200);
  await page.waitForSelector(`${PART} [data-stage="start"]`);
  await chooseIn(page, 'who', who);
  await pressButton(page, 'Continue');
}

/** Not raised with the manager, not about them, not able to: talk to an independent person (or not). */
async function toForm(page: Page, wantsIndependentPerson: 'yes' | 'no'): Promise<void> {
  await answer(page, 'raisedWithManager', 'no');
  await answer(page, 'concernInvolvesManager', 'no');
  await answer(page, 'ableToRaiseWithManager', 'no');
  await answer(page, 'wantsIndependentPerson', wantsIndependentPerson);
  await page.waitForSelector(`${PART} [data-stage="form"]`);
}

async function fillConcern(page: Page, details: string): Promise<void> {
  await typeIn(page, 'details', details);
  await typeIn(page, 'actionTaken', 'Nothing yet.');
  await typeIn(page, 'whatNeedsToHappen', 'Someone independent to talk it through with.');
  await chooseIn(page, 'protectedCharacteristic', 'no');
}

/** Continue from the form to Check your answers (axe on it), then send from there. */
async function checkAndSend(page: Page, where: string): Promise<void> {
  await pressButton(page, 'Continue');
  await page.waitForSelector(`${PART} [data-stage="check"]`);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check your answers before sending the alert');
  await expectNoAxeViolations(page, `check your answers: ${where}`);
  await pressButton(page, 'Send the alert');
}

async function sentReference(page: Page): Promise<string> {
  await page.waitForSelector(`${PART} [data-stage="sent"]`);
  return page.$eval(`${PART} [data-reference]`, (el) => el.getAttribute('data-reference') ?? '');
}

describe('raising a wellbeing concern in the preview, by keyboard', () => {
  it('a named worker: errors first, then one alert holding exactly what they typed, seen by triage and not by another member of staff', async () => {
    const page = await e2e.as('staffA');
    await start(page, 'Worker');
    await page.waitForSelector(`${PART} [data-question="raisedWithManager"]`);
    await expectNoAxeViolations(page, 'first question');
    await toForm(page, 'yes');
    await expectNoAxeViolations(page, 'the form');
    await chooseIn(page, 'anonymous', 'named');
    await typeIn(page, 'workerName', 'Alex Staff');
    await pressButton(page, 'Continue');
    await page.waitForSelector(`${PART} [data-error-summary]`);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    await expectNoAxeViolations(page, 'the form with errors');
    await screenshot(page, 'raise-named-errors');
    // Keyboard: the summary's first link takes focus to its field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toMatch(/-role$/);
    await typeWithShift(page, 'Social worker');
    // The team's error says to choose the service area first, and its link goes there (the team is disabled).
    await shiftTabTo(page, `${PART} [data-error-summary] a`, 'Select your service area first, then your team');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toMatch(/-serviceAreaId$/);
    await selectIn(page, 'serviceAreaId', 'childrens-social-care');
    await selectIn(page, 'teamId', 'csc-first-response');
    await selectIn(page, 'locationId', 'county-hall');
    await fillConcern(page, 'My caseload has been too high since the summer and I am not sleeping.');
    // Enter on a checkbox neither ticks it nor sends the form (the browser would submit it).
    await page.keyboard.down('Shift');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    const box = `${PART} input[type=checkbox][id$="-concernInvolvesManager"]`;
    await tabTo(page, box, 10);
    await page.keyboard.press('Enter');
    expect(await page.$(`${PART} [data-stage="form"]`)).not.toBeNull();
    expect(await page.$(`${PART} [data-error-summary]`)).toBeNull();
    expect(await page.$eval(box, (el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await page.textContent(`${PART} [data-route]`)).toBe("This goes to the Principal Social Worker for Children's Social Care.");
    await pressButton(page, 'Continue');
    await page.waitForSelector(`${PART} [data-stage="check"]`);
    await expectNoAxeViolations(page, 'check your answers');
    await screenshot(page, 'raise-check-answers');
    expect(await page.textContent(`${PART} [data-check-answers]`)).toContain('My caseload has been too high since the summer and I am not sleeping.');
    // Change the role: focus lands in it; Continue comes back to Check your answers.
    await tabTo(page, `${PART} a[data-change$="-role"]`, 40);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${PART} [data-stage="form"]`);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toMatch(/-role$/);
    await page.keyboard.press('End');
    await typeWithShift(page, ' (Children in Care)');
    await pressButton(page, 'Continue');
    await page.waitForSelector(`${PART} [data-stage="check"]`);
    expect(await page.textContent(`${PART} [data-check-answers]`)).toContain('Social worker (Children in Care)');
    await pressButton(page, 'Send the alert');
    const reference = await sentReference(page);
    expect(await page.textContent(PART)).toContain('The Principal Social Worker will contact you within 48 hours');
    await page.waitForSelector(`${PART} [data-my-concerns]`);
    expect(await page.textContent(`${PART} [data-my-concerns]`)).toContain(reference);
    await expectNoAxeViolations(page, 'sent');
    await screenshot(page, 'raise-named-sent');

    const record = await alertAsTriage(reference);
    expect(record?.alert).toMatchObject({
      completedBy: 'Worker',
      consentStatus: 'NotNeeded',
      anonymous: false,
      workerName: 'Alex Staff',
      role: 'Social worker (Children in Care)',
      serviceAreaId: 'childrens-social-care',
      teamId: 'csc-first-response',
      locationId: 'county-hall',
      details: 'My caseload has been too high since the summer and I am not sleeping.',
      actionTaken: 'Nothing yet.',
      whatNeedsToHappen: 'Someone independent to talk it through with.',
      route: 'PSW',
      newStarter: false,
      firstQuestions: { raisedWithManager: false, concernInvolvesManager: false, ableToRaiseWithManager: false, wantsIndependentPerson: true }
    });
    expect(record?.publicStatus).toBe('Received');
    expect(await referencesVisibleTo('staffA')).toContain(reference);
    expect(await referencesVisibleTo('staffB')).not.toContain(reference);
    const theirs = await storeAs('staffB').myAlerts();
    expect(theirs.ok && theirs.value.map((a: MyAlert) => a.reference)).not.toContain(reference);
    expect(takeErrors(page)).toEqual([]);
  });

  it('an anonymous worker on a phone: told what anonymity means, and the alert holds no name, role or team (R5, R5a)', async () => {
    const page = await e2e.as('staffB', { viewport: { width: 390, height: 844 } });
    await start(page, 'Worker');
    await toForm(page, 'no');
    // ToR step 6: they would rather not talk to anyone, so anonymity is offered first, but not chosen for them.
    expect(await page.$$eval(`${PART} input[name$="-anonymous"]`, (els) => els.map((el) => [(el as HTMLInputElement).value, (el as HTMLInputElement).checked]))).toEqual([
      ['anonymous', false],
      ['named', false]
    ]);
    await chooseIn(page, 'anonymous', 'anonymous');
    expect(await page.textContent(`${PART} [data-anonymous-notice]`)).toContain('SharePoint itself still records which account submitted the form');
    expect(await page.$(`${PART} [name$="-workerName"]`)).toBeNull();
    await expectNoAxeViolations(page, 'anonymous form on a phone');
    await selectIn(page, 'serviceAreaId', 'children-and-family-wellbeing-service');
    await fillConcern(page, 'There is shouting in the office most weeks and people are frightened.');
    expect(await withinViewport(page, EXIT_BUTTON)).toBe(true);
    await checkAndSend(page, 'anonymous on a phone');
    const reference = await sentReference(page);
    expect(await page.textContent(PART)).toContain('As no name was given, nobody can contact you about it.');
    await expectNoAxeViolations(page, 'anonymous sent on a phone');
    await screenshot(page, 'raise-anonymous-phone-sent');

    const record = await alertAsTriage(reference);
    expect(record?.alert).toMatchObject({ anonymous: true, workerName: '', role: '', teamId: '', serviceAreaId: 'children-and-family-wellbeing-service', route: 'AP' });
    const text = JSON.stringify(record);
    for (const identifying of ['Bea', 'bea.staff']) expect(text).not.toContain(identifying);
    expect(await referencesVisibleTo('staffA')).not.toContain(reference);
    expect(takeErrors(page)).toEqual([]);
  });

  it("a colleague on someone's behalf: consent recorded as the raiser's word, and the worker gets a copy from the raiser (R4)", async () => {
    const page = await e2e.as('colleague');
    await start(page, 'Colleague');
    await toForm(page, 'yes');
    await chooseIn(page, 'consentMode', 'WorkerSeenAndAgreed');
    await tabTo(page, `${PART} input[type=checkbox][id$="-sendWorkerCopy-box"]`);
    await page.keyboard.press('Space');
    await typeIn(page, 'copyTo', 'alex.staff@leics.example');
    await chooseIn(page, 'anonymous', 'named');
    await typeIn(page, 'workerName', 'Alex Staff');
    await typeIn(page, 'role', 'Family worker');
    await selectIn(page, 'serviceAreaId', 'children-and-family-wellbeing-service');
    await selectIn(page, 'teamId', 'cfws-family-help');
    await fillConcern(page, 'Alex has been very low since the restructure and asked me to help write this.');
    await expectNoAxeViolations(page, 'colleague form');
    await checkAndSend(page, 'colleague');
    const reference = await sentReference(page);
    await page.waitForSelector(`${PART} p[role=status]:has-text("A copy has been sent to alex.staff@leics.example.")`);
    expect(await page.textContent(PART)).toContain('The Advanced Practitioner will contact your colleague within 48 hours');

    const record = await alertAsTriage(reference);
    expect(record?.alert).toMatchObject({ completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed', consentStatus: 'StatedByRaiser', workerName: 'Alex Staff', sendWorkerCopy: true });
    const worker = await e2e.as('staffA');
    expect(await open(worker, `${e2e.preview.origin}/_preview/inbox`)).toBe(200);
    const inbox = (await worker.textContent('main')) ?? '';
    expect(inbox).toContain(`Your wellbeing concern ${reference}: a copy for you to check`);
    expect(inbox).toContain('From chris.colleague@leics.example');
    expect(await referencesVisibleTo('staffA')).not.toContain(reference);
    expect(takeErrors(page)).toEqual([]);
  });

  it('a new starter who followed "Raise a wellbeing concern" from the induction page is recorded as a new starter (R1)', async () => {
    const page = await e2e.as('newStarter');
    expect(await open(page, e2e.preview.origin + INDUCTION_PATH)).toBe(200);
    await tabTo(page, 'a[href*="from=induction"]', 150);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.waitForSelector(`${PART} [data-new-starter]`);
    await chooseIn(page, 'who', 'Worker');
    await pressButton(page, 'Continue');
    await toForm(page, 'yes');
    await chooseIn(page, 'anonymous', 'named');
    await typeIn(page, 'workerName', 'Nia Newstarter');
    await typeIn(page, 'role', 'Newly qualified social worker');
    await selectIn(page, 'serviceAreaId', 'childrens-social-care');
    await selectIn(page, 'teamId', 'csc-first-response');
    await fillConcern(page, 'I have not had supervision in my first six weeks.');
    await checkAndSend(page, 'new starter');
    const reference = await sentReference(page);
    expect((await alertAsTriage(reference))?.alert.newStarter).toBe(true);
    expect(takeErrors(page)).toEqual([]);
  });

  it('someone who can sort it out with their manager is told how and not pushed into the form (R2)', async () => {
    const page = await e2e.as('staffA');
    await start(page, 'Worker');
    await answer(page, 'raisedWithManager', 'yes');
    await answer(page, 'acknowledged', 'yes');
    await answer(page, 'helpful', 'yes');
    await page.waitForSelector(`${PART} [data-stage="talkToManager"]`);
    expect(await page.$(`${PART} textarea`)).toBeNull();
    expect(await page.textContent(PART)).toContain('You can take this forward with your manager');
    await expectNoAxeViolations(page, 'talk to your manager');
    await screenshot(page, 'raise-talk-to-manager');
    expect(takeErrors(page)).toEqual([]);
  });

  it('a submit that fails keeps the form and says so; the retry makes exactly one alert', async () => {
    const page = await e2e.as('staffB');
    await start(page, 'Worker');
    await toForm(page, 'yes');
    await chooseIn(page, 'anonymous', 'named');
    await typeIn(page, 'workerName', 'Bea Staff');
    await typeIn(page, 'role', 'Team manager');
    await selectIn(page, 'serviceAreaId', 'childrens-social-care');
    await selectIn(page, 'teamId', 'csc-first-response');
    const details = 'Written once, sent once: the connection dropped on the first try.';
    await fillConcern(page, details);
    const before = (await referencesVisibleTo('psw')).length;
    // Every attempt to add to the alerts list (PnPjs's own retries included) loses its connection.
    e2e.preview.emulator.inject({ drop: true, count: 20, match: new RegExp(`^POST .*${AlertsList.title}'?\\)?/items`, 'i') });
    await checkAndSend(page, 'before a failed submit');
    await page.waitForSelector(`${PART} [role=alert]:has-text("Your alert has not been sent yet.")`, { timeout: 60000 });
    expect(await page.textContent(`${PART} [role=alert]`)).toContain('Everything you typed is still here.');
    expect(await page.textContent(`${PART} [data-check-answers]`)).toContain(details);
    expect((await savedDraft(page))?.draft.details).toBe(details);
    expect((await referencesVisibleTo('psw')).length).toBe(before);
    await expectNoAxeViolations(page, 'failed submit');
    e2e.preview.emulator.clearFaults();
    await pressButton(page, 'Try again');
    const reference = await sentReference(page);
    const after = await referencesVisibleTo('psw');
    expect(after.filter((r) => r === reference)).toHaveLength(1);
    expect(after.length).toBe(before + 1);
    expect((await alertAsTriage(reference))?.alert.details).toBe(details);
  });

  it('a draft survives a reload; Exit this page (Shift three times) leaves for the neutral page with no draft behind', async () => {
    const page = await e2e.as('staffA');
    await start(page, 'Worker');
    await toForm(page, 'yes');
    await typeIn(page, 'details', 'Half written when the page reloaded.');
    await page.reload();
    await page.waitForSelector(`${PART} [data-stage="form"]`);
    expect(await page.$eval(`${PART} textarea[name$="-details"]`, (el) => (el as HTMLTextAreaElement).value)).toBe('Half written when the page reloaded.');
    expect(await page.textContent(PART)).toContain('We have kept what you typed earlier in this browser tab.');
    await expectNoAxeViolations(page, 'restored draft');
    await loneShift(page);
    await loneShift(page);
    await Promise.all([page.waitForURL(`**${NEUTRAL_PATH}`), loneShift(page)]);
    expect(await page.evaluate(() => Object.keys(window.sessionStorage).filter((k) => k.startsWith('wellbeing-raise-draft')))).toEqual([]);
    // Back does not return to the form: the neutral page replaced it.
    expect(await open(page, e2e.preview.origin + WELLBEING_PATH)).toBe(200);
    await page.waitForSelector(`${PART} [data-stage="start"]`);
    expect(await page.textContent(PART)).not.toContain('Half written');
    expect(takeErrors(page)).toEqual([]);
  });

  it('typing capitals and going back with Shift+Tab never leaves the page; three lone Shift presses do, and take the draft (issue 13)', async () => {
    const page = await e2e.as('staffA');
    await start(page, 'Worker');
    await toForm(page, 'yes');
    const details = `${PART} textarea[name$="-details"]`;
    // As Playwright types text (no Shift key events), then with every capital as Shift held with its letter.
    await tabTo(page, details, 200);
    await page.keyboard.type('I have been off sick since Monday. My Manager Said... ');
    await typeWithShift(page, 'I have been off sick since Monday. My Manager Said... ');
    for (const key of ['Shift+I', 'Shift+M', 'Shift+S']) await page.keyboard.press(key);
    expect(page.url()).toContain(WELLBEING_PATH);
    // Back up the form three times with Shift+Tab, then forward again to the same field.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    expect(page.url()).toContain(WELLBEING_PATH);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('TEXTAREA');
    await tabTo(page, details, 10);
    const typed = 'I have been off sick since Monday. My Manager Said... I have been off sick since Monday. My Manager Said... IMS';
    expect(await page.$eval(details, (el) => (el as HTMLTextAreaElement).value)).toBe(typed);
    expect((await savedDraft(page))?.draft.details).toBe(typed);
    // Nothing was announced while typing: the count speaks only from a second lone press.
    expect(await page.textContent(`${PART} [data-exit-count]`)).toBe('');
    await expectNoAxeViolations(page, 'after typing capitals');

    // Two lone presses are announced; a letter in between starts the count again.
    await loneShift(page);
    await loneShift(page);
    expect(await page.textContent(`${PART} [data-exit-count]`)).toBe('Shift pressed 2 of 3 times');
    await page.keyboard.press('Shift+A');
    expect(await page.textContent(`${PART} [data-exit-count]`)).toBe('');
    await loneShift(page);
    expect(page.url()).toContain(WELLBEING_PATH);
    await page.keyboard.press('Backspace');

    await loneShift(page);
    await loneShift(page);
    await Promise.all([page.waitForURL(`**${NEUTRAL_PATH}`), loneShift(page)]);
    expect(await savedDraft(page)).toBeUndefined();
    expect(takeErrors(page)).toEqual([]);
  });

  for (const phone of [
    { name: 'a phone 390 px wide', viewport: { width: 390, height: 844 } },
    { name: '320 px wide (400% zoom of a 1280 x 1024 screen)', viewport: { width: 320, height: 256 } }
  ]) {
    it(`on ${phone.name} Exit this page stays on screen while each text field is typed in, and covers none of them (issue 13)`, async () => {
      const page = await e2e.as('staffB', { viewport: phone.viewport });
      await start(page, 'Worker');
      await toForm(page, 'yes');
      await chooseIn(page, 'anonymous', 'named');
      for (const [field, text] of [
        ['workerName', 'Bea Staff'],
        ['role', 'Team manager'],
        ['details', 'Since the Restructure in May I have Not had a Day off.'],
        ['actionTaken', 'I Told my Manager in July.'],
        ['whatNeedsToHappen', 'Someone Independent to talk it through with.']
      ]) {
        await typeIn(page, field, text);
        expect({ field, visible: await withinViewport(page, EXIT_BUTTON), covers: await overlapsFocused(page, EXIT_BUTTON) }).toEqual({ field, visible: true, covers: false });
      }
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      // A field reached from the error summary is scrolled to the top of the screen: it stays clear of the button.
      await pressButton(page, 'Continue');
      await page.waitForSelector(`${PART} [data-error-summary]`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).getAttribute('name') ?? '')).toMatch(/-serviceAreaId$/);
      expect(await overlapsFocused(page, EXIT_BUTTON)).toBe(false);
      // Nothing in the form is wider than the screen (WCAG 1.4.10 reflow).
      const wide = await page.$$eval(`${PART} *`, (els) =>
        els.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => `${el.tagName} ${el.getAttribute('name') ?? el.className}`)
      );
      expect(wide).toEqual([]);
      await expectNoAxeViolations(page, `form on ${phone.name}`);
      await screenshot(page, `raise-phone-${phone.viewport.width}`);
      // The button is the way out on a phone (no Shift key): pressed where it is, it leaves and takes the draft.
      await Promise.all([page.waitForURL(`**${NEUTRAL_PATH}`), page.click(EXIT_BUTTON)]);
      expect(await savedDraft(page)).toBeUndefined();
      expect(takeErrors(page)).toEqual([]);
    });
  }

  it('the Exit this page button does the same', async () => {
    const page = await e2e.as('staffB');
    await start(page, 'Worker');
    await toForm(page, 'yes');
    await typeIn(page, 'details', 'Private words.');
    await tabTo(page, `${PART} button[data-exit-this-page]`, 150);
    await Promise.all([page.waitForURL(`**${NEUTRAL_PATH}`), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => Object.keys(window.sessionStorage).filter((k) => k.startsWith('wellbeing-raise-draft')))).toEqual([]);
  });
});
