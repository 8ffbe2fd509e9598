/*
 * Issue 18, Teams themes: the triage board and the SMT themes page as a Teams tab shows them, in Teams' default,
 * dark and high contrast themes (the preview's `?teams=` stands for the theme Teams gives the tab), worked by
 * keyboard with axe-core's WCAG 2.2 AA rules (colour contrast included) on every state, and a screenshot of each.
 */
import type { Page } from 'playwright-core';
import { DEMO_NOW, E2E, expectNoAxeViolations, open, screenshot, startE2E, tabTo, takeErrors } from './support/e2e';
import type { Persona } from '../../preview/site';
import { teamsTheme, TeamsThemeName } from '../../src/components/teamsTheme';

jest.setTimeout(300000);

const BOARD = '/sites/wellbeing/SitePages/Triage-board.aspx';
const SMT = '/sites/smt/SitePages/Wellbeing-themes.aspx';
const THEMES: TeamsThemeName[] = ['default', 'dark', 'contrast'];

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  if (e2e) await e2e.close();
});

async function as(persona: Persona): Promise<Page> {
  const page = await e2e.as(persona);
  await page.clock.setFixedTime(DEMO_NOW);
  return page;
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The web part's own background and text colour, as the browser paints them. */
async function paint(page: Page, part: string): Promise<{ background: string; color: string }> {
  return page.$eval(`${part} > *`, (el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  });
}

describe.each(THEMES)('as a Teams tab in the %s theme', (name) => {
  const colours = teamsTheme(name).semanticColors;

  it('the triage board and a case, by keyboard, axe clean', async () => {
    const psw = await as('psw');
    expect(await open(psw, `${e2e.preview.origin}${BOARD}?teams=${name}`)).toBe(200);
    const part = '[data-web-part="triageBoard"]';
    await psw.waitForSelector(`${part} [data-board]`);
    await psw.waitForFunction(() => !document.body.textContent?.includes('Opening a case for each new alert'));
    // No intranet chrome in a tab: the board alone, on Teams' background, in Teams' colours.
    expect(await psw.$('.suite-bar')).toBeNull();
    expect(await psw.getAttribute('html', 'data-teams-theme')).toBe(name);
    expect(await paint(psw, part)).toEqual({ background: rgb(colours.bodyBackground), color: rgb(colours.bodyText) });
    await expectNoAxeViolations(psw, `the board in Teams ${name}`);
    await screenshot(psw, `teams-${name}-triage-board`);

    await tabTo(psw, `${part} button[aria-label^="Open "]`, 400);
    const opened = await psw.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await psw.keyboard.press('Enter');
    await psw.waitForSelector(`${part} [data-case="${opened.replace(/^Open /, '')}"] [data-events]`);
    await expectNoAxeViolations(psw, `a case in Teams ${name}`);
    await screenshot(psw, `teams-${name}-case`);
    expect(takeErrors(psw)).toEqual([]);
  });

  it('the SMT themes page, by keyboard, axe clean', async () => {
    const smt = await as('smt');
    expect(await open(smt, `${e2e.preview.origin}${SMT}?teams=${name}`)).toBe(200);
    const part = '[data-web-part="wellbeingThemes"]';
    await smt.locator(`${part} table[data-table]`).first().waitFor({ timeout: 60000 });
    expect(await paint(smt, part)).toEqual({ background: rgb(colours.bodyBackground), color: rgb(colours.bodyText) });
    await expectNoAxeViolations(smt, `the themes in Teams ${name}`);
    // Focus is visible and reachable in every theme: the first control of the page takes it by Tab.
    await tabTo(smt, `${part} select, ${part} button`, 60);
    expect(await smt.evaluate(() => document.activeElement?.closest('[data-web-part]')?.getAttribute('data-web-part'))).toBe('wellbeingThemes');
    await expectNoAxeViolations(smt, `the themes in Teams ${name}, a control focused`);
    await screenshot(smt, `teams-${name}-themes`);
    expect(takeErrors(smt)).toEqual([]);
  });
});
