/**
 * @jest-environment jsdom
 */
/*
 * Issue 18, the settings view with a fake settings store: a bad value is refused in words and what was typed
 * stays; a good one is saved with the ETag it was read with; a colleague's change at the same moment shows
 * theirs and ours and loses neither; triage see the settings read-only; anyone else a plain refusal; the site
 * check lists what is missing and says all clear once it is filled in.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { RequiredSetting, SiteFacts } from '../../../src/domain/siteSettings';
import { EDITABLE_SETTINGS, EditableSetting, ISettingsStore, SaveOutcome, SettingChange, SettingsSnapshot, StoredSetting } from '../../../src/services/store/settingsStore';
import type { StoreResult } from '../../../src/services/store/storeErrors';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { fakeStore, servicesWith } from '../../support/fakeStore';
import { testConfig } from '../../support/fixtures';

const ok = <T,>(value: T): Promise<StoreResult<T>> => Promise.resolve({ ok: true, value });

const PERSON = (name: string): { id: string; displayName: string } => ({ id: `i:0#.f|membership|${name.toLowerCase().replace(' ', '.')}@leics.example`, displayName: name });

class FakeSettings implements ISettingsStore {
  public stored: Record<EditableSetting, StoredSetting>;
  public saves: { over: StoredSetting; json: string }[] = [];
  public canSave = true;
  public refuse = false;
  /** A colleague's save just before ours: the next save is a conflict with this. */
  public theirs: StoredSetting | undefined;
  public checks: RequiredSetting[][] = [];

  public constructor(values: Partial<Record<EditableSetting, string>>) {
    this.stored = {} as Record<EditableSetting, StoredSetting>;
    EDITABLE_SETTINGS.forEach((key, i) => {
      const json = values[key];
      this.stored[key] = json === undefined ? { key, json: '' } : { key, id: i + 1, etag: '"1"', json };
    });
  }

  public read(): Promise<StoreResult<SettingsSnapshot>> {
    if (this.refuse) return Promise.resolve({ ok: false, error: { kind: 'notFound', retryable: false } });
    return ok({ settings: { ...this.stored }, config: testConfig(), canSave: this.canSave });
  }
  public save(over: StoredSetting, json: string): Promise<StoreResult<SaveOutcome>> {
    this.saves.push({ over, json });
    if (this.theirs && over.etag === this.stored[over.key].etag) {
      const theirs = this.theirs;
      this.theirs = undefined;
      this.stored[over.key] = theirs;
      return ok({ kind: 'conflict', theirs });
    }
    const setting = { key: over.key, id: over.id ?? 99, etag: `"${Number((over.etag ?? '"0"').replace(/"/g, '')) + 1}"`, json };
    this.stored[over.key] = setting;
    return ok({ kind: 'saved', setting, logged: true });
  }
  public logChange(): Promise<StoreResult<void>> {
    return ok(undefined);
  }
  public changeLog(): Promise<StoreResult<SettingChange[]>> {
    return ok([]);
  }
  public siteFacts(missing: RequiredSetting[]): Promise<StoreResult<SiteFacts>> {
    this.checks.push(missing);
    return ok({ packageSchemaVersion: 4, siteSchemaVersion: 4, groups: [], missingSettings: missing, lists: [], relay: 'none' });
  }
}

const FILLED: Partial<Record<EditableSetting, string>> = {
  triageTeam: JSON.stringify([{ ...PERSON('Priya Psw'), route: 'PSW', serviceAreaIds: [], managementLineTeamIds: ['csc-out-of-hours'], managementLineNames: [] }]),
  hosSafeguarding: JSON.stringify([PERSON('Hana Hos')]),
  serviceManagers: JSON.stringify({ 'childrens-social-care': PERSON('Sam Manager'), 'children-and-family-wellbeing-service': PERSON('Sam Manager') }),
  slaMode: '"calendar"',
  suppressionThreshold: '3',
  retentionYears: '6'
};

function show(settings: FakeSettings): void {
  const services = { ...servicesWith(fakeStore()), settings: () => Promise.resolve(settings) };
  render(
    <WebPartRoot services={services}>
      <TriageBoard view="settings" />
    </WebPartRoot>
  );
}

const block = (key: string): HTMLElement => document.querySelector(`[data-setting="${key}"]`) as HTMLElement;

