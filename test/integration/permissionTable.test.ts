/*
 * ARCHITECTURE.md "Lists and who may do what", checked cell by cell on the emulator after a real
 * provisioning run: for each persona and each list, what they can and cannot read, add, edit and delete.
 * The expectation for every cell comes from schema/ (effectiveAccess), which test/schema checks against
 * the table as written; here SharePoint's (emulated) enforcement has to agree with it.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import {
  ALL_LISTS,
  AnyListDefinition,
  effectiveAccess,
  fieldsOf,
  ItemScope,
  ListKey,
  LISTS,
  ManagerSummariesList,
  Principal
} from '../../src/schema';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';

jest.setTimeout(120_000);

let site: EmulatorSite;
let unique = 0;

/** Which principals each persona is (every employee is also "staff"). */
const PERSONAS: Partial<Record<Persona, Principal[]>> = {
  staffA: ['staff'],
  staffB: ['staff'],
  psw: ['staff', 'triage'],
  hosSafeguarding: ['staff', 'hosSafeguarding'],
  lineManager1: ['staff', 'namedManager'], // named on the shared summary
  lineManager2: ['staff', 'namedManager'], // named on nothing
  serviceManager: ['staff', 'namedManager'], // named on the shared summary
  smt: ['staff', 'smt'],
  networkRep: ['staff', 'networkRep'],
  owner: ['staff', 'siteOwner']
};
const NAMED_ON_SHARED_SUMMARY: Persona[] = ['lineManager1', 'serviceManager'];

/** Who creates the item the others try to read, edit and delete. */
const CREATOR: Record<ListKey, Persona> = {
  alerts: 'staffA',
  consentConfirmations: 'staffA',
  cases: 'psw',
  discussions: 'psw',
  managerSummaries: 'psw',
  caseEvents: 'psw',
  themeReports: 'psw',
  publishedThemes: 'psw',
  networkThemes: 'networkRep',
  supportDirectory: 'owner',
  organisation: 'owner',
  config: 'owner',
  retentionLog: 'owner',
  triageSettings: 'owner',
  boardState: 'psw',
  settingsLog: 'owner',
  conversations: 'psw'
};

const RANK: Record<ItemScope, number> = { none: 0, own: 1, shared: 2, all: 3 };
const widest = (scopes: ItemScope[]): ItemScope => scopes.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'none');

function expected(list: ListKey, persona: Persona): { read: ItemScope; add: boolean; edit: ItemScope; delete: ItemScope } {
  const access = (PERSONAS[persona] ?? []).map((p) => effectiveAccess(list, p));
  return {
    read: widest(access.map((a) => a.read)),
    add: access.some((a) => a.add),
    edit: widest(access.map((a) => a.edit)),
    delete: widest(access.map((a) => a.delete))
  };
}

/** May this persona act on an item created by someone else (or by themselves)? */
function allowed(scope: ItemScope, ownItem: boolean, sharedWithThem: boolean): boolean {
  return scope === 'all' || (scope === 'own' && ownItem) || (scope === 'shared' && sharedWithThem);
}

/** A valid new item for a list: every required column filled from its definition. */
function validItem(definition: AnyListDefinition, userId: number): Record<string, unknown> {
  unique += 1;
  const item: Record<string, unknown> = {};
  for (const field of fieldsOf(definition).filter((f) => f.required || f.unique)) {
    const name = field.internalName;
    switch (field.type) {
      case 'Text':
      case 'Note':
        item[name] = `test value ${unique}`;
        break;
      case 'Choice':
        item[name] = field.choices[0];
        break;
      case 'MultiChoice':
        item[name] = [field.choices[0]];
        break;
      case 'Number':
      case 'Integer':
        item[name] = field.unique ? 1000 + unique : (field.min ?? 1);
        break;
      case 'DateTime':
        item[name] = '2026-11-20T10:00:00Z';
        break;
      case 'Boolean':
        item[name] = false;
        break;
      case 'User':
      case 'UserMulti':
        item[`${name}Id`] = userId;
        break;
    }
  }
  return item;
}

async function succeeds(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404 || status === 401) return false;
    throw error;
  }
}

async function canRead(sp: SPFI, list: string, id: number): Promise<boolean> {
  const direct = await succeeds(() => sp.web.lists.getByTitle(list).items.getById(id).select('Id')());
  let inQuery = false;
  try {
    const items: { Id: number }[] = await sp.web.lists.getByTitle(list).items.select('Id').top(5000)();
    inQuery = items.some((i) => i.Id === id);
  } catch (error) {
    if (![403, 404].includes((error as { status?: number }).status ?? 0)) throw error;
  }
  // A list query must never show what a direct read refuses (SharePoint trims).
  expect(inQuery).toBe(direct);
  return direct;
}

