/*
 * The signposting web part's light reader of the support directory: the same list, the same entries and the
 * same StoreResult as the full store, in one request, behind the IWellbeingStore interface.
 */
import type { SPFI } from '@pnp/sp';
import { supportDirectory } from '../../../src/referenceData';
import { supportEntriesForContext } from '../../../src/domain/support';
import { PAGE_CONTEXTS } from '../../../src/domain/types';
import { SupportDirectoryList } from '../../../src/schema';
import type { IWellbeingStore } from '../../../src/services/store/IWellbeingStore';
import { SharePointWellbeingStore } from '../../../src/services/store/SharePointWellbeingStore';
import type { IMailService } from '../../../src/services/mail/IMailService';
import {
  DIRECTORY_COLUMNS,
  DIRECTORY_LIST_TITLE,
  directoryFirstStore,
  readSupportDirectory,
  supportEntryFromItem
} from '../../../src/services/store/supportDirectory';
import { EmulatorSite, provisionedSite } from '../../integration/support/emulatorSite';

const sorted = [...supportDirectory].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

describe('the list it reads is the schema\'s', () => {
  it('spells the list and every column as schema/lists.ts does (it cannot import the schema without its weight)', () => {
    expect(DIRECTORY_LIST_TITLE).toBe(SupportDirectoryList.title);
    const schemaColumns = Object.fromEntries(Object.entries(SupportDirectoryList.fields).map(([key, field]) => [key, field.internalName]));
    expect(DIRECTORY_COLUMNS).toEqual(schemaColumns);
  });
});

describe('mapping a list item', () => {
  const item = {
    Title: 'Staff Support',
    EntryId: 'staff-support',
    EntryDescription: 'Free and confidential.',
    EntryKind: 'service',
    ContactPhone: '0800 1116 387',
    ContactEmail: null,
    EntryUrl: '',
    OpeningHours: '24 hours a day',
    EntryNote: 'Organisation code: LCCwell',
    PageContexts: ['general', 'induction', 'not-a-context'],
    SortOrder: 10
  };

  it('keeps what is filled in, drops empty contacts and unknown page contexts', () => {
    expect(supportEntryFromItem(item)).toEqual({
      id: 'staff-support',
      title: 'Staff Support',
      description: 'Free and confidential.',
      kind: 'service',
      phone: '0800 1116 387',
      hours: '24 hours a day',
      note: 'Organisation code: LCCwell',
      contexts: ['general', 'induction'],
      order: 10
    });
  });

  it('reads multi-choice values in verbose OData form too', () => {
    expect(supportEntryFromItem({ ...item, PageContexts: { results: ['supervision'] } })?.contexts).toEqual(['supervision']);
  });

  it('skips a row a site owner left without an id, a title or a known kind, instead of failing the directory', () => {
    expect(supportEntryFromItem({ ...item, EntryId: '' })).toBeUndefined();
    expect(supportEntryFromItem({ ...item, Title: null })).toBeUndefined();
    expect(supportEntryFromItem({ ...item, EntryKind: 'rumour' })).toBeUndefined();
  });
});

describe('against the emulated SharePoint site, as a member of staff', () => {
  let site: EmulatorSite;
  beforeAll(async () => {
    site = await provisionedSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('R1: reads the directory the provisioner seeded, in display order, in exactly one request', async () => {
    site.emulator.clearRequests();
    const result = await readSupportDirectory(site.as('staffA'));
    expect(result).toEqual({ ok: true, value: sorted });
    const requests = site.emulator.requests();
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(decodeURIComponent(new URL(requests[0].url).pathname)).toBe("/sites/wellbeing/_api/web/lists/getByTitle('WellbeingSupportDirectory')/items");
    for (const context of PAGE_CONTEXTS) {
      expect(supportEntriesForContext(result.ok ? result.value : [], context)).toEqual(supportEntriesForContext(supportDirectory, context));
    }
  });

  it('gives exactly what the full store gives (the two readers cannot drift)', async () => {
    const mail: IMailService = { send: () => Promise.reject(new Error('no mail here')) } as unknown as IMailService;
    const full = await new SharePointWellbeingStore(site.as('staffB'), mail).supportDirectory();
    expect(await readSupportDirectory(site.as('staffB'))).toEqual(full);
  });

  it('shows a site owner\'s edit on the next read, with no redeploy', async () => {
    const ids = site.emulator.seedItems(SupportDirectoryList.title, [
      {
        Title: 'Wellbeing drop-in',
        EntryId: 'wellbeing-drop-in',
        EntryDescription: 'Tuesday lunchtimes at County Hall.',
        EntryKind: 'service',
        PageContexts: ['induction'],
        SortOrder: 15
      }
    ]);
    expect(ids).toHaveLength(1);
    const result = await readSupportDirectory(site.as('newStarter'));
    const induction = supportEntriesForContext(result.ok ? result.value : [], 'induction').map((e) => e.id);
    expect(induction.slice(0, 2)).toEqual(['staff-support', 'wellbeing-drop-in']);
  });

  it('R9: a throttled read that SharePoint keeps refusing becomes a retryable "throttled" result, never a throw', async () => {
    site.emulator.inject({ status: 429, retryAfterSeconds: 0, count: 20, match: 'WellbeingSupportDirectory' });
    try {
      const result = await readSupportDirectory(site.as('staffA'));
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'throttled', retryable: true }) });
    } finally {
      site.emulator.clearFaults();
    }
  });
});

describe('directoryFirstStore: the light read behind the IWellbeingStore interface', () => {
  function fakeSp(items: Record<string, unknown>[]): { sp: SPFI; titles: string[] } {
    const titles: string[] = [];
    const sp = {
      web: {
        lists: {
          getByTitle: (title: string) => {
            titles.push(title);
            return { items: { select: () => ({ top: () => () => Promise.resolve(items) }) } };
          }
        }
      }
    } as unknown as SPFI;
    return { sp, titles };
  }

  it('reads the directory itself, without loading the full store', async () => {
    const { sp, titles } = fakeSp([{ Title: 'A', EntryId: 'a', EntryKind: 'service', PageContexts: ['general'], SortOrder: 1 }]);
    const full = jest.fn<Promise<IWellbeingStore>, []>();
    const store = directoryFirstStore(() => sp, full);
    const result = await store.supportDirectory();
    expect(result.ok && result.value.map((e) => e.id)).toEqual(['a']);
    expect(titles).toEqual(['WellbeingSupportDirectory']);
    expect(full).not.toHaveBeenCalled();
  });

  it('hands every other call to the full store, with its arguments', async () => {
    const caseEvents = jest.fn(() => Promise.resolve({ ok: true as const, value: [] }));
    const full = jest.fn(() => Promise.resolve({ caseEvents } as unknown as IWellbeingStore));
    const store = directoryFirstStore(() => fakeSp([]).sp, full);
    await expect(store.caseEvents(42)).resolves.toEqual({ ok: true, value: [] });
    expect(caseEvents).toHaveBeenCalledWith(42);
    expect(full).toHaveBeenCalledTimes(1);
  });

  it('is not a thenable, so a promise of it resolves to the store itself', async () => {
    const store = directoryFirstStore(() => fakeSp([]).sp, () => Promise.reject(new Error('not loaded')));
    await expect(Promise.resolve(store)).resolves.toBe(store);
  });
});
