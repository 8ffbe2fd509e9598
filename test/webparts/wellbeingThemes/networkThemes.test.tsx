/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NetworkThemeInput, NetworkThemeItem } from '../../../src/services/store/IWellbeingStore';
import { validateNetworkTheme } from '../../../src/webparts/wellbeingThemes/components/NetworkThemes';
import { CSC, fail, fakeStore, ok, showThemes, tableText } from './themesFixtures';

const NOW = new Date('2026-11-22T09:00:00Z');
const MINE: NetworkThemeItem[] = [{ id: 4, network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'race', count: 3, note: 'Comments at team meetings' }];

function repStore(entries: NetworkThemeItem[] = MINE): ReturnType<typeof fakeStore> {
  return fakeStore({
    themeAccess: jest.fn(() => ok({ readPublished: true, publish: false, recordNetworkThemes: true })),
    networkThemes: jest.fn((quarterId: string) => ok(entries.filter((e) => e.quarterId === quarterId))),
    addNetworkTheme: jest.fn((input: NetworkThemeInput) => ok({ id: 20, ...input }))
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

const LABELS: Record<string, string> = {
  Network: 'Network (required)',
  Quarter: 'Quarter',
  'Service area': 'Service area (optional)',
  Theme: 'Theme (required)',
  'How many people': 'How many people raised this theme (required)',
  Note: 'Note (optional, no names)'
};
const field = (label: string): HTMLInputElement => screen.getByLabelText(LABELS[label]) as HTMLInputElement;

function fill(values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(field(label), { target: { value } });
  }
}

async function ready(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Record a theme' });
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}

describe('Wellbeing themes: network reps record themes (R19)', () => {
  it('tells reps plainly never to include names, and lists their own entries for the quarter', async () => {
    const store = repStore();
    showThemes('networkThemes', store);
    expect(screen.getByRole('heading', { level: 2, name: 'Themes from the staff networks' })).toBeTruthy();
    await ready();
    expect(screen.getByText(/Please do not include names, or anything that could identify someone/)).toBeTruthy();
    expect(tableText(document.querySelector('table[data-table="myEntries"]') as HTMLTableElement)).toEqual([
      ['Theme', 'Network', 'Service area', 'How many', 'Note'],
      ['Race, racism or discrimination on grounds of race', 'BAME Network and Race Champions', 'Not given', '3', 'Comments at team meetings']
    ]);
    expect(store.networkThemes).toHaveBeenCalledWith('FY2026Q3');
    const quarter = field('Quarter') as unknown as HTMLSelectElement;
    expect(Array.from(quarter.options).map((o) => o.textContent)).toEqual(['2026-27 Q3', '2026-27 Q2']);
    fireEvent.change(quarter, { target: { value: 'FY2026Q2' } });
    expect(await screen.findByText('You have not recorded any themes for 2026-27 Q2 yet.')).toBeTruthy();
  });

  it('saves a theme (the note without names), says so in the live region, and starts a new entry keeping network and quarter', async () => {
    const store = repStore();
    showThemes('networkThemes', store);
    await ready();
    fill({ Network: 'LgbtStaffNetwork', 'Service area': CSC, Theme: 'lgbt', 'How many people': '2', Note: 'Worries about being out at work' });
    fireEvent.click(screen.getByRole('button', { name: 'Save this theme' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Saved: Sexual orientation or gender identity (LGBT+), LGBT+ Staff Network, 2026-27 Q3 (2). Thank you.')
    );
    expect(store.addNetworkTheme).toHaveBeenCalledWith({
      network: 'LgbtStaffNetwork',
      quarterId: 'FY2026Q3',
      serviceAreaId: CSC,
      themeId: 'lgbt',
      count: 2,
      note: 'Worries about being out at work'
    });
    expect(field('Network').value).toBe('LgbtStaffNetwork');
    expect(field('Theme').value).toBe('');
    expect(field('How many people').value).toBe('');
    expect(field('Note').value).toBe('');
    const rows = tableText(document.querySelector('table[data-table="myEntries"]') as HTMLTableElement);
    expect(rows[2]).toEqual(['Sexual orientation or gender identity (LGBT+)', 'LGBT+ Staff Network', "Children's Social Care", '2', 'Worries about being out at work']);
  });

  it('explains what is missing, next to each field and in a summary, and moves focus to the first', async () => {
    const store = repStore();
    showThemes('networkThemes', store);
    await ready();
    fill({ 'How many people': 'two' });
    fireEvent.click(screen.getByRole('button', { name: 'Save this theme' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Choose which network this is for.',
      'Choose the theme.',
      'Enter how many people raised this, as a whole number from 1 to 999.'
    ]);
    expect(document.activeElement).toBe(field('Network'));
    expect(field('Network').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById((field('How many people').getAttribute('aria-describedby') ?? '').split(' ')[0])?.textContent).toBe(
      'Enter how many people raised this, as a whole number from 1 to 999.'
    );
    expect(store.addNetworkTheme).not.toHaveBeenCalled();
  });

  it('R19: refuses a note with a name, an email address or an alert reference', () => {
    const form = { network: 'BameNetwork', quarterId: 'FY2026Q3', serviceAreaId: '', themeId: 'race', count: '3', note: '' };
    expect(validateNetworkTheme(form)).toEqual({});
    expect(validateNetworkTheme({ ...form, note: 'Mr Smith in Coalville, sam@leics.gov.uk' }).note).toBe(
      'Please take this out before you go on: an email address (sam@leics.gov.uk); what looks like a name (Mr Smith)'
    );
    expect(validateNetworkTheme({ ...form, count: '0' }).count).toBeDefined();
    expect(validateNetworkTheme({ ...form, count: '1000' }).count).toBeDefined();
    expect(validateNetworkTheme({ ...form, count: '2.5' }).count).toBeDefined();
    expect(validateNetworkTheme({ ...form, note: 'x'.repeat(1001) }).note).toBe('The note is 1001 characters long. Please shorten it to 1000 or fewer.');
  });

  it('when SharePoint fails to save, says so plainly, keeps everything typed, and "Try again" saves it', async () => {
    const store = repStore();
    store.addNetworkTheme.mockImplementationOnce(() => fail({ kind: 'throttled', status: 503 }));
    showThemes('networkThemes', store);
    await ready();
    fill({ Network: 'BameNetwork', Theme: 'race', 'How many people': '5', Note: 'Racist remarks in the office' });
    fireEvent.click(screen.getByRole('button', { name: 'Save this theme' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The theme was not saved. What you typed is still here. SharePoint is busy just now.');
    expect(field('How many people').value).toBe('5');
    expect(field('Note').value).toBe('Racist remarks in the office');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved:'));
    expect(store.addNetworkTheme).toHaveBeenCalledTimes(2);
    expect(store.addNetworkTheme.mock.calls[1][0]).toEqual(store.addNetworkTheme.mock.calls[0][0]);
  });

  it('when the list cannot be read, says so with a retry (the form still works)', async () => {
    const store = repStore();
    store.networkThemes.mockImplementationOnce(() => fail({ kind: 'offline' }));
    showThemes('networkThemes', store);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load this. We could not reach SharePoint.');
    expect(screen.getByRole('button', { name: 'Save this theme' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(document.querySelector('table[data-table="myEntries"]')).not.toBeNull());
  });

  it('R21: SMT opening the network reps view is told they do not have access', async () => {
    showThemes('networkThemes', fakeStore({ themeAccess: jest.fn(() => ok({ readPublished: true, publish: false, recordNetworkThemes: false })) }));
    expect(await screen.findByRole('heading', { level: 3, name: 'You do not have access to this' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save this theme' })).toBeNull();
  });
});
