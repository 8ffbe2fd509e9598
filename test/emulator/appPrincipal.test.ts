// Issue 16: an Entra ID app calling app-only holds only what its Sites.Selected grant gives (emulator/state/
// principals.ts): nothing without one, read with 'read', items with 'write' (Contribute: no list management),
// on every list of the site including those with unique permissions; it is not a role assignment, and the list's
// ReadSecurity still limits it to its own items on the alerts-style lists.
import { Emulator, startEmulator } from '../../emulator/server';
import type { User } from '../../emulator/store';
import { ADMIN, spAs } from './helpers';

let emulator: Emulator;
let app: User;
const CLIENT_ID = '11112222-3333-4444-5555-666677778888';

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
  const admin = spAs(emulator, ADMIN);
  await admin.web.lists.add('Open', '', 100);
  await admin.web.lists.add('Own', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  await admin.web.lists.add('Closed', '', 100);
  await admin.web.lists.getByTitle('Closed').breakRoleInheritance(false, true);
  app = emulator.registerApp({ clientId: CLIENT_ID, tenantId: '5b0c6a2e-7f4d-4c1e-9a37-2d1f0c9e4b11', title: 'Wellbeing relay' });
});
afterAll(async () => {
  await emulator?.close();
});

test('an app is listed under its claims login and display name, with no e-mail', () => {
  expect(app.LoginName).toBe(`i:0i.t|ms.sp.ext|${CLIENT_ID}@5b0c6a2e-7f4d-4c1e-9a37-2d1f0c9e4b11`);
  expect(app).toMatchObject({ Title: 'Wellbeing relay', Email: '' });
  expect(emulator.registerApp({ clientId: CLIENT_ID, tenantId: '5b0c6a2e-7f4d-4c1e-9a37-2d1f0c9e4b11', title: 'again' }).Id).toBe(app.Id);
});

test('without a grant the app reaches nothing (403), as Sites.Selected alone gives no site', async () => {
  emulator.grantSitesSelected(CLIENT_ID, undefined);
  await expect(spAs(emulator, app.LoginName).web.lists.getByTitle('Open').items()).rejects.toMatchObject({ status: 403 });
});

test("'read' reads every list, unique permissions or not, and adds nothing", async () => {
  emulator.grantSitesSelected(CLIENT_ID, 'read');
  const sp = spAs(emulator, app.LoginName);
  await expect(sp.web.lists.getByTitle('Closed').items()).resolves.toEqual([]);
  await expect(sp.web.lists.getByTitle('Open').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
});

test("'write' adds items (as the app: the item's author), never manages lists, and sees only its own items where ReadSecurity is 2", async () => {
  emulator.grantSitesSelected(CLIENT_ID, 'write');
  const sp = spAs(emulator, app.LoginName);
  const added = await sp.web.lists.getByTitle('Closed').items.add({ Title: 'from the app' });
  const stored = emulator.store.item(emulator.store.listByTitle('Closed')!, (added as { Id: number }).Id);
  expect(stored?.AuthorId).toBe(app.Id);
  await expect(sp.web.lists.add('Mine', '', 100)).rejects.toMatchObject({ status: 403 });
  emulator.seedItems('Own', [{ Title: 'someone else' }], ADMIN);
  await sp.web.lists.getByTitle('Own').items.add({ Title: 'mine' });
  const seen: { Title: string }[] = await sp.web.lists.getByTitle('Own').items.select('Title')();
  expect(seen.map((i) => i.Title)).toEqual(['mine']);
});

test('the grant is not a role assignment: the site lists no assignment for the app', async () => {
  const assignments: { PrincipalId: number }[] = await spAs(emulator, ADMIN).web.roleAssignments();
  expect(assignments.map((a) => a.PrincipalId)).not.toContain(app.Id);
});
