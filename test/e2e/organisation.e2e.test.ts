/*
 * Issue 18 in the preview, by keyboard with axe-core on every state: the data site's owner adds a team and retires
 * another on the organisation page (no rebuild, no re-provision); a member of staff's raise form then offers the new
 * team and not the retired one; and a case raised with the retired team before it was retired still shows its name
 * on the PSW's board. A PSW may open the page but SharePoint refuses them the save, said plainly.
 */
import type { Page } from 'playwright-core';
import { chooseRadio, DEMO_NOW, E2E, expectNoAxeViolations, open, pressButton, screenshot, selectByKeyboard, startE2E, tabTo, takeErrors, typeIntoWithShift } from './support/e2e';
import { spAs } from '../../preview/site';
import type { Persona } from '../../preview/site';
import { WELLBEING_PATH } from '../../preview/pages';
import { emptyAlertDraft, prepareAlert } from '../../src/domain/alert';
import { newIdempotencyKey, newReference } from '../../src/domain/reference';
import { referenceOrganisation } from '../../src/referenceData';
import { OrganisationList } from '../../src/schema';
import type { IMailService } from '../../src/services/mail/IMailService';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';

jest.setTimeout(300000);

const PAGE = '/sites/wellbeing/SitePages/Organisation.aspx';
const BOARD = '/sites/wellbeing/SitePages/Triage-board.aspx';
const PART = '[data-web-part="triageBoard"]';
const RAISE = '[data-raise-concern]';
const RETIRED = 'csc-virtual-school';
const RETIRED_NAME = 'Virtual School';
const NEW_NAME = 'Kinship Assessments North';
const NEW_KEY = 'kinship-assessments-north';
const noMail: IMailService = {
  notify: () => Promise.resolve({ ok: true, value: undefined }),
  sendAlertCopy: () => Promise.resolve({ ok: true, value: undefined })
};

let e2e: E2E;
/** A case raised with the team before it was retired. */
let oldReference = '';

beforeAll(async () => {
  e2e = await startE2E();
  e2e.preview.emulator.setClock(() => DEMO_NOW);
  let seed = 1802;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const draft = {
    ...emptyAlertDraft(),
    workerName: 'Alex Staff',
    role: 'Teacher',
    serviceAreaId: 'childrens-social-care',
    teamId: RETIRED,
    details: 'The restructure has left me without supervision.',
    actionTaken: 'Nothing yet.',
    whatNeedsToHappen: 'Someone to talk it through with.',
    firstQuestions: { raisedWithManager: false, concernInvolvesManager: false, ableToRaiseWithManager: false, wantsIndependentPerson: true }
  };
  const prepared = prepareAlert(draft, referenceOrganisation, { submittedAt: DEMO_NOW, reference: newReference(random), idempotencyKey: newIdempotencyKey(random) });
  if (!prepared.ok) throw new Error(prepared.errors.map((e) => e.message).join('; '));
  const raised = await new SharePointWellbeingStore(spAs(e2e.preview.emulator, 'staffA'), noMail).submitAlert(prepared.alert);
  if (!raised.ok) throw new Error('could not raise the old alert');
  oldReference = prepared.alert.reference;
}, 900000);

afterAll(async () => {
  if (e2e) await e2e.close();
});

async function as(persona: Persona, path: string): Promise<Page> {
  const page = await e2e.as(persona);
  await page.clock.setFixedTime(DEMO_NOW);
  expect(await open(page, e2e.preview.origin + path)).toBe(200);
  return page;
}

/** Focus reaches the element with this id once React has painted the next state. */
async function focusMovesTo(page: Page, id: string): Promise<void> {
  await page
    .waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 10000 })
    .catch(async () => {
      throw new Error(`focus is on #${await page.evaluate(() => document.activeElement?.id ?? '')}, not #${id}`);
    });
}

async function said(page: Page, text: string): Promise<void> {
  await page.waitForSelector(`${PART} [role=status][data-announcement] p:has-text(${JSON.stringify(text)})`);
}

/** What the list holds, past every permission check. */
function stored(key: string): Record<string, unknown> | undefined {
  const store = e2e.preview.emulator.store;
  const list = store.listByTitle(OrganisationList.title);
  if (!list) throw new Error('no organisation list');
  return store.items(list).find((i) => i.values[OrganisationList.fields.key.internalName] === key)?.values;
}

