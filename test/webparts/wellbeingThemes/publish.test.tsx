/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Case } from '../../../src/domain/caseLifecycle';
import { countedMsBetween } from '../../../src/domain/firstContactClock';
import { publishThemesReport, ThemeRecord } from '../../../src/domain/themes';
import { THEME_GROUPS } from '../../../src/webparts/wellbeingThemes/components/draft';
import type { CaseRecord, NetworkThemeItem, ThemeReportRecord, WellbeingConfig } from '../../../src/services/store/IWellbeingStore';
import { CFWS, CSC, FAMILY_HELP, fail, fakeStore, FR, ok, Q1_REPORT, Q2, reportRecord, showThemes, tableText } from './themesFixtures';
import { testConfig } from '../../support/fixtures';

/** R20: a suppressed cell shows the official statistics shorthand; its accessible name says it in full. */
const F = '[c]';
const NOW = new Date('2026-11-22T09:00:00Z');

const CONFIG: WellbeingConfig = testConfig();

function caseRecord(id: number, receivedAt: string, partial: Partial<CaseRecord> = {}, c: Partial<Case> = {}): CaseRecord {
  const alertReceivedAt = new Date(receivedAt);
  return {
    id,
    etag: '"1"',
    alertId: 100 + id,
    alertReceivedAt,
    firstContactDue: new Date(alertReceivedAt.getTime() + 48 * 3600000),
    serviceAreaId: CSC,
    teamId: FR,
    locationId: 'county-hall',
    themeIds: ['workload-and-caseload'],
    ...partial,
    case: {
      reference: `WB-ACDE-FG${String(id).padStart(2, '0')}`,
      route: partial.serviceAreaId === CFWS ? 'AP' : 'PSW',
      anonymous: false,
      consentStatus: 'NotNeeded',
      status: 'Closed',
      openedAt: alertReceivedAt,
      escalations: [],
      whistleblowing: false,
      ...c
    }
  };
}

const hoursAfter = (iso: string, h: number): Date => new Date(new Date(iso).getTime() + h * 3600000);

/**
 * July to September 2026: 7 alerts; and 1 in June (the previous quarter). Hand-counted:
 * Children's Social Care 4 (First Response 4), CFWS 3 (Family Help 3); Green 5, Amber 1, Red 1 (all three hidden);
 * first contact within 48 hours 6 of 7, median 8 hours; one escalation Green to Red.
 */
const CASES: CaseRecord[] = [
  caseRecord(1, '2026-07-06T09:00:00Z', {}, { rag: 'Green', firstContactAt: hoursAfter('2026-07-06T09:00:00Z', 4), outcome: 'ResolvedWithManager' }),
  caseRecord(2, '2026-07-13T09:00:00Z', {}, { rag: 'Green', firstContactAt: hoursAfter('2026-07-13T09:00:00Z', 6), outcome: 'ResolvedWithManager' }),
  caseRecord(3, '2026-07-20T09:00:00Z', {}, { rag: 'Green', firstContactAt: hoursAfter('2026-07-20T09:00:00Z', 8), outcome: 'ResolvedWithManager' }),
  caseRecord(4, '2026-08-03T09:00:00Z', {}, {
    rag: 'Red',
    escalations: [{ kind: 'GreenToRed', at: new Date('2026-08-10T09:00:00Z'), by: 'i:0#.f|membership|priya.psw@leics.example' }],
    firstContactAt: hoursAfter('2026-08-03T09:00:00Z', 60),
    summarySharedAt: new Date('2026-08-11T09:00:00Z'),
    followUpRecordedAt: new Date('2026-08-20T09:00:00Z')
  }),
  caseRecord(5, '2026-09-01T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville' }, { rag: 'Green', firstContactAt: hoursAfter('2026-09-01T09:00:00Z', 10) }),
  caseRecord(6, '2026-09-08T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville' }, { rag: 'Green', firstContactAt: hoursAfter('2026-09-08T09:00:00Z', 12) }),
  caseRecord(7, '2026-09-15T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville' }, { rag: 'Amber', firstContactAt: hoursAfter('2026-09-15T09:00:00Z', 2) }),
  caseRecord(8, '2026-06-15T09:00:00Z', {}, { rag: 'Green', firstContactAt: hoursAfter('2026-06-15T09:00:00Z', 3), outcome: 'ResolvedWithManager' })
];

