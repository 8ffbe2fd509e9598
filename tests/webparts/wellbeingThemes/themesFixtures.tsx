/*
 * Test support for the Wellbeing themes web part: a small fixed data set, the published reports made from
 * it by the real domain code, and a store fake whose methods are jest mocks.
 */
import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { IWellbeingServices } from '../../../src/services/IWellbeingServices';
import type { IWellbeingStore, ThemeAccess } from '../../../src/services/store/IWellbeingStore';
import type { StoreError, StoreResult } from '../../../src/services/store/storeErrors';
import { WellbeingThemes } from '../../../src/webparts/wellbeingThemes/components/WellbeingThemes';
import type { ThemesView } from '../../../src/webparts/wellbeingThemes/components/wellbeingThemesProps';
import { fakeServices } from '../../support/fakeServices';

export * from './themesData';

export const ok = <T,>(value: T): Promise<StoreResult<T>> => Promise.resolve({ ok: true as const, value });
export const fail = <T,>(error: Partial<StoreError> & Pick<StoreError, 'kind'>): Promise<StoreResult<T>> =>
  Promise.resolve({ ok: false as const, error: { retryable: true, ...error } });

export const ALL_ACCESS: ThemeAccess = { readPublished: true, publish: true, recordNetworkThemes: true };
export const SMT_ACCESS: ThemeAccess = { readPublished: true, publish: false, recordNetworkThemes: false };

export type FakeStore = { [K in keyof IWellbeingStore]: jest.Mock };

/** A store whose every method is a mock; the ones a test does not set refuse loudly. */
export function fakeStore(overrides: Partial<Record<keyof IWellbeingStore, jest.Mock>> = {}): FakeStore {
  const refuse = (name: string): jest.Mock => jest.fn(() => Promise.reject(new Error(`This test did not expect store.${name}()`)));
  const names: Array<keyof IWellbeingStore> = [
    'currentUser',
    'submitAlert',
    'myAlerts',
    'openWork',
    'caseDetail',
    'openCase',
    'updateCase',
    'casesReceivedBetween',
    'appendCaseEvents',
    'caseEvents',
    'saveDiscussion',
    'shareManagerSummary',
    'managerSummaries',
    'recordHosFollowUp',
    'publishThemeReport',
    'latestThemeReports',
    'themeReportHistory',
    'themeAccess',
    'addNetworkTheme',
    'networkThemes',
    'supportDirectory',
    'config'
  ];
  const store = {} as FakeStore;
  for (const name of names) {
    store[name] = overrides[name] ?? refuse(name);
  }
  if (!overrides.themeAccess) {
    store.themeAccess = jest.fn(() => ok(ALL_ACCESS));
  }
  return store;
}

export function servicesWith(store: FakeStore): IWellbeingServices {
  return { ...fakeServices(), store: () => Promise.resolve(store as unknown as IWellbeingStore) };
}

export function showThemes(view: ThemesView, store: FakeStore): RenderResult {
  return render(
    <WebPartRoot services={servicesWith(store)}>
      <WellbeingThemes view={view} />
    </WebPartRoot>
  );
}

/** The text of every cell of a table, row by row, headers included (as a screen shows it). */
export function tableText(table: HTMLTableElement): string[][] {
  return Array.from(table.rows).map((r) => Array.from(r.cells).map((c) => (c.textContent ?? '').trim()));
}

/** Reads the Blob handed to URL.createObjectURL (jsdom implements FileReader). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
