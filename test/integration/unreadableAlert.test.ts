/*
 * Issue 14, defect 2: one malformed alert must not stop the board. A raw REST add with a service area the process
 * does not know, or an item whose CompletedBy a site owner cleared, used to make openWork fail for every triage
 * member (the mapping threw, and the board mapped every item at once). Now each alert is read on its own: an
 * unreadable one comes back as its own entry (its id only), everything else loads, and triage can set it
 * aside (its PublicStatus set to Closed with its ETag; the alerts list's version history keeps who and when).
 * A stored route the process does not know is no longer unreadable at all: the board never reads Route, it works
 * the route out from the service area (defect 1), so such an alert simply loads with its true route.
 */
import { referenceOrganisation } from '../../src/referenceData';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toAlertItem } from '../../src/services/store/mapping';
import { AlertsList } from '../../src/schema';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';
import { storedItems, storeOn, value } from './support/stores';

jest.setTimeout(60_000);

const NOW = new Date('2026-10-12T10:00:00Z');
let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

const storeAs = (persona: Persona): ReturnType<typeof storeOn> => storeOn(site, persona, NOW);

/** A raw REST add, straight to the list as the persona: no store, no domain validation. */
async function rawAdd(persona: Persona, values: Record<string, unknown>): Promise<number> {
  const added = (await site.as(persona).web.lists.getByTitle(AlertsList.title).items.add(values)) as { Id: number };
  return added.Id;
}

describe('an alert the board cannot read (issue 14, defect 2)', () => {
  it('appears on its own with its id, everything else loads, and triage can set it aside', async () => {
    const good = makeAlert(1401);
    value(await storeAs('staffA').submitAlert(good));
    // A member of staff adds an alert with a service area that does not exist (SharePoint stores a choice column's
    // value as sent through REST), and another with a route that does not exist.
    const nobody = await rawAdd('staffB', { ...toAlertItem(makeAlert(1402), referenceOrganisation), [AlertsList.fields.serviceAreaId.internalName]: 'Nowhere' });
    const forgedRoute = makeAlert(1405);
    await rawAdd('staffB', { ...toAlertItem(forgedRoute, referenceOrganisation), [AlertsList.fields.route.internalName]: 'Nobody' });
    // A site owner (Full Control) clears CompletedBy on another.
    const cleared = await rawAdd('staffB', toAlertItem(makeAlert(1403), referenceOrganisation));
    await site.as('owner').web.lists.getByTitle(AlertsList.title).items.getById(cleared).update({ [AlertsList.fields.completedBy.internalName]: null });

    const work = value(await storeAs('psw').openWork());
    expect(work.alertsWithoutCase.map((a) => a.alert.reference)).toContain(good.reference);
    expect(work.alertsWithoutCase.map((a) => a.id)).not.toContain(nobody);
    // The forged route is not read: the alert loads with the route its service area gives (R6).
    expect(work.alertsWithoutCase.find((a) => a.alert.reference === forgedRoute.reference)?.alert.route).toBe(forgedRoute.route);
    expect((work.unreadableAlerts ?? []).map((u) => u.id).sort()).toEqual([nobody, cleared].sort());

    const unreadable = (work.unreadableAlerts ?? []).find((u) => u.id === nobody);
    if (unreadable === undefined) throw new Error('not listed');
    value(await storeAs('ap').setAlertAside(unreadable));
    const stored = storedItems(site, AlertsList).find((i) => i.Id === nobody);
    expect(stored?.values[AlertsList.fields.publicStatus.internalName]).toBe('Closed');
    // The service area it was sent with is left as it was: setting aside changes the status only.
    expect(stored?.values[AlertsList.fields.serviceAreaId.internalName]).toBe('Nowhere');

    const after = value(await storeAs('psw').openWork());
    expect((after.unreadableAlerts ?? []).map((u) => u.id)).toEqual([cleared]);
    expect(after.alertsWithoutCase.map((a) => a.alert.reference)).toContain(good.reference);
  });

  it('a stale set-aside (someone changed the alert since it was read) is a conflict, and nothing is overwritten', async () => {
    const id = await rawAdd('staffB', { ...toAlertItem(makeAlert(1404), referenceOrganisation), [AlertsList.fields.serviceAreaId.internalName]: 'Nowhere' });
    const seen = (value(await storeAs('psw').openWork()).unreadableAlerts ?? []).find((u) => u.id === id);
    if (seen === undefined) throw new Error('not listed');
    await site.as('owner').web.lists.getByTitle(AlertsList.title).items.getById(id).update({ [AlertsList.fields.details.internalName]: 'changed' });
    const result = await storeAs('psw').setAlertAside(seen);
    expect(result.ok ? 'saved' : result.error.kind).toBe('conflict');
    expect(storedItems(site, AlertsList).find((i) => i.Id === id)?.values[AlertsList.fields.publicStatus.internalName]).toBe('Received');
  });
});