describe('the settings view (issue 18)', () => {
  it('R20: a threshold under three is refused in words, what was typed stays, and nothing is saved; three or more is saved with its ETag', async () => {
    const fake = new FakeSettings(FILLED);
    show(fake);
    const input = (await screen.findByRole('textbox', { name: 'Suppression threshold' }, { timeout: 10000 })) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the suppression threshold' }));
    expect(await within(block('suppressionThreshold')).findByText('Enter 3 or more. Fewer than three approaches could point to a person.')).toBeTruthy();
    expect(input.value).toBe('2');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(fake.saves).toEqual([]);
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the suppression threshold' }));
    expect(await within(block('suppressionThreshold')).findByText('Saved: the suppression threshold.')).toBeTruthy();
    expect(fake.saves).toEqual([{ over: expect.objectContaining({ key: 'suppressionThreshold', etag: '"1"' }), json: '5' }]);
  });

  it('the relay address is https only: an http address is refused and kept as typed', async () => {
    const fake = new FakeSettings(FILLED);
    show(fake);
    const input = (await screen.findByRole('textbox', { name: 'Relay address' }, { timeout: 10000 })) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'http://relay.leics.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the relay address' }));
    expect(await within(block('relayAddress')).findByText('The relay address starts with https:// so submissions travel encrypted.')).toBeTruthy();
    expect(input.value).toBe('http://relay.leics.example');
    expect(fake.saves).toEqual([]);
  });

  it("a colleague's change at the same moment: theirs and ours are shown, nothing is lost, and the owner chooses", async () => {
    const fake = new FakeSettings(FILLED);
    show(fake);
    const input = (await screen.findByRole('textbox', { name: 'Years' }, { timeout: 10000 })) as HTMLInputElement;
    fake.theirs = { key: 'retentionYears', id: 7, etag: '"2"', json: '8' };
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the retention period' }));
    const conflict = await screen.findByRole('group', { name: 'Someone else changed the retention period while you were editing' }, { timeout: 10000 });
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H4'));
    expect(conflict.querySelector('[data-theirs]')?.textContent).toBe('8');
    expect(conflict.querySelector('[data-yours]')?.textContent).toBe('10');
    expect(input.value).toBe('10');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Save yours instead' }));
    expect(await within(block('retentionYears')).findByText('Saved: the retention period.')).toBeTruthy();
    // Saved over theirs with the ETag the conflict brought back, never blindly.
    expect(fake.saves[1]).toEqual({ over: expect.objectContaining({ etag: '"2"', json: '8' }), json: '10' });
    expect(fake.stored.retentionYears.json).toBe('10');
  });

  it('keeping theirs puts their value in the field and saves nothing of ours', async () => {
    const fake = new FakeSettings(FILLED);
    show(fake);
    const input = (await screen.findByRole('textbox', { name: 'Years' }, { timeout: 10000 })) as HTMLInputElement;
    fake.theirs = { key: 'retentionYears', id: 7, etag: '"2"', json: '8' };
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the retention period' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep theirs' }, { timeout: 10000 }));
    expect(await within(block('retentionYears')).findByText('Kept their change to the retention period.')).toBeTruthy();
    expect(input.value).toBe('8');
    expect(fake.saves).toHaveLength(1);
  });

  it('the site check reports the missing settings, then all clear once they are filled in', async () => {
    const fake = new FakeSettings(FILLED);
    show(fake);
    await waitFor(() => expect(document.querySelector('[data-site-check]')?.getAttribute('data-site-check')).toBe('todo'), { timeout: 10000 });
    expect(fake.checks[0]).toEqual(['quarterStartMonth']);
    expect(screen.getByText("Quarter's first month is not set. Fill it in above.")).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: "Quarter's first month" }), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: "Save the quarter's first month" }));
    await waitFor(() => expect(document.querySelector('[data-site-check]')?.getAttribute('data-site-check')).toBe('clear'), { timeout: 10000 });
    expect(screen.getByText('All clear: everything is set up.')).toBeTruthy();
  });

  it('triage see every setting read-only and are told who can change them', async () => {
    const fake = new FakeSettings(FILLED);
    fake.canSave = false;
    show(fake);
    expect(await screen.findByText(/^You can read these settings\. Only the data site's owners can change them/, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Save / })).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Suppression threshold' }).matches(':disabled')).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Suppression threshold' }) as HTMLInputElement).value).toBe('3');
  });

  it('anyone who cannot read the triage settings gets a plain refusal', async () => {
    const fake = new FakeSettings(FILLED);
    fake.refuse = true;
    show(fake);
    expect(await screen.findByText(/^This page is for the data site's owners and the triage team\./, {}, { timeout: 10000 })).toBeTruthy();
    expect(document.querySelector('[data-setting]')).toBeNull();
  });
});
