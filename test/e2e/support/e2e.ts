/*
 * End-to-end harness: the local preview on a free port, Debian's Chromium driven by playwright-core (browser
 * downloads do not work here), axe-core for WCAG 2.x A and AA, and a screenshot of every page as an artefact
 * in test-results/e2e/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../preview/browser';
import { PERSONA_COOKIE, Preview, PreviewOptions, startPreview } from '../../../preview/server';
import type { Persona } from '../../../preview/site';

/** The clock the demo data is seeded against, so every run shows the same screens. */
export const DEMO_NOW = new Date('2026-11-22T09:00:00Z');
export const DEMO_SEED = 20261122;

export const ARTEFACTS = path.join(__dirname, '..', '..', '..', 'test-results', 'e2e');

const ERRORS = new WeakMap<Page, string[]>();

/** Script errors and console errors on this page since the last call (and clears them). */
export function takeErrors(page: Page): string[] {
  const errors = ERRORS.get(page) ?? [];
  return errors.splice(0, errors.length);
}

export interface E2E {
  preview: Preview;
  browser: Browser;
  /** A fresh browser (own cookies and session storage) signed in as one persona. */
  as(persona: Persona, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2E(options: PreviewOptions = {}): Promise<E2E> {
  const preview = await startPreview({ port: 0, dbPath: ':memory:', demoNow: DEMO_NOW, demoSeed: DEMO_SEED, ...options });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await preview.close();
    throw e;
  }
  const contexts: BrowserContext[] = [];
  return {
    preview,
    browser,
    as: async (persona, opts = {}) => {
      const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
      contexts.push(context);
      await context.addCookies([{ name: PERSONA_COOKIE, value: persona, url: preview.origin }]);
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      const errors: string[] = [];
      ERRORS.set(page, errors);
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        // A 403/404 from SharePoint is the browser's own log line; the web part shows it to the person.
        if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (403|404|409|412|429|503)/.test(m.text())) {
          errors.push(`console: ${m.text()}`);
        }
      });
      return page;
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await preview.close();
    }
  };
}

/** Opens a page and waits until every web part on it has rendered (its loading placeholder replaced). */
export async function open(page: Page, url: string): Promise<number> {
  const response = await page.goto(url);
  // Polled on the page's own thread: the publish page's draft (the disclosure audit, issue 17) can hold that thread
  // for tens of seconds on a busy machine, so the wait outlasts it rather than failing the page.
  await page.waitForFunction(() => document.querySelectorAll('.web-part-loading').length === 0, null, { timeout: 240000 });
  return response ? response.status() : 0;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      resultTypes: ['violations']
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary }))
    }));
  });
}

/** Readable in a failing expectation: rule, impact, and the first elements it found. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  const file = path.join(ARTEFACTS, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Presses Tab until the focused element matches, as a keyboard user would (bounded). */
export async function tabTo(page: Page, selector: string, maxTabs = 60): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key in ${maxTabs} presses`);
}

/** Tabs until the focused element is a button whose text is exactly this (bounded), then presses Enter. */
export async function pressButton(page: Page, text: string, maxTabs = 200): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el && el.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : '';
    });
    if (focused === text) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`No button "${text}" reachable by Tab`);
}

/** Tabs into a radio group (any radio matching the selector) and moves with the arrow keys to the value. */
export async function chooseRadio(page: Page, groupSelector: string, value: string): Promise<void> {
  await tabTo(page, groupSelector, 200);
  for (let i = 0; i < 8; i++) {
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { value: el.value, checked: el.checked };
    });
    if (state.value === value) {
      if (!state.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No radio ${value} in ${groupSelector}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector, 200);
  await page.keyboard.type(text);
}

/** Characters a US keyboard types with Shift held (besides capital letters). */
const SHIFTED = '~!@#$%^&*()_+{}|:"<>?';

/**
 * Types as a person does, key by key: each capital letter and shifted symbol is Shift held with its key
 * (Shift down, key down, key up, Shift up), which `keyboard.type` alone does not send.
 */
export async function typeWithShift(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    if ((ch >= 'A' && ch <= 'Z') || SHIFTED.includes(ch)) {
      await page.keyboard.press(`Shift+${ch}`);
    } else {
      await page.keyboard.type(ch);
    }
  }
}

/** Tabs to a field and types into it key by key, capitals with Shift (typeWithShift). */
export async function typeIntoWithShift(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector, 200);
  await typeWithShift(page, text);
}

/** The focused element's box and another element's box overlap (both in viewport coordinates). */
export async function overlapsFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const a = document.activeElement?.getBoundingClientRect();
    const b = document.querySelector(s)?.getBoundingClientRect();
    if (!a || !b) throw new Error(`nothing focused, or no ${s}`);
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }, selector);
}

/** The element is wholly inside the viewport. */
export async function withinViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    if (!r) throw new Error(`no ${s}`);
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  }, selector);
}

/** A closed select changes value with the arrow keys, as a keyboard user does it. */
export async function selectByKeyboard(page: Page, selector: string, value: string): Promise<void> {
  await tabTo(page, selector, 200);
  const { target, current } = await page.$eval(
    selector,
    (el, v) => {
      const s = el as HTMLSelectElement;
      return { target: Array.from(s.options).findIndex((o) => o.value === v), current: s.selectedIndex };
    },
    value
  );
  if (target < 0) throw new Error(`${value} is not an option of ${selector}`);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  const chosen = await page.$eval(selector, (el) => (el as HTMLSelectElement).value);
  if (chosen !== value) throw new Error(`${selector} shows ${chosen}, not ${value}`);
}

/** axe finds nothing on the page as it is now; `where` names the state in a failure. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect({ where, violations: describeViolations(await axeViolations(page)) }).toEqual({ where, violations: [] });
}