describe('the organisation as site data (issue 18), by keyboard', () => {
  it('a PSW may open the page, but saving is refused and said plainly; nothing changes', async () => {
    const psw = await as('psw', PAGE);
    await psw.waitForSelector(`${PART} [data-organisation]`);
    await typeIntoWithShift(psw, '#org-add-office-name', 'Melton Mowbray');
    await pressButton(psw, 'Add office base');
    await psw.waitForSelector(`${PART} [data-save-problem]`);
    await focusMovesTo(psw, 'org-add-office-problem');
    expect(await psw.textContent(`${PART} [data-save-problem]`)).toContain("Only the data site's owners");
    expect(stored('melton-mowbray')).toBeUndefined();
    await expectNoAxeViolations(psw, 'a PSW refused the save');
    expect(takeErrors(psw)).toEqual([]);
  });

  it('the owner adds a team and retires another; staff are offered the new team and not the retired one; the old case keeps its name', async () => {
    const owner = await as('owner', PAGE);
    await owner.waitForSelector(`${PART} [data-organisation]`);
    await expectNoAxeViolations(owner, 'the organisation page');

    // A team without a service area is refused in words, with focus on the field to fix.
    await typeIntoWithShift(owner, '#org-add-team-name', NEW_NAME);
    await pressButton(owner, 'Add team');
    await focusMovesTo(owner, 'org-add-team-serviceAreaKey');
    expect(await owner.textContent('#org-add-team-serviceAreaKey-error')).toBe('Choose the service area this team belongs to');
    await expectNoAxeViolations(owner, 'a team without its service area');
    await owner.keyboard.press('Shift+Tab');
    await selectByKeyboard(owner, '#org-add-team-serviceAreaKey', 'childrens-social-care');
    await pressButton(owner, 'Add team');
    await said(owner, `${NEW_NAME} has been added.`);
    await focusMovesTo(owner, `org-${NEW_KEY}-rename`);
    expect(stored(NEW_KEY)).toMatchObject({ Title: NEW_NAME, OrgKind: 'team', ServiceAreaKey: 'childrens-social-care' });

    // Retire another: the question, then the confirmation; focus on the row's new status.
    await tabTo(owner, `#org-${RETIRED}-retire`, 400);
    await owner.keyboard.press('Enter');
    await focusMovesTo(owner, `org-${RETIRED}-retire-confirm`);
    await expectNoAxeViolations(owner, 'the retire question');
    await owner.keyboard.press('Enter');
    await said(owner, `${RETIRED_NAME} has been retired.`);
    await focusMovesTo(owner, `org-${RETIRED}-status`);
    expect(await owner.textContent(`#org-${RETIRED}-status`)).toBe('Retired on 22 November 2026');
    expect(stored(RETIRED)).toMatchObject({ Title: RETIRED_NAME, RetiredOn: '2026-11-22' });
    await expectNoAxeViolations(owner, 'after adding and retiring');
    await screenshot(owner, 'organisation-owner');
    expect(takeErrors(owner)).toEqual([]);

    // Staff: the raise form offers the new team and not the retired one.
    const staff = await as('staffB', WELLBEING_PATH);
    await staff.waitForSelector(`${RAISE} [data-stage="start"]`);
    await chooseRadio(staff, `${RAISE} input[type=radio][name$="-who"]`, 'Worker');
    await pressButton(staff, 'Continue');
    for (const question of ['raisedWithManager', 'concernInvolvesManager', 'ableToRaiseWithManager', 'wantsIndependentPerson']) {
      await staff.waitForSelector(`${RAISE} [data-question="${question}"]`);
      await chooseRadio(staff, `${RAISE} input[type=radio][name$="-${question}"]`, question === 'wantsIndependentPerson' ? 'yes' : 'no');
      await tabTo(staff, `${RAISE} button[type=submit]`);
      await staff.keyboard.press('Enter');
    }
    await staff.waitForSelector(`${RAISE} [data-stage="form"]`);
    await chooseRadio(staff, `${RAISE} input[type=radio][name$="-anonymous"]`, 'named');
    await selectByKeyboard(staff, `${RAISE} select[name$="-serviceAreaId"]`, 'childrens-social-care');
    const teams = await staff.$$eval(`${RAISE} select[name$="-teamId"] option`, (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(teams).toContain(NEW_KEY);
    expect(teams).not.toContain(RETIRED);
    await selectByKeyboard(staff, `${RAISE} select[name$="-teamId"]`, NEW_KEY);
    await expectNoAxeViolations(staff, 'the raise form with the new team');
    expect(takeErrors(staff)).toEqual([]);

    // The PSW's board: the case raised before the retirement still shows the team's name.
    const psw = await as('psw', BOARD);
    await psw.waitForSelector(`${PART} [data-board]`);
    await psw.waitForFunction(() => !document.body.textContent?.includes('Opening a case for each new alert'));
    await typeIntoWithShift(psw, '#board-reference', oldReference);
    await tabTo(psw, `${PART} button[aria-label="Open ${oldReference}"]`, 40);
    await psw.keyboard.press('Enter');
    await psw.waitForSelector(`${PART} [data-case="${oldReference}"]`);
    const facts = await psw.$$eval(`${PART} [data-case="${oldReference}"] dt`, (terms) =>
      terms.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''])
    );
    expect(facts).toContainEqual(['Team', RETIRED_NAME]);
    await expectNoAxeViolations(psw, 'the old case with its retired team');
    await screenshot(psw, 'organisation-old-case');
    expect(takeErrors(psw)).toEqual([]);
  });
});
