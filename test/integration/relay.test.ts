/*
 * Issue 16: an anonymous alert through the relay. The relay's handlers (relay/src) run against a provisioned
 * emulator site where the relay's app principal holds Sites.Selected write, with Azurite's queue and tokens from a
 * local tenant. An alert lands once (a repeated submission, a lost answer and 429s included) with the relay as
 * author; nothing about the raiser (account, name, e-mail, address, browser) is in any list, field, version,
 * request the relay made, or log line; bad tokens get one plain 401; a forged shape gets the form's errors.
 */
import { emptyAlertDraft } from '../../src/domain/alert';
import type { AlertDraft } from '../../src/domain/alert';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AlertsList, ConversationsList } from '../../src/schema';
import { RelayRig, relayRig, formKeys } from './support/relayRig';
import { storeOn, value } from './support/stores';

jest.setTimeout(120_000);

let rig: RelayRig;
beforeAll(async () => {
  rig = await relayRig();
});
afterAll(async () => {
  await rig?.close();
});

const RAISER = { upn: 'alex.staff@leics.example', name: 'Alex Staff' };
const RAISER_IP = '203.0.113.77';
const RAISER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AlexsLaptop/1.0';
/** Everything that would give the raiser away, in any case. */
const TRACES = ['alex.staff', 'Alex Staff', 'Alex', RAISER_IP, 'AlexsLaptop'];

function anonymousDraft(details: string): AlertDraft {
  return {
    ...emptyAlertDraft('Worker'),
    anonymous: true,
    serviceAreaId: 'childrens-social-care',
    details,
    actionTaken: 'Nothing yet',
    whatNeedsToHappen: 'Someone to listen',
    firstQuestions: { raisedWithManager: false, concernInvolvesManager: true, wantsIndependentPerson: false }
  };
}

async function request(body: unknown, token?: string): Promise<ReturnType<RelayRig['submit']>> {
  return rig.submit({
    headers: {
      authorization: token ?? `Bearer ${await rig.tenant.token(RAISER)}`,
      'x-forwarded-for': RAISER_IP,
      'client-ip': `${RAISER_IP}:53211`,
      'user-agent': RAISER_AGENT
    },
    body
  });
}

function itemsByReference(reference: string): ReturnType<typeof rig.site.emulator.store.items> {
  const list = rig.site.emulator.store.listByTitle(AlertsList.title);
  if (!list) throw new Error('no alerts list');
  return rig.site.emulator.store.items(list).filter((i) => i.values[AlertsList.fields.reference.internalName] === reference);
}

async function visibleMessages(): Promise<number> {
  const props = await rig.queue.getProperties();
  return props.approximateMessagesCount ?? 0;
}

test('an anonymous alert lands once, written by the relay, and triage sees it on the board', async () => {
  const keys = formKeys();
  const answer = await request({ ...keys, draft: anonymousDraft('My team is struggling') });
  expect(answer.status).toBe(202);
  expect(answer.jsonBody).toMatchObject({ reference: keys.reference, status: 'received' });
  expect(itemsByReference(keys.reference)).toHaveLength(0); // held on the queue, not written at once

  const report = await rig.drain();
  expect(report).toMatchObject({ handled: 1, failed: 0 });
  const items = itemsByReference(keys.reference);
  expect(items).toHaveLength(1);
  expect(items[0].AuthorId).toBe(rig.app.Id);
  expect(items[0].EditorId).toBe(rig.app.Id);
  expect(rig.site.emulator.store.userById(items[0].AuthorId)?.LoginName).toMatch(/^i:0i\.t\|ms\.sp\.ext\|/);

  const board = value(await storeOn(rig.site, 'psw', new Date()).openWork());
  const waiting = board.alertsWithoutCase.find((a) => a.alert.reference === keys.reference);
  expect(waiting?.alert).toMatchObject({ anonymous: true, workerName: '', route: 'PSW', details: 'My team is struggling' });
});