const NETWORK_ITEMS: NetworkThemeItem[] = [
  { id: 1, network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 4, note: 'Comments in team meetings' },
  { id: 2, network: 'LgbtStaffNetwork', quarterId: 'FY2026Q2', serviceAreaId: CSC, themeId: 'lgbt', count: 1 }
];

const Q1_PUBLISHED = reportRecord(Q1_REPORT, { id: 2, version: 1 });
const Q2_V1 = reportRecord(Q1_REPORT, { id: 5, quarterId: 'FY2026Q2', label: '2026-27 Q2', version: 1, commentary: 'First look at the summer.' });

function publisherStore(history: ThemeReportRecord[] = []): ReturnType<typeof fakeStore> {
  return fakeStore({
    config: jest.fn(() => ok(CONFIG)),
    latestThemeReports: jest.fn(() => ok([...history.slice(0, 1), Q1_PUBLISHED])),
    casesReceivedBetween: jest.fn(() => ok(CASES)),
    networkThemes: jest.fn((quarterId: string) => ok(NETWORK_ITEMS.filter((n) => n.quarterId === quarterId))),
    // every version of each quarter: this quarter's as given, and the previous quarter's one version
    themeReportHistory: jest.fn((quarterId: string) => ok([...history, Q1_PUBLISHED].filter((h) => h.quarterId === quarterId))),
    publishThemeReport: jest.fn()
  });
}

/** The draft the screen must publish, from the same cases written as report records by hand. */
function expectedDraft(): ReturnType<typeof publishThemesReport> {
  const r = (c: CaseRecord, extra: Partial<ThemeRecord>): ThemeRecord => ({
    createdAt: c.alertReceivedAt,
    serviceAreaId: c.serviceAreaId,
    teamId: c.teamId,
    locationId: c.locationId,
    route: c.case.route,
    themeIds: c.themeIds,
    escalations: c.case.escalations.map((e) => e.kind),
    rag: c.case.rag,
    firstContactHours: countedMsBetween(c.alertReceivedAt, c.case.firstContactAt as Date, { mode: 'calendar' }) / 3600000,
    ...extra
  });
  const records = CASES.map((c) =>
    r(c, {
      firstContactOnTime: c.id !== 4,
      ...(c.case.outcome ? { outcome: c.case.outcome } : {}),
      ...(c.id === 4 ? { redFollowUpOnTime: true } : {})
    })
  );
  // R18 decisions: with the theme groups and the rolling year; R20: within everything published before
  return publishThemesReport(records, NETWORK_ITEMS, Q2, 3, {
    groups: THEME_GROUPS,
    earlier: [Q1_PUBLISHED.report],
    previousPublished: Q1_PUBLISHED.report.current
  });
}

beforeEach(() => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'hrtime']
  });
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

async function draftReady(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Draft report for 2026-27 Q2' }, { timeout: 3000 });
}

