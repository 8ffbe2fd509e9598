/*
 * Issue 16: the conversation by follow-up code. The raiser gets a code once; with it (and only with it) they read
 * the public status and triage's replies and write back through the relay; triage answer as themselves and the
 * raiser sees "triage", never an account; a wrong, unknown or malformed code gets the same answer; tries are limited
 * per prefix; only the code's hash is stored, in a list staff cannot read.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { emptyAlertDraft } from '../../src/domain/alert';
import { AlertsList, CONVERSATION_MESSAGE_MAX, ConversationsList } from '../../src/schema';
import { openCase } from '../../src/domain/caseLifecycle';
import { conversationMessages, conversationReplies } from '../../src/services/store/conversationStore';
import { replyToRaiser } from '../../src/workflows/replyToRaiser';
import { storeOn, value } from './support/stores';
import { codeMatches, normaliseCode } from '../../relay/src/followUpCode';
import type { ConversationView } from '../../relay/src/conversation';
import { formKeys, RelayRig, relayRig } from './support/relayRig';

jest.setTimeout(120_000);

let rig: RelayRig;
beforeAll(async () => {
  rig = await relayRig();
});
afterAll(async () => {
  await rig?.close();
});

const RAISER = { upn: 'alex.staff@leics.example', name: 'Alex Staff' };

async function asRaiser(path: 'submit' | 'conversation', body: unknown): Promise<{ status: number; jsonBody: unknown }> {
  const request = { headers: { authorization: `Bearer ${await rig.tenant.token(RAISER)}` }, body };
  return path === 'submit' ? rig.relay.submit(request) : rig.relay.conversation(request);
}

async function raise(details: string, keys = formKeys()): Promise<{ code: string; alertId: number; reference: string }> {
  const draft = {
    ...emptyAlertDraft('Worker'),
    anonymous: true,
    serviceAreaId: 'childrens-social-care',
    details,
    actionTaken: 'Nothing yet',
    whatNeedsToHappen: 'To talk it through',
    firstQuestions: { raisedWithManager: false, concernInvolvesManager: true, wantsIndependentPerson: false }
  };
  const answer = await asRaiser('submit', { ...keys, draft });
  expect(answer.status).toBe(202);
  await rig.drain();
  const list = rig.site.emulator.store.listByTitle(AlertsList.title);
  const item = rig.site.emulator.store.items(list!).find((i) => i.values[AlertsList.fields.reference.internalName] === keys.reference);
  return { code: (answer.jsonBody as { code: string }).code, alertId: item!.Id, reference: keys.reference };
}

let messageCounter = 0;
const messageKey = (): string => `msg-${Date.now().toString(36)}-${messageCounter++}`;

test('the code is shown once in readable groups, and only its hash is stored where staff cannot read it', async () => {
  const { code, alertId } = await raise('A code for me');
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  const list = rig.site.emulator.store.listByTitle(ConversationsList.title)!;
  const keyRows = rig.site.emulator.store.items(list).filter((i) => i.values[ConversationsList.fields.alertId.internalName] === alertId);
  expect(keyRows).toHaveLength(1);
  const stored = JSON.stringify(keyRows[0].values);
  expect(stored).not.toContain(code.replace(/-/g, '').slice(4));
  expect(await codeMatches(normaliseCode(code)!, String(keyRows[0].values[ConversationsList.fields.codeHash.internalName]))).toBe(true);
  expect(keyRows[0].AuthorId).toBe(rig.app.Id);
  // Staff cannot reach the list at all.
  await expect(rig.site.as('staffA').web.lists.getByTitle(ConversationsList.title).items()).rejects.toMatchObject({ status: 404 });
});

test('the raiser reads triage replies and the status, and writes back; triage see it; nobody is named to the raiser', async () => {
  const { code, alertId } = await raise('I would like to talk, anonymously');
  const first = await asRaiser('conversation', { code });
  expect(first).toEqual({ status: 200, headers: expect.anything(), jsonBody: { status: 'Received', replyWaiting: false, messages: [] } });

  // The PSW opens the case and answers as herself, on the case (directly, not through the relay): the first reply
  // is the anonymous alert's first contact (R10).
  const psw = storeOn(rig.site, 'psw', new Date());
  const waiting = value(await psw.openWork()).alertsWithoutCase.find((a) => a.id === alertId)!;
  const opened = openCase({ reference: waiting.alert.reference, route: waiting.alert.route, anonymous: true, consentStatus: waiting.alert.consentStatus }, { at: new Date(), by: rig.site.login('psw') });
  if (!opened.ok) throw new Error('open');
  const record = value(await psw.openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(Date.now() + 48 * 3600_000) }));
  const replied = await replyToRaiser(psw, conversationReplies(rig.site.as('psw')), () => new Date(), {
    record,
    by: rig.site.login('psw'),
    text: 'Thank you for telling us. Can you say more about the team?',
    messageKey: messageKey(),
    maxLength: CONVERSATION_MESSAGE_MAX
  });
  expect(replied).toMatchObject({ kind: 'saved', value: { case: { status: 'Contacted', firstContactAt: expect.any(Date) } } });
  const events = value(await psw.caseEvents(record.id)).map((e) => [e.kind, e.to]);
  expect(events).toContainEqual(['StatusChanged', 'Contacted']);
  const list = rig.site.emulator.store.listByTitle(ConversationsList.title)!;
  const reply = rig.site.emulator.store.items(list).find((i) => i.values[ConversationsList.fields.sender.internalName] === 'Triage');
  expect(reply?.AuthorId).toBe(rig.site.userId('psw'));

  // Typed back in lower case with spaces: still the code.
  const read = await asRaiser('conversation', { code: code.toLowerCase().replace(/-/g, ' ') });
  expect(read.status).toBe(200);
  const view = read.jsonBody as ConversationView;
  expect(view.replyWaiting).toBe(true);
  expect(view.status).toBe('InProgress');
  expect(view.messages).toEqual([{ from: 'triage', text: 'Thank you for telling us. Can you say more about the team?', at: expect.any(String) }]);
  expect(JSON.stringify(read.jsonBody)).not.toMatch(/priya|psw@|Priya PSW/i);

  const key = messageKey();
  const wrote = await asRaiser('conversation', { code, text: 'It is the rota: six weekends in a row.', messageKey: key });
  expect(wrote.status).toBe(200);
  // The browser's retry of the same message adds nothing.
  expect((await asRaiser('conversation', { code, text: 'It is the rota: six weekends in a row.', messageKey: key })).status).toBe(200);
  const after = (await asRaiser('conversation', { code })).jsonBody as ConversationView;
  expect(after.messages.map((m) => m.from)).toEqual(['triage', 'you']);
  expect(after.replyWaiting).toBe(false);

  const seenByTriage = await conversationMessages(rig.site.as('psw'), alertId);
  expect(seenByTriage.map((m) => [m.sender, m.text])).toEqual([
    ['Triage', 'Thank you for telling us. Can you say more about the team?'],
    ['Raiser', 'It is the rota: six weekends in a row.']
  ]);
  const raiserRow = rig.site.emulator.store.items(list).find((i) => i.values[ConversationsList.fields.sender.internalName] === 'Raiser');
  expect(raiserRow?.AuthorId).toBe(rig.app.Id);
});

test('a wrong, unknown or malformed code learns nothing: one answer for all, and tries per prefix are limited', async () => {
  const { code } = await raise('Nobody else should read this');
  const plain = normaliseCode(code)!;
  const lastChar = plain[plain.length - 1] === '0' ? '1' : '0';
  const wrong = `${plain.slice(0, -1)}${lastChar}`; // same prefix, one character off
  const otherPrefix = plain[0] === 'Z' ? `Y${plain.slice(1)}` : `Z${plain.slice(1)}`;
  const answers = [];
  for (const typed of [wrong, otherPrefix, 'not a code', '']) {
    const answer = await asRaiser('conversation', { code: typed, text: 'let me in', messageKey: messageKey() });
    answers.push({ status: answer.status, body: answer.jsonBody });
  }
  for (const answer of answers) expect(answer).toEqual({ status: 404, body: { error: 'notFound' } });

  // Four more tries on the prefix (the wrong one above was the first): the fifth is refused, even with the right code.
  for (let i = 0; i < 4; i++) await asRaiser('conversation', { code: wrong });
  expect((await asRaiser('conversation', { code })).status).toBe(429);
});

test('a repeated submission (two codes for one alert) opens the same conversation with either code', async () => {
  const keys = formKeys();
  const draft = {
    ...emptyAlertDraft('Worker'),
    anonymous: true,
    serviceAreaId: 'childrens-social-care',
    details: 'Sent twice',
    actionTaken: 'None',
    whatNeedsToHappen: 'Help',
    firstQuestions: { raisedWithManager: false, concernInvolvesManager: true, wantsIndependentPerson: false }
  };
  const one = (await asRaiser('submit', { ...keys, draft })).jsonBody as { code: string };
  const two = (await asRaiser('submit', { ...keys, draft })).jsonBody as { code: string };
  await rig.drain();
  expect(one.code).not.toBe(two.code);
  expect((await asRaiser('conversation', { code: one.code })).status).toBe(200);
  expect((await asRaiser('conversation', { code: two.code })).status).toBe(200);
});

test('401 for a caller without a tenant token, before any code is looked at', async () => {
  const answer = await rig.relay.conversation({ headers: { authorization: `Bearer ${await rig.tenant.forgedToken(RAISER)}` }, body: { code: 'AAAA-AAAA-AAAA-AAAA-AAAA' } });
  expect({ status: answer.status, body: answer.jsonBody }).toEqual({ status: 401, body: { error: 'unauthorised' } });
});