test('a repeated submission, a lost answer and 429s still make one item', async () => {
  rig.site.emulator.clearRequests();
  const keys = formKeys();
  const body = { ...keys, draft: anonymousDraft('Submitted twice: the first answer never reached the browser') };
  expect((await request(body)).status).toBe(202);
  expect((await request(body)).status).toBe(202); // the browser's retry: a second message with the same key
  rig.site.emulator.inject({ status: 429, retryAfterSeconds: 0, count: 2, match: /WellbeingAlerts'\)\/items$/ });
  rig.site.emulator.inject({ dropAfterCommit: true, count: 1, match: /WellbeingAlerts'\)\/items$/ });
  const report = await rig.drain();
  expect(report.failed).toBe(0);
  expect(report.handled).toBe(2);
  // every fault was met: two throttled adds, one add whose answer was lost after SharePoint wrote the item
  const adds = rig.site.emulator.requests().filter((r) => r.method === 'POST' && /WellbeingAlerts'\)\/items$/.test(r.url));
  expect(adds.filter((r) => r.status === 429)).toHaveLength(2);
  expect(adds.filter((r) => r.dropped === true)).toHaveLength(1);
  expect(itemsByReference(keys.reference)).toHaveLength(1);
});

test("R10: the 48-hour clock runs from when the relay received the alert, not from the held write", async () => {
  const keys = formKeys();
  const receivedAt = new Date();
  expect((await request({ ...keys, draft: anonymousDraft('Held for twenty-five minutes') })).status).toBe(202);
  // The write happens after the hold: SharePoint's clock says 25 minutes later.
  rig.site.emulator.setClock(() => new Date(receivedAt.getTime() + 25 * 60_000));
  try {
    await rig.drain();
  } finally {
    rig.site.emulator.setClock();
  }
  const item = itemsByReference(keys.reference)[0];
  expect(Date.parse(item.Created) - receivedAt.getTime()).toBeGreaterThanOrEqual(24 * 60_000);
  const board = value(await storeOn(rig.site, 'psw', new Date()).openWork());
  const waiting = board.alertsWithoutCase.find((a) => a.alert.reference === keys.reference);
  expect(Math.abs((waiting?.alert.submittedAt.getTime() ?? 0) - receivedAt.getTime())).toBeLessThan(5_000);
});

test("a raiser's own alert keeps SharePoint's clock, whatever date it claims", async () => {
  // Staff may write any AlertDate through REST: only an alert written by an app the site granted (the relay) is
  // trusted for its date.
  const { makeAlert } = await import('../support/fixtures');
  const alert = { ...makeAlert(4242), submittedAt: new Date(Date.now() - 40 * 3600_000) };
  value(await storeOn(rig.site, 'staffB', new Date()).submitAlert(alert));
  // Nor can a raiser record a relay receipt for an anonymous alert of their own: the list is triage's and the relay's.
  const { anonymousAlert } = await import('../support/fixtures');
  const own = { ...anonymousAlert(4243), submittedAt: new Date(Date.now() - 40 * 3600_000) };
  const ownId = value(await storeOn(rig.site, 'staffB', new Date()).submitAlert(own)).alert.id;
  await expect(
    rig.site.as('staffB').web.lists.getByTitle(ConversationsList.title).items.add({ Title: 'Key', ConversationAlertId: ownId, RelayReceivedAt: own.submittedAt.toISOString() })
  ).rejects.toMatchObject({ status: 404 });
  const board = value(await storeOn(rig.site, 'psw', new Date()).openWork());
  for (const reference of [alert.reference, own.reference]) {
    const waiting = board.alertsWithoutCase.find((a) => a.alert.reference === reference);
    expect(Date.now() - (waiting?.alert.submittedAt.getTime() ?? 0)).toBeLessThan(60_000);
  }
});

test('nothing about the raiser is stored or logged: every list, field, version, request and log line', async () => {
  rig.clearLogs();
  rig.site.emulator.clearRequests();
  const keys = formKeys();
  expect((await request({ ...keys, draft: anonymousDraft('Please do not let anyone know it was me') })).status).toBe(202);
  await rig.drain();
  expect(itemsByReference(keys.reference)).toHaveLength(1);

  const store = rig.site.emulator.store;
  const raiserId = rig.site.userId('staffA');
  const found: string[] = [];
  const look = (where: string, text: string): void => {
    for (const trace of TRACES) if (text.toLowerCase().includes(trace.toLowerCase())) found.push(`${where}: ${trace}`);
  };
  for (const list of store.lists()) {
    look(`list ${list.Title}`, JSON.stringify(list));
    for (const field of store.fields(list)) look(`field ${list.Title}.${field.InternalName}`, JSON.stringify(field));
    for (const item of store.items(list)) {
      look(`item ${list.Title}/${item.Id}`, JSON.stringify(item.values));
      for (const version of item.history ?? []) {
        look(`version ${list.Title}/${item.Id}.${version.version}`, JSON.stringify(version.values));
        if (version.EditorId === raiserId) found.push(`version ${list.Title}/${item.Id} edited by the raiser`);
      }
      if (item.AuthorId === raiserId || item.EditorId === raiserId) found.push(`item ${list.Title}/${item.Id} by the raiser`);
    }
  }
  const requests = rig.site.emulator.requests();
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    expect(r.user).toBe(rig.app.LoginName);
    look(`request ${r.method} ${r.url}`, JSON.stringify(r));
  }
  const logs = rig.logs();
  expect(logs.length).toBeGreaterThan(0);
  for (const line of logs) look('log', line);
  // The token itself, or any part of it, is not in a log line either.
  const token = await rig.tenant.token(RAISER);
  for (const line of logs) expect(line).not.toContain(token.split('.')[1].slice(0, 24));
  expect(found).toEqual([]);
});

test('bad, expired, wrong-audience, wrong-tenant and forged tokens get the same plain 401, and nothing is queued', async () => {
  const keys = formKeys();
  const body = { ...keys, draft: anonymousDraft('Should never be written') };
  const tokens = [
    '',
    'Bearer not-a-token',
    `Bearer ${await rig.tenant.token({ ...RAISER, expiresIn: -5 })}`,
    `Bearer ${await rig.tenant.token({ ...RAISER, audience: 'api://another-app' })}`,
    `Bearer ${await rig.tenant.token({ ...RAISER, tenantId: '0a0a0a0a-1b1b-2c2c-3d3d-4e4e4e4e4e4e' })}`,
    `Bearer ${await rig.tenant.forgedToken(RAISER)}`
  ];
  const before = await visibleMessages();
  for (const token of tokens) {
    const answer = await request(body, token);
    expect({ status: answer.status, body: answer.jsonBody }).toEqual({ status: 401, body: { error: 'unauthorised' } });
  }
  expect(await visibleMessages()).toBe(before);
  await rig.drain();
  expect(itemsByReference(keys.reference)).toHaveLength(0);
});

test("a forged shape gets the form's own errors and nothing is queued", async () => {
  const keys = formKeys();
  const before = await visibleMessages();
  const forged = await request({
    ...keys,
    draft: { anonymous: true, completedBy: 'Worker', consentMode: 'NotNeeded', details: 42, serviceAreaId: 'nowhere', actionTaken: ['x'], whatNeedsToHappen: 'x'.repeat(3001) }
  });
  expect(forged.status).toBe(400);
  const messages = (forged.jsonBody as { errors: { field: string; message: string }[] }).errors;
  expect(messages).toEqual(
    expect.arrayContaining([
      { field: 'serviceAreaId', message: 'Select a service area from the list' },
      { field: 'details', message: 'Enter the details of your concern' },
      { field: 'actionTaken', message: 'Enter what action has already been taken. If nothing has been done yet, say so' },
      { field: 'whatNeedsToHappen', message: 'What needs to happen must be 3,000 characters or fewer' }
    ])
  );
  const notAnObject = await request('<xml/>');
  expect(notAnObject.status).toBe(400);
  const named = await request({ ...formKeys(), draft: { ...anonymousDraft('Named'), anonymous: false, workerName: 'Someone', role: 'SW', teamId: 'csc-first-response' } });
  expect(named.status).toBe(400);
  expect(await visibleMessages()).toBe(before);
});

test('issue 18: the relay checks the service area against the site, not the package: one the owners added is taken, a retired one is refused', async () => {
  const owner = storeOn(rig.site, 'owner', new Date());
  const added = value(await owner.saveOrganisationEntry({ kind: 'serviceArea', key: 'public-health-relay', name: 'Public Health', route: 'AP' }));
  const keys = formKeys();
  const answer = await request({ ...keys, draft: { ...anonymousDraft('New service, same worries'), serviceAreaId: 'public-health-relay' } });
  expect(answer.status).toBe(202);
  expect(await rig.drain()).toMatchObject({ handled: 1, failed: 0 });
  expect(itemsByReference(keys.reference)).toHaveLength(1);
  const board = value(await storeOn(rig.site, 'psw', new Date()).openWork());
  expect(board.alertsWithoutCase.find((a) => a.alert.reference === keys.reference)?.alert.route).toBe('AP');

  const { id, etag, ...entry } = added;
  value(await owner.saveOrganisationEntry({ ...entry, retiredOn: '2026-12-08' }, { id, etag }));
  const refused = await request({ ...formKeys(), draft: { ...anonymousDraft('Retired area'), serviceAreaId: 'public-health-relay' } });
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.jsonBody)).toMatch(/serviceAreaId/);
});

