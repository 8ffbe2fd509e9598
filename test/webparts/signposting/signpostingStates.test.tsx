/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import { supportDirectory } from '../../../src/referenceData';
import type { PageContext, SupportEntry } from '../../../src/domain/types';
import type { IWellbeingServices } from '../../../src/services/IWellbeingServices';
import type { IWellbeingStore } from '../../../src/services/store/IWellbeingStore';
import type { StoreErrorKind, StoreResult } from '../../../src/services/store/storeErrors';
import { Signposting, staffSupportFallback } from '../../../src/webparts/signposting/components/Signposting';
import { DirectoryReaderScope, withDirectoryReader } from '../../../src/webparts/signposting/components/DirectoryReaderScope';
import { fakeServices } from '../../support/fakeServices';

const READER = '../../../src/services/store/supportDirectory';
const RAISE_PAGE = 'https://leics.sharepoint.com/sites/peopleservices/SitePages/Wellbeing.aspx';
const seedStaffSupport = supportDirectory.find((e) => e.id === 'staff-support') as SupportEntry;

function servicesReading(read: () => Promise<StoreResult<SupportEntry[]>>): IWellbeingServices {
  const store = { supportDirectory: jest.fn(read) } as unknown as IWellbeingStore;
  return { ...fakeServices(), store: () => Promise.resolve(store) };
}

const everything = (): Promise<StoreResult<SupportEntry[]>> => Promise.resolve({ ok: true, value: supportDirectory.map((e) => ({ ...e })) });
const failing = (kind: StoreErrorKind) => (): Promise<StoreResult<SupportEntry[]>> => Promise.resolve({ ok: false, error: { kind, retryable: kind === 'throttled' } });

function show(services: IWellbeingServices, pageContext: PageContext = 'general', scoped = false): ReturnType<typeof render> {
  const screenElement = <Signposting pageContext={pageContext} raiseConcernPageUrl={RAISE_PAGE} />;
  return render(<WebPartRoot services={services}>{scoped ? <DirectoryReaderScope>{screenElement}</DirectoryReaderScope> : screenElement}</WebPartRoot>);
}

/** A PnPjs root that answers the one directory read from the seed data, and counts it. */
function directorySp(): { sp: SPFI; reads: string[] } {
  const reads: string[] = [];
  const items = supportDirectory.map((e) => ({
    Title: e.title,
    EntryId: e.id,
    EntryDescription: e.description,
    EntryKind: e.kind,
    ContactPhone: e.phone ?? null,
    ContactEmail: e.email ?? null,
    EntryUrl: e.url ?? null,
    OpeningHours: e.hours ?? null,
    EntryNote: e.note ?? null,
    PageContexts: e.contexts,
    SortOrder: e.order
  }));
  const sp = {
    web: {
      lists: {
        getByTitle: (title: string) => ({
          items: {
            select: () => ({
              top: () => () => {
                reads.push(title);
                return Promise.resolve(items);
              }
            })
          }
        })
      }
    }
  } as unknown as SPFI;
  return { sp, reads };
}

beforeEach(() => {
  sessionStorage.clear();
});

