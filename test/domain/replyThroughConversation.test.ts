// R10, issue 16: the first reply through an anonymous raiser's conversation is the alert's first contact.
import { forwardAnonymous, openCase, replyThroughConversation } from '../../src/domain/caseLifecycle';

const OPENED = new Date('2026-10-12T09:00:00Z');
const at = (minutes: number): { at: Date; by: string } => ({ at: new Date(OPENED.getTime() + minutes * 60_000), by: 'i:0#.f|membership|priya.psw@leics.example' });

function opened(anonymous: boolean): ReturnType<typeof openCase> & { ok: true } {
  const result = openCase({ reference: 'WB-ACDE-FGHJ', route: 'PSW', anonymous, consentStatus: 'NotNeeded' }, at(0));
  if (!result.ok) throw new Error('open');
  return result;
}

test('the first reply stops the clock: New becomes Contacted, with one status event', () => {
  const result = replyThroughConversation(opened(true).case, at(30));
  expect(result).toMatchObject({ ok: true, case: { status: 'Contacted', firstContactAt: at(30).at } });
  expect(result.ok && result.events.map((e) => [e.kind, e.from, e.to])).toEqual([['StatusChanged', 'New', 'Contacted']]);
});

test('a later reply changes nothing, and neither does a reply after the forward (already the first contact)', () => {
  const first = replyThroughConversation(opened(true).case, at(30));
  if (!first.ok) throw new Error('first');
  const again = replyThroughConversation(first.case, at(90));
  expect(again).toEqual({ ok: true, case: first.case, events: [] });
  const forwarded = forwardAnonymous(opened(true).case, at(10));
  if (!forwarded.ok) throw new Error('forward');
  expect(replyThroughConversation(forwarded.case, at(20))).toEqual({ ok: true, case: forwarded.case, events: [] });
});

test('a named case is contacted directly, and a closed case or a missing actor is refused', () => {
  expect(replyThroughConversation(opened(false).case, at(5))).toEqual({ ok: false, reason: 'NotAnonymous' });
  expect(replyThroughConversation({ ...opened(true).case, status: 'Closed' }, at(5))).toEqual({ ok: false, reason: 'CaseClosed' });
  expect(replyThroughConversation(opened(true).case, { at: at(5).at, by: ' ' })).toEqual({ ok: false, reason: 'MissingActor' });
});

test('an anonymous case past New without a first contact (an older record) gets its first contact, status kept', () => {
  const legacy = { ...opened(true).case, status: 'MeetingOffered' as const };
  expect(replyThroughConversation(legacy, at(40))).toEqual({ ok: true, case: { ...legacy, firstContactAt: at(40).at }, events: [] });
});
