/*
 * Issue 5, signposting: the five page contexts in the preview, as a new starter and a staff member would meet
 * them, by keyboard, with axe-core on each; and what the web part costs SharePoint (one read, then none).
 */
import { axeViolations, describeViolations, E2E, open, screenshot, startE2E, tabTo, takeErrors } from './support/e2e';
import { supportDirectory } from '../../src/referenceData';
import { supportEntriesForContext } from '../../src/domain/support';
import type { PageContext } from '../../src/domain/types';
import { WELLBEING_PATH } from '../../preview/pages';

jest.setTimeout(180000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({ demoData: false });
});
afterAll(async () => {
  if (e2e) await e2e.close();
});

const PAGES: [PageContext, string][] = [
  ['general', WELLBEING_PATH],
  ['induction', '/sites/peopleservices/SitePages/Induction.aspx'],
  ['supervision', '/sites/peopleservices/SitePages/Supervision.aspx'],
  ['whistleblowing', '/sites/peopleservices/SitePages/Whistleblowing.aspx'],
  ['equalityNetworks', '/sites/equality/SitePages/Equality-networks.aspx']
];

describe('signposting in the preview (issue 5)', () => {
  it('R1: shows each page context its own entries from the SharePoint list, with the raise link carrying the page, and no axe violations', async () => {
    const page = await e2e.as('staffA');
    for (const [context, pagePath] of PAGES) {
      await open(page, `${e2e.preview.origin}${pagePath}`);
      const part = page.locator('[data-web-part="signposting"]');
      await part.locator('h4').first().waitFor();
      const titles = await part.locator('h4').allTextContents();
      expect({ context, titles }).toEqual({ context, titles: supportEntriesForContext(supportDirectory, context).map((e) => e.title) });
      const href = await part.getByRole('link', { name: 'Raise a wellbeing concern' }).getAttribute('href');
      expect(href).toBe(`${e2e.preview.origin}${WELLBEING_PATH}?from=${context}`);
      expect({ context, violations: describeViolations(await axeViolations(page)) }).toEqual({ context, violations: [] });
      expect(takeErrors(page)).toEqual([]);
      await screenshot(page, `signposting-${context}`);
    }
    await page.context().close();
  });

  it('R1: a new starter goes from the induction page to the raise form by keyboard, and the form knows where they came from', async () => {
    const page = await e2e.as('newStarter');
    await open(page, `${e2e.preview.origin}/sites/peopleservices/SitePages/Induction.aspx`);
    await tabTo(page, '[data-web-part="signposting"] a[href*="from=induction"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('from')).toBe('induction');
    await expect(page.locator('h1').textContent()).resolves.toBe('Wellbeing at work');
    await page.context().close();
  });

  it('reads the directory once per tab: one SharePoint request on the first page, none on the next', async () => {
    const page = await e2e.as('staffB');
    e2e.preview.emulator.clearRequests();
    await open(page, `${e2e.preview.origin}/sites/peopleservices/SitePages/Induction.aspx`);
    await page.locator('[data-web-part="signposting"] h4').first().waitFor();
    const first = e2e.preview.emulator.requests().filter((r) => !r.batched);
    expect(first.map((r) => new URL(r.url).pathname)).toEqual([expect.stringMatching(/lists\/getbytitle\('WellbeingSupportDirectory'\)\/items$/i)]);
    e2e.preview.emulator.clearRequests();
    await open(page, `${e2e.preview.origin}/sites/peopleservices/SitePages/Supervision.aspx`);
    await page.locator('[data-web-part="signposting"] h4').first().waitFor();
    expect(e2e.preview.emulator.requests()).toEqual([]);
    await page.context().close();
  });

  it('R9: when SharePoint is busy, says so, still gives the 24/7 line, and "Try again" by keyboard recovers', async () => {
    const page = await e2e.as('staffA');
    e2e.preview.emulator.inject({ status: 503, count: 10, retryAfterSeconds: 0, match: 'WellbeingSupportDirectory' });
    await open(page, `${e2e.preview.origin}/sites/peopleservices/SitePages/Supervision.aspx`);
    const part = page.locator('[data-web-part="signposting"]');
    await part.getByRole('alert').waitFor({ timeout: 60000 });
    await expect(part.getByRole('link', { name: /^Call Staff Support/ }).getAttribute('href')).resolves.toBe('tel:08001116387');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'signposting-sharepoint-busy');
    e2e.preview.emulator.clearFaults();
    await part.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await part.locator('h4').nth(1).waitFor();
    expect(await part.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });
});
