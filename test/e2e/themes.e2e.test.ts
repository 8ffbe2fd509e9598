/*
 * Issue 7, and issue 15's page, in the preview, by keyboard only, with axe-core on every screen: a PSW publishes a quarter; SMT see
 * it with charts and tables, download the CSV (the numbers match the screen) and print it (A4, the whole
 * report); a network rep records a theme. The browser's clock is the demo's, so the same quarters show on
 * every run.
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, DEMO_NOW, E2E, open, screenshot, startE2E, tabTo, takeErrors } from './support/e2e';
import type { Persona } from '../../preview/site';

jest.setTimeout(300000);

const PUBLISH_PATH = '/sites/wellbeing/SitePages/Wellbeing-themes-publish.aspx';
const SMT_PATH = '/sites/smt/SitePages/Wellbeing-themes.aspx';
const NETWORK_PATH = '/sites/equality/SitePages/Network-themes.aspx';
const PART = '[data-web-part="wellbeingThemes"]';
const COMMENTARY = 'End-to-end check: workload and caseload remain the theme raised most; contact within 48 hours held up.';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  if (e2e) await e2e.close();
});

async function as(persona: Persona, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await e2e.as(persona, viewport ? { viewport } : {});
  await page.clock.setFixedTime(DEMO_NOW);
  return page;
}

/**
 * Every table of the report as the screen shows it: caption, each row's cells ("[c]" where hidden, the
 * disclosure buttons left out), and the rows the screen folded into one line (all 0, or all [c]).
 */
function screenTables(page: Page): Promise<{ caption: string; rows: string[][]; folded: { kind: string; names: string[] }[] }[]> {
  return page.$$eval(`${PART} table[data-table]`, (tables) =>
    (tables as HTMLTableElement[]).map((t) => ({
      caption: (t.caption?.textContent ?? '').trim(),
      rows: Array.from(t.rows)
        .filter((r) => !r.hasAttribute('data-folded'))
        .map((r) =>
          Array.from(r.cells).map((c) => {
            const copy = c.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('button, [data-full]').forEach((e) => e.remove());
            return (copy.textContent ?? '').trim();
          })
        ),
      folded: Array.from(t.querySelectorAll('tr[data-folded]')).map((r) => ({
        kind: r.getAttribute('data-folded') ?? '',
        names: JSON.parse(r.getAttribute('data-names') ?? '[]') as string[]
      }))
    }))
  );
}