describe('R9: the 24/7 Staff Support line is always there', () => {
  it('R9: the built-in fallback is the Staff Support entry of the reference data, number and all (and only that one entry)', () => {
    expect(staffSupportFallback()).toEqual(seedStaffSupport);
  });

  it.each<[StoreErrorKind, string]>([
    ['throttled', 'SharePoint is busy.'],
    ['serverError', 'SharePoint is busy.'],
    ['offline', 'You seem to be offline.'],
    ['noPermission', "You don't have access to the support list."],
    ['signedOut', "You don't have access to the support list."],
    ['notFound', 'Something went wrong.']
  ])('R9: when the list read fails (%s) it says so plainly and still gives the line to call', async (kind, reason) => {
    show(servicesReading(failing(kind)), 'whistleblowing');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`We couldn't load the support contacts just now. ${reason}`);
    const call = screen.getByRole('link', { name: 'Call Staff Support (24/7 confidential helpline) on 0800 1116 387' });
    expect(call.getAttribute('href')).toBe('tel:08001116387');
    expect(screen.getByText('Open: 24 hours a day, every day of the year')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    // The page's own explanation and the way to raise a concern do not depend on SharePoint.
    expect(screen.getByRole('link', { name: 'Raise a wellbeing concern' }).getAttribute('href')).toBe(`${RAISE_PAGE}?from=whistleblowing`);
  });

  it('R9: a failure is not remembered: the next page in the tab tries SharePoint again', async () => {
    const first = show(servicesReading(failing('offline')));
    await screen.findByRole('alert');
    first.unmount();
    const read = jest.fn(everything);
    show(servicesReading(read), 'supervision');
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(1));
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe('while it loads', () => {
  it('announces politely that support contacts are loading, and nothing else moves', async () => {
    show(servicesReading(() => new Promise<never>(() => undefined)));
    const status = await screen.findByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(status.textContent).toBe('Loading support contacts'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Support with your wellbeing');
  });
});

describe('page structure and links (WCAG 2.2 AA)', () => {
  it('R8: on the whistleblowing page, links the grievance and disciplinary policies and the code of conduct by name', async () => {
    show(servicesReading(everything), 'whistleblowing');
    for (const id of ['grievance-policy', 'disciplinary-policy', 'code-of-conduct']) {
      const entry = supportDirectory.find((e) => e.id === id) as SupportEntry;
      const link = await screen.findByRole('link', { name: `Read: ${entry.title}` });
      expect(link.getAttribute('href')).toBe(entry.url);
    }
  });

  it('starts at h2 (it sits inside a page), then h3 and h4, in one labelled region', async () => {
    show(servicesReading(everything), 'equalityNetworks');
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(1));
    expect(screen.queryAllByRole('heading', { level: 1 })).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Staff networks and wellbeing concerns']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Where to get support']);
    expect(screen.getByRole('region', { name: 'Staff networks and wellbeing concerns' })).toBeTruthy();
  });

  it('R7: the equality networks page lists each network with a way to contact it, and never mixes in another page\'s entries', async () => {
    show(servicesReading(everything), 'equalityNetworks');
    for (const title of ["Disabled Workers' Group", 'LGBT+ Staff Network', 'BAME Network', 'Race Champions']) {
      const item = (await screen.findByRole('heading', { level: 4, name: title })).closest('li') as HTMLElement;
      expect(within(item).getAllByRole('link').some((a) => /^(tel|mailto):/.test(a.getAttribute('href') ?? ''))).toBe(true);
    }
    expect(screen.queryByRole('heading', { level: 4, name: 'Local Authority Designated Officer (LADO)' })).toBeNull();
  });

  it('R9: the general page says what happens next: someone independent, contact within 48 hours, Staff Support 24 hours a day', () => {
    show(servicesReading(() => new Promise<never>(() => undefined)), 'general');
    const text = document.body.textContent ?? '';
    expect(text).toContain('the Principal Social Worker in Children\'s Social Care, or an Advanced Practitioner');
    expect(text).toContain('contact you within 48 hours');
    expect(text).toContain('Staff Support is free, confidential and there 24 hours a day');
  });

  it('R1: supervision explains how to bring wellbeing into supervision, and the raise link says it came from supervision', () => {
    show(servicesReading(() => new Promise<never>(() => undefined)), 'supervision');
    expect(screen.getByText(/ask for time in supervision to talk about your wellbeing/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Raise a wellbeing concern' }).getAttribute('href')).toBe(`${RAISE_PAGE}?from=supervision`);
  });
});

describe('in SharePoint: the light directory reader (DirectoryReaderScope)', () => {
  it('R1: reads the list itself in one request, never loading the full store, and a second page reads nothing', async () => {
    const { sp, reads } = directorySp();
    const fullStore = jest.fn(() => Promise.reject(new Error('the full store must not load for signposting')));
    const services: IWellbeingServices = { ...fakeServices({ sp }), store: fullStore };
    const first = show(services, 'induction', true);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toContain('Mentor scheme'));
    expect(reads).toEqual(['WellbeingSupportDirectory']);
    first.unmount();
    show(services, 'whistleblowing', true);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toContain('Local Authority Designated Officer (LADO)');
    expect(reads).toHaveLength(1);
    expect(fullStore).not.toHaveBeenCalled();
  });

  it('R9: if its script cannot be fetched (network gone), says so with the 24/7 line, and "Try again" fetches it again', async () => {
    let chunkArrives = false;
    const { sp, reads } = directorySp();
    // The dynamic import of the reader's chunk, as a browser that has lost the network meets it.
    jest.doMock(READER, () => {
      if (!chunkArrives) {
        throw new Error('Loading chunk signposting-directory failed.');
      }
      return jest.requireActual(READER);
    });
    const scoped = withDirectoryReader({ ...fakeServices({ sp }), store: () => Promise.reject(new Error('not the full store')) });
    show(scoped);
    expect((await screen.findByRole('alert')).textContent).toContain('You seem to be offline.');
    expect(screen.getByRole('link', { name: /^Call Staff Support/ })).toBeTruthy();
    chunkArrives = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(1));
    expect(reads).toEqual(['WellbeingSupportDirectory']);
    jest.dontMock(READER);
  });

  it('keeps the data site\'s identity: the scoped services read the site the web part was given', () => {
    const base = fakeServices({ url: 'https://leics.sharepoint.com/sites/wellbeing' });
    expect(withDirectoryReader(base).dataSite).toBe(base.dataSite);
  });
});