async function addAs(persona: Persona, definition: AnyListDefinition): Promise<number> {
  const added = (await site.as(persona).web.lists.getByTitle(definition.title).items.add(validItem(definition, site.userId(persona)))) as {
    Id?: number;
    ID?: number;
    data?: { Id: number };
  };
  return added.Id ?? added.ID ?? added.data?.Id ?? -1;
}

async function shareWith(listTitle: string, id: number, personas: Persona[]): Promise<void> {
  const psw = site.as('psw');
  const item = psw.web.lists.getByTitle(listTitle).items.getById(id);
  await item.breakRoleInheritance(true, true);
  const read = await psw.web.roleDefinitions.getByName('Wellbeing Read')();
  for (const persona of personas) {
    await item.roleAssignments.add(site.userId(persona), read.Id);
  }
}

beforeAll(async () => {
  site = await provisionedSite();
});
afterAll(() => site.close());

describe.each(ALL_LISTS.map((l) => [l.title, l.key] as const))('%s: the permission table holds (R21, R22)', (title, list) => {
  const definition = LISTS[list];
  const creator = CREATOR[list];
  let target = -1;
  let unshared = -1;

  beforeAll(async () => {
    target = await addAs(creator, definition);
    if (list === 'managerSummaries') {
      await shareWith(title, target, NAMED_ON_SHARED_SUMMARY);
      unshared = await addAs(creator, definition);
    }
  });

  it.each(Object.keys(PERSONAS) as Persona[])('as %s: read, add, edit and delete exactly as the table says', async (persona) => {
    const want = expected(list, persona);
    const sp = site.as(persona);
    const own = persona === creator;
    const shared = list === 'managerSummaries' && NAMED_ON_SHARED_SUMMARY.includes(persona);

    expect({ persona, read: await canRead(sp, title, target) }).toEqual({ persona, read: allowed(want.read, own, shared) });
    if (unshared > 0) {
      // R14, R21: a named manager reads the summary shared with them and no other.
      expect({ persona, readsUnshared: await canRead(sp, title, unshared) }).toEqual({
        persona,
        readsUnshared: allowed(want.read, own, false)
      });
    }

    const added = await succeeds(() => sp.web.lists.getByTitle(title).items.add(validItem(definition, site.userId(persona))));
    expect({ persona, add: added }).toEqual({ persona, add: want.add });

    const edited = await succeeds(() =>
      sp.web.lists.getByTitle(title).items.getById(target).update({ Title: `edited by ${persona}` })
    );
    expect({ persona, edit: edited }).toEqual({ persona, edit: allowed(want.edit, own, shared) });

    const victim = await addAs(creator, definition);
    if (shared) await shareWith(title, victim, [persona]);
    const deleted = await succeeds(() => sp.web.lists.getByTitle(title).items.getById(victim).delete());
    expect({ persona, delete: deleted }).toEqual({ persona, delete: allowed(want.delete, own, shared) });
  });
});

describe('the cells ARCHITECTURE.md singles out', () => {
  it('R21: a staff member cannot read another staff member\'s alert, and sees their own', async () => {
    const alerts = LISTS.alerts;
    const mine = await addAs('staffB', alerts);
    expect(await canRead(site.as('staffB'), alerts.title, mine)).toBe(true);
    expect(await canRead(site.as('staffA'), alerts.title, mine)).toBe(false);
    expect(await canRead(site.as('psw'), alerts.title, mine)).toBe(true);
  });

  it('R21: a raiser cannot read any case; SMT cannot read alerts, cases or discussions', () => {
    for (const list of ['cases', 'discussions', 'managerSummaries', 'caseEvents'] as ListKey[]) {
      expect(expected(list, 'staffA').read).toBe('none');
    }
    for (const list of ['alerts', 'cases', 'discussions', 'managerSummaries', 'caseEvents', 'networkThemes'] as ListKey[]) {
      // SMT may raise their own alert like anyone; they never read anyone else's record.
      expect(RANK[expected(list, 'smt').read]).toBeLessThanOrEqual(RANK.own);
    }
    // R20, issue 14 #5: SMT read the latest version of each quarter, never the history of every version
    expect(expected('themeReports', 'smt').read).toBe('none');
    expect(expected('publishedThemes', 'smt').read).toBe('all');
  });

  it('R17: nobody but site owners can edit or delete a case event', () => {
    for (const persona of Object.keys(PERSONAS) as Persona[]) {
      const want = expected('caseEvents', persona);
      expect({ persona, edit: want.edit, delete: want.delete }).toEqual(
        persona === 'owner' ? { persona, edit: 'all', delete: 'all' } : { persona, edit: 'none', delete: 'none' }
      );
    }
  });

  it('R14: sharing a summary gives its named managers read access to that item only', () => {
    expect(ManagerSummariesList.readSecurity).toBe(1);
    expect(expected('managerSummaries', 'lineManager1').read).toBe('shared');
  });
});