describe('Wellbeing themes: publishing a quarter (triage, R18-R20)', () => {
  it('offers the finished quarters, newest first, saying which are published; reads the draft for the last one', async () => {
    const store = publisherStore();
    showThemes('publish', store);
    expect(screen.getByRole('heading', { level: 2, name: 'Publish the wellbeing themes' })).toBeTruthy();
    await draftReady();
    const picker = screen.getByLabelText('Quarter to publish') as HTMLSelectElement;
    expect(Array.from(picker.options).slice(0, 3).map((o) => o.textContent)).toEqual([
      '2026-27 Q2 (not published yet)',
      '2026-27 Q1 (published, version 1)',
      '2025-26 Q4 (not published yet)'
    ]);
    expect(picker.options.length).toBe(8);
    // the cases of this quarter and the six before (the change, the rolling year and its audit), the
    // network themes of this quarter and the one before, and every published version of all seven (R20)
    expect(store.casesReceivedBetween).toHaveBeenCalledWith(new Date('2025-01-01T00:00:00Z'), new Date('2026-09-30T23:00:00Z'));
    expect(store.networkThemes.mock.calls.map((c) => c[0]).sort()).toEqual(['FY2026Q1', 'FY2026Q2']);
    expect(store.themeReportHistory.mock.calls.map((c) => c[0])).toEqual(['FY2024Q4', 'FY2025Q1', 'FY2025Q2', 'FY2025Q3', 'FY2025Q4', 'FY2026Q1', 'FY2026Q2']);
  });

  it('R18, R20: shows the draft from the records, suppressed exactly as SMT will see it (hand-counted)', async () => {
    showThemes('publish', publisherStore());
    await draftReady();
    expect(screen.getByText('Draft, not published. This is exactly what the senior management team will see.')).toBeTruthy();
    expect(screen.getByText('Worked out from 7 case records and 2 network theme entries, with the threshold set for this site: counts below 3 are hidden.')).toBeTruthy();
    expect(screen.getByText('The previous quarter is shown as it was published, so the two reports always agree.')).toBeTruthy();
    const table = (id: string): string[][] => tableText(document.querySelector(`table[data-table="${id}"]`) as HTMLTableElement);
    await waitFor(() => expect(document.querySelector('table[data-table="serviceAreas"]')).not.toBeNull());
    // R18 decision, R20: the rolling year is published beside the quarter (8 alerts: these 7 and June's
    // one). A quarter total of 7 beside it would leave 8 - 7 = 1 for the quarters before, so the quarter's
    // total is hidden, and one service area with it, or 4 + 3 would give the 7 back.
    expect(table('serviceAreas').slice(1, 3)).toEqual([
      ['All alerts', F, '5', F],
      ['Children and Family Wellbeing Service', F, F, F]
    ]);
    expect(table('rag').slice(1)).toEqual([
      // 5 + 1 + 1 = 7: Green is hidden too, or Amber and Red would be 7 - 5 = 2, one each
      ['Red', F, '0', F],
      // R18: rows all [c] or all 0 fold into one line each on screen (the CSV keeps every row)
      ['None in any column: Not rated yet'],
      ['[c] in every column: Green, Amber']
    ]);
    expect(table('firstContact')[4]).toEqual(['Median time to first contact', '8 hours', '9 hours', '-1 hours']);
    // network entries: triage see every entry, notes included; the report has totals only
    expect(table('networkEntries')).toEqual([
      ['Network', 'Theme', 'Service area', 'How many', 'Note'],
      ['BAME Network and Race Champions', 'Race, racism or discrimination on grounds of race', 'Not given', '4', 'Comments in team meetings'],
      ['LGBT+ Staff Network', 'Sexual orientation or gender identity (LGBT+)', "Children's Social Care", '1', '']
    ]);
    // R20, issue 14 (b): the BAME Network rep knows their own 4, so a total of 5 would tell them the
    // LGBT+ network's 1: the total is hidden.
    expect(table('networkThemes')[1]).toEqual(['All network themes', F, '0', F]);
  });

  it('R18: publishes only after confirming, exactly the suppressed draft and the commentary, and logs the new version', async () => {
    const store = publisherStore();
    store.publishThemeReport.mockImplementation((input: { report: unknown; commentary: string }) =>
      ok(reportRecord(input.report as typeof Q1_REPORT, { id: 9, version: 1, publishedAt: new Date('2026-11-22T09:05:00Z'), commentary: input.commentary }))
    );
    showThemes('publish', store);
    await draftReady();
    const commentary = screen.getByLabelText('Commentary for the senior management team') as HTMLTextAreaElement;
    expect(commentary.value).toBe('');
    expect(screen.getByText('2026-27 Q2 has not been published yet.')).toBeTruthy();
    fireEvent.change(commentary, { target: { value: 'Workload is still the theme most raised.' } });
    expect(screen.getByText('40 of 6000 characters')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    expect(store.publishThemeReport).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'Publish the themes for 2026-27 Q2?' });
    expect(document.activeElement).toBe(confirm);
    expect(confirm.textContent).toContain('The senior management team will see this report straight away.');

    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, publish' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Published 2026-27 Q2, version 1, at 09:05. The senior management team can see it now.'));
    expect(store.publishThemeReport).toHaveBeenCalledTimes(1);
    const input = store.publishThemeReport.mock.calls[0][0];
    expect(input).toEqual({
      quarterId: 'FY2026Q2',
      label: '2026-27 Q2',
      report: expectedDraft(),
      commentary: 'Workload is still the theme most raised.',
      expectedLatestVersion: 0
    });
    // R22: nothing from a record but counts: no reference, no login, no note
    expect(JSON.stringify(input)).not.toMatch(/WB-|priya|team meetings/);
    expect(tableText(document.querySelector('table[data-table="history"]') as HTMLTableElement)).toEqual([
      ['Version', 'Published', 'Published by', 'Counts hidden below'],
      ['1', '22 November 2026, 09:05', 'Priya PSW', '3']
    ]);
    expect((screen.getByLabelText('Quarter to publish') as HTMLSelectElement).options[0].textContent).toBe('2026-27 Q2 (published, version 1)');
  });

  it('R18: republishing starts from the last commentary, says it replaces that version for SMT, and sends the version it saw', async () => {
    const store = publisherStore([Q2_V1]);
    store.publishThemeReport.mockImplementation(() => ok(reportRecord(Q1_REPORT, { id: 10, version: 2, quarterId: 'FY2026Q2' })));
    showThemes('publish', store);
    await draftReady();
    expect((screen.getByLabelText('Commentary for the senior management team') as HTMLTextAreaElement).value).toBe('First look at the summer.');
    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    expect(screen.getByRole('group').textContent).toContain('It replaces version 1 for them. Every earlier version is kept.');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, publish' }));
    await waitFor(() => expect(store.publishThemeReport).toHaveBeenCalledTimes(1));
    expect(store.publishThemeReport.mock.calls[0][0].expectedLatestVersion).toBe(1);
  });

  it('R22: refuses a commentary with a name, a reference or contact details, saying what to take out', async () => {
    const store = publisherStore();
    showThemes('publish', store);
    await draftReady();
    const commentary = screen.getByLabelText('Commentary for the senior management team') as HTMLTextAreaElement;
    fireEvent.change(commentary, { target: { value: 'Mrs Patel (WB-ACDE-FG04) asked us to call 0116 305 0000.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(commentary);
    expect(commentary.getAttribute('aria-invalid')).toBe('true');
    const described = (commentary.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(described).toContain(
      'Please take this out before you go on: an alert reference (WB-ACDE-FG04); a phone number (0116 305 0000); what looks like a name (Mrs Patel)'
    );
    expect(store.publishThemeReport).not.toHaveBeenCalled();
  });

  it('when SharePoint fails to publish, says so plainly, keeps the commentary, and "Try again" publishes', async () => {
    const store = publisherStore();
    store.publishThemeReport
      .mockImplementationOnce(() => fail({ kind: 'offline' }))
      .mockImplementationOnce(() => ok(reportRecord(Q1_REPORT, { id: 9, version: 1, quarterId: 'FY2026Q2', publishedAt: new Date('2026-11-22T09:06:00Z') })));
    showThemes('publish', store);
    await draftReady();
    fireEvent.change(screen.getByLabelText('Commentary for the senior management team'), { target: { value: 'Kept through a failure.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, publish' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The report was not published. We could not reach SharePoint. Check your connection, then try again.');
    expect((screen.getByLabelText('Commentary for the senior management team') as HTMLTextAreaElement).value).toBe('Kept through a failure.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Published 2026-27 Q2, version 1, at 09:06.'));
    expect(store.publishThemeReport).toHaveBeenCalledTimes(2);
    expect(store.publishThemeReport.mock.calls[1][0].commentary).toBe('Kept through a failure.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('two publishers at once: the second is told, sees the other version, keeps their commentary, and can publish on top', async () => {
    const store = publisherStore();
    const theirs = reportRecord(Q1_REPORT, { id: 11, quarterId: 'FY2026Q2', label: '2026-27 Q2', version: 1, publishedByName: 'Aaron AP', publishedAt: new Date('2026-11-22T09:01:00Z') });
    store.publishThemeReport
      .mockImplementationOnce(() => {
        refused = true;
        return fail({ kind: 'conflict', retryable: false });
      })
      .mockImplementationOnce(() => ok(reportRecord(Q1_REPORT, { id: 12, quarterId: 'FY2026Q2', version: 2 })));
    let refused = false;
    store.themeReportHistory.mockImplementation((quarterId: string) => ok(refused && quarterId === 'FY2026Q2' ? [theirs] : []));
    showThemes('publish', store);
    await draftReady();
    fireEvent.change(screen.getByLabelText('Commentary for the senior management team'), { target: { value: 'Mine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, publish' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The report was not published. Someone else published 2026-27 Q2 while you were working on it.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    await waitFor(() =>
      expect(tableText(document.querySelector('table[data-table="history"]') as HTMLTableElement)[1]).toEqual(['1', '22 November 2026, 09:01', 'Aaron AP', '3'])
    );
    expect((screen.getByLabelText('Commentary for the senior management team') as HTMLTextAreaElement).value).toBe('Mine.');
    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    expect(screen.getByRole('group').textContent).toContain('It replaces version 1 for them.');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, publish' }));
    await waitFor(() => expect(store.publishThemeReport).toHaveBeenCalledTimes(2));
    expect(store.publishThemeReport.mock.calls[1][0].expectedLatestVersion).toBe(1);
  });

  it('"Not yet" closes the confirmation without publishing and returns to the Publish button', async () => {
    const store = publisherStore();
    showThemes('publish', store);
    await draftReady();
    fireEvent.click(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not yet' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Publish 2026-27 Q2' }));
    expect(store.publishThemeReport).not.toHaveBeenCalled();
  });

  it('keeps what was typed for each quarter when the publisher looks at another quarter', async () => {
    showThemes('publish', publisherStore());
    await draftReady();
    fireEvent.change(screen.getByLabelText('Commentary for the senior management team'), { target: { value: 'Summer notes.' } });
    fireEvent.change(screen.getByLabelText('Quarter to publish'), { target: { value: 'FY2026Q1' } });
    await screen.findByRole('heading', { level: 3, name: 'Draft report for 2026-27 Q1' });
    fireEvent.change(screen.getByLabelText('Quarter to publish'), { target: { value: 'FY2026Q2' } });
    await draftReady();
    expect((screen.getByLabelText('Commentary for the senior management team') as HTMLTextAreaElement).value).toBe('Summer notes.');
  });

  it('when the records cannot be read, says so with a retry; the retry shows the draft', async () => {
    const store = publisherStore();
    store.casesReceivedBetween.mockImplementationOnce(() => fail({ kind: 'serverError', status: 500 }));
    showThemes('publish', store);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load this. Something went wrong in SharePoint.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await draftReady();
  });

  it('R21: SMT opening the publishing view is told they do not have access, and nothing is read', async () => {
    const store = publisherStore();
    store.themeAccess.mockImplementation(() => ok({ readPublished: true, publish: false, recordNetworkThemes: false }));
    showThemes('publish', store);
    expect(await screen.findByRole('heading', { level: 3, name: 'You do not have access to this' })).toBeTruthy();
    expect(screen.getByText(/Publishing the wellbeing themes is for the Principal Social Worker/)).toBeTruthy();
    expect(store.casesReceivedBetween).not.toHaveBeenCalled();
  });
});