/** RFC 4180 reading of the downloaded file (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  row.push(field);
  rows.push(row);
  return rows;
}

let publishedVersion = 0;

describe('wellbeing themes in the preview (issue 7)', () => {
  it('R18, R20: a PSW checks the draft, writes a commentary and publishes the last quarter, by keyboard alone', async () => {
    const page = await as('psw');
    expect(await open(page, `${e2e.preview.origin}${PUBLISH_PATH}`)).toBe(200);
    const part = page.locator(PART);
    // R18 decisions: the draft has theme groups and the rolling year, protected within everything published
    // before (R20); the domain's audit takes a while at the demo's volumes (see the report).
    await part.getByRole('heading', { level: 3, name: 'Draft report for 2026-27 Q2' }).waitFor({ timeout: 240000 });
    await part.locator('table[data-table="serviceAreas"]').waitFor();
    expect(await part.locator('table[data-table]').count()).toBeGreaterThanOrEqual(11);
    await expectNoAxeViolations(page, 'publish view, draft');
    await screenshot(page, 'themes-publish-draft');

    await tabTo(page, `${PART} textarea[name="commentary"]`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(COMMENTARY);
    await tabTo(page, `${PART} button[data-action="publish"]`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Publish 2026-27 Q2');
    await page.keyboard.press('Enter');
    const confirm = part.getByRole('group', { name: 'Publish the themes for 2026-27 Q2?' });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'publish view, confirming');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, publish');
    await page.keyboard.press('Enter');

    const status = part.getByRole('status').filter({ hasText: 'Published 2026-27 Q2' });
    // Publishing runs the disclosure audit again in the browser (tens of seconds on a busy machine, issue 17).
    await status.waitFor({ timeout: 240000 });
    const text = (await status.textContent()) ?? '';
    publishedVersion = Number(/version (\d+)/.exec(text)?.[1]);
    expect(publishedVersion).toBeGreaterThanOrEqual(1);
    const history = part.locator('table[data-table="history"] tbody tr').first();
    await expect(history.locator('th').textContent()).resolves.toBe(String(publishedVersion));
    await expect(history.locator('td').nth(1).textContent()).resolves.toBe('Priya PSW');
    await expectNoAxeViolations(page, 'publish view, published');
    expect(takeErrors(page)).toEqual([]);
    await screenshot(page, 'themes-publish-done');
    await page.context().close();
  });

  it('R18, R20: SMT see it with charts and tables, download the CSV (numbers as on screen) and print the whole report', async () => {
    expect(publishedVersion).toBeGreaterThanOrEqual(1);
    const page = await as('smt', { width: 1366, height: 900 });
    expect(await open(page, `${e2e.preview.origin}${SMT_PATH}`)).toBe(200);
    const part = page.locator(PART);
    await part.getByRole('heading', { level: 3, name: '2026-27 Q2: 1 July 2026 to 30 September 2026' }).waitFor({ timeout: 60000 });
    await expect(part.getByText(COMMENTARY).count()).resolves.toBe(1);
    await expect(part.getByText(`(version ${publishedVersion}).`, { exact: false }).count()).resolves.toBe(1);
    // charts (lazily loaded) and their tables
    await part.getByRole('img', { name: /^Bar chart of the table that follows: Alerts by service area and team$/ }).waitFor();
    // the first tables' charts on screen; the secondary tables' charts one disclosure away (and in print)
    expect(await part.getByRole('img', { name: /^Bar chart of the table that follows/ }).count()).toBe(4);
    const tables = await screenTables(page);
    expect(tables.map((t) => t.caption)).toContain('The last four quarters, each as it was published');
    // the quarter just published has the theme groups and the rolling year beside the eleven tables and the trend
    expect(tables.map((t) => t.caption)).toEqual(
      expect.arrayContaining([
        'Alerts by theme group (an alert counts once in each group it raised)',
        'Alerts by theme group and theme over the last four quarters'
      ])
    );
    expect(tables.length).toBe(14);
    // R20: hidden figures in the chart are a labelled state, never a bar; in tables "[c]" with its full words
    const hiddenInCharts = await part.locator('[role="img"] [data-suppressed="true"]').allTextContents();
    expect(hiddenInCharts.every((t) => t === '[c]')).toBe(true);
    await expect(part.locator('[data-legend]').textContent()).resolves.toBe(
      '[c] confidential: fewer than 3, or hidden so that a small number cannot be worked out.'
    );
    // R18: the page leads with sentences
    await expect(part.locator('section[data-section="summary"] p').textContent()).resolves.toMatch(/in 2026-27 Q2/);
    // ... and its lines are readable: each line at least as tall as its letters (a bare number once made 1.5px).
    const brief = await part
      .locator('section[data-section="summary"] p')
      .evaluate((p) => ({ line: parseFloat(getComputedStyle(p).lineHeight), font: parseFloat(getComputedStyle(p).fontSize), height: p.getBoundingClientRect().height }));
    expect(brief.line).toBeGreaterThanOrEqual(brief.font);
    expect(brief.height).toBeGreaterThanOrEqual(brief.line * 2);
    await expectNoAxeViolations(page, 'SMT view');
    await screenshot(page, 'themes-smt');

    // The default view at 1366 x 900: about three screens (issue 15); printed and written down for the lead.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`themes page height at 1366x900: ${height}px (${(height / 900).toFixed(1)} screens)`);
    fs.mkdirSync(`${__dirname}/../../test-results/e2e`, { recursive: true });
    fs.writeFileSync(`${__dirname}/../../test-results/e2e/themes-height.txt`, `${height}px at 1366x900 (${(height / 900).toFixed(1)} screens)\n`);
    // Charts beside their tables, short disclosure buttons beside each row's name and the explanation one press
    // away took it from 4.2 screens to about 3.3; this keeps it from growing back unnoticed.
    expect(height).toBeLessThanOrEqual(3.5 * 900);

    // The rolling year, by keyboard: its table's region takes focus
    await tabTo(page, `${PART} [role="region"]:has(table[data-table="rollingYear"])`, 80);
    // A group's themes, by keyboard: the disclosure button says whether it is open, and keeps focus
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, `${PART} table[data-table="groups"] button[data-action="disclose"]`, 80);
    const disclose = page.locator(':focus');
    expect(await disclose.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await disclose.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('disclose');
    await expectNoAxeViolations(page, 'SMT view, a group opened');

    // CSV, by keyboard
    await tabTo(page, `${PART} button[data-action="download-csv"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('wellbeing-themes-2026-27-Q2.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    const lines = parseCsv(csv);
    // Every table, row for row as on screen; a row the screen folded is there in full, every cell 0 or [c]
    for (const t of tables) {
      const at = lines.findIndex((l) => l.length === 1 && l[0] === t.caption);
      expect({ caption: t.caption, found: at > 0 }).toEqual({ caption: t.caption, found: true });
      const end = lines.findIndex((l, i) => i > at && l.length === 1 && l[0] === '');
      const block = lines.slice(at + 1, end);
      const foldedNames = t.folded.flatMap((f) => f.names);
      expect({ caption: t.caption, rows: block.filter((r) => foldedNames.indexOf(r[0]) < 0) }).toEqual({ caption: t.caption, rows: t.rows });
      for (const f of t.folded) {
        for (const name of f.names) {
          const row = block.find((r) => r[0] === name) ?? [];
          expect({ name, cells: row.slice(1).every((c) => c === (f.kind === 'zero' ? '0' : '[c]')) }).toEqual({ name, cells: true });
        }
      }
    }
    expect(lines.some((l) => l.indexOf('[c]') > 0)).toBe(true);
    await part.getByRole('status').filter({ hasText: 'downloading as a CSV file' }).waitFor();

    // Print, by keyboard: the button calls the browser's print, and the print layout shows the whole report.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed++;
      };
    });
    await tabTo(page, `${PART} button[data-action="print"]`, 10);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    // every table prints (the secondary ones too, and every group's themes and team rows), with the sentences
    expect(await part.locator('section[data-section]').count()).toBe(15);
    expect(await part.locator('tr[data-row]').evaluateAll((rs) => rs.every((r) => (r as HTMLElement).offsetHeight > 0))).toBe(true);
    for (const section of await part.locator('section[data-section]').all()) {
      expect(await section.isVisible()).toBe(true);
    }
    expect(await part.locator('table[data-table]').evaluateAll((ts) => ts.every((t) => (t as HTMLElement).offsetHeight > 0))).toBe(true);
    expect(await part.getByRole('button', { name: 'Download the tables (CSV)' }).isVisible()).toBe(false);
    // Nothing to press or choose on paper: not the quarter select or the buttons, nor the intranet's own controls (issue 13).
    expect(await part.locator('select, button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(await page.locator('#persona-select').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Intranet"]').isVisible()).toBe(false);
    expect(await part.locator('[role="region"]').evaluateAll((rs) => rs.every((r) => getComputedStyle(r).overflowX === 'visible'))).toBe(true);
    await screenshot(page, 'themes-smt-print');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(10000);
    fs.writeFileSync(`${__dirname}/../../test-results/e2e/themes-smt.pdf`, pdf);
    await page.emulateMedia({ media: 'screen' });
    expect(takeErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('WCAG 1.4.10: at 400% zoom (320 CSS pixels) the report reflows; only tables scroll sideways, in their own regions', async () => {
    const page = await as('smt', { width: 320, height: 800 });
    await open(page, `${e2e.preview.origin}${SMT_PATH}`);
    const part = page.locator(PART);
    await part.locator('table[data-table="trend"]').waitFor({ timeout: 60000 });
    const overflow = await part.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // Nor does the page around it (the persona switch once made it 505 px wide).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'SMT view at 320px');
    await screenshot(page, 'themes-smt-320');
    await page.context().close();
  });

  it('R19: a network rep records a theme by keyboard and sees it in their own list', async () => {
    const page = await as('networkRep');
    expect(await open(page, `${e2e.preview.origin}${NETWORK_PATH}`)).toBe(200);
    const part = page.locator(PART);
    await part.getByRole('heading', { level: 3, name: 'Record a theme' }).waitFor({ timeout: 60000 });
    await expectNoAxeViolations(page, 'network themes');
    const before = await part.locator('table[data-table="myEntries"] tbody tr').count();

    await tabTo(page, `${PART} select[name="network"]`);
    await page.keyboard.press('ArrowDown'); // the first network
    await tabTo(page, `${PART} select[name="themeId"]`, 5); // past the quarter and the service area
    await page.keyboard.press('ArrowDown'); // the first theme
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Access to reasonable adjustments on agile working days.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('save');
    await page.keyboard.press('Enter');
    expect(await part.locator('select[name="network"]').inputValue()).toBe('DisabledWorkersGroup');
    await part.getByRole('status').filter({ hasText: 'Saved:' }).waitFor({ timeout: 30000 });
    await expect(part.locator('table[data-table="myEntries"] tbody tr').count()).resolves.toBe(before + 1);
    await expectNoAxeViolations(page, 'network themes, saved');
    expect(takeErrors(page)).toEqual([]);
    await screenshot(page, 'themes-network');
    await page.context().close();
  });
});
