/*
 * A store whose every method is a jest mock, for component tests of any web part. A method a test does not
 * set refuses loudly, so a screen that makes an unexpected request fails its test.
 */
import type { IWellbeingServices } from '../../src/services/IWellbeingServices';
import type { IWellbeingStore, ThemeAccess } from '../../src/services/store/IWellbeingStore';
import type { StoreError, StoreResult } from '../../src/services/store/storeErrors';
import { fakeServices } from './fakeServices';
import { entriesOfOrganisation, organisationFromEntries } from '../../src/domain/organisation';
import type { OrganisationEntry } from '../../src/domain/organisation';
import type { OrganisationData } from '../../src/services/store/organisation';
import { referenceOrganisation } from '../../src/referenceData';

/** The organisation as a freshly provisioned site holds it (with `changes` applied: a rename, a retirement). */
export function seededOrganisation(change: (entries: OrganisationEntry[]) => OrganisationEntry[] = (e) => e): OrganisationData {
  const rows = change(entriesOfOrganisation(referenceOrganisation)).map((entry, i) => ({ ...entry, id: i + 1, etag: `"e${i + 1},1"` }));
  return { rows, organisation: organisationFromEntries(rows) };
}

export const ok = <T>(value: T): Promise<StoreResult<T>> => Promise.resolve({ ok: true as const, value });
export const fail = <T>(error: Partial<StoreError> & Pick<StoreError, 'kind'>): Promise<StoreResult<T>> =>
  Promise.resolve({ ok: false as const, error: { retryable: true, ...error } });

export type FakeStore = { [K in keyof IWellbeingStore]: jest.Mock };

/** A store whose every method is a mock; the ones a test does not set refuse loudly. */
export function fakeStore(overrides: Partial<Record<keyof IWellbeingStore, jest.Mock>> = {}): FakeStore {
  const refuse = (name: string): jest.Mock => jest.fn(() => Promise.reject(new Error(`This test did not expect store.${name}()`)));
  const names: Array<keyof IWellbeingStore> = [
    'currentUser',
    'submitAlert',
    'myAlerts',
    'sendAlertCopy',
    'confirmAsWorker',
    'openWork',
    'setAlertAside',
    'caseDetail',
    'openCase',
    'updateCase',
    'casesReceivedBetween',
    'appendCaseEvents',
    'caseEvents',
    'saveDiscussion',
    'searchPeople',
    'workerConfirmation',
    'shareManagerSummary',
    'notifySummaryShared',
    'managerSummaries',
    'recordHosFollowUp',
    'publishThemeReport',
    'latestThemeReports',
    'themeReportHistory',
    'themeAccess',
    'addNetworkTheme',
    'networkThemes',
    'supportDirectory',
    'config',
    'organisation',
    'saveOrganisationEntry'
  ];
  const store = {} as FakeStore;
  for (const name of names) {
    store[name] = overrides[name] ?? refuse(name);
  }
  if (!overrides.organisation) {
    // Issue 18: the organisation the provisioner seeds on a new site, unless a test sets its own.
    store.organisation = jest.fn(() => ok(seededOrganisation()));
  }
  if (!overrides.themeAccess) {
    store.themeAccess = jest.fn(() => ok<ThemeAccess>({ readPublished: true, publish: true, recordNetworkThemes: true }));
  }
  return store;
}

export function servicesWith(store: FakeStore): IWellbeingServices {
  return { ...fakeServices(), store: () => Promise.resolve(store as unknown as IWellbeingStore) };
}
