// Issue 16, R10: replying to an anonymous raiser: the rule first, then the message once, then the first contact.
import { openCase } from '../../src/domain/caseLifecycle';
import type { CaseRecord } from '../../src/services/store/IWellbeingStore';
import type { StoreResult } from '../../src/services/store/storeErrors';
import { replyToRaiser } from '../../src/workflows/replyToRaiser';

const NOW = new Date('2026-10-12T10:00:00Z');
const PSW = 'i:0#.f|membership|priya.psw@leics.example';

function record(anonymous: boolean): CaseRecord {
  const opened = openCase({ reference: 'WB-ACDE-FGHJ', route: 'PSW', anonymous, consentStatus: 'NotNeeded' }, { at: new Date(NOW.getTime() - 3600_000), by: PSW });
  if (!opened.ok) throw new Error('open');
  return { id: 7, alertId: 3, etag: '"1"', case: opened.case, firstContactDue: new Date(NOW.getTime() + 47 * 3600_000) } as unknown as CaseRecord;
}

function fakes(replyResult: StoreResult<void> = { ok: true, value: undefined }): {
  sent: unknown[];
  updates: unknown[];
  store: { updateCase: (r: CaseRecord, c: { case: CaseRecord['case'] }) => Promise<StoreResult<CaseRecord>> };
  conversation: { reply: (alertId: number, text: string, key: string) => Promise<StoreResult<void>> };
} {
  const sent: unknown[] = [];
  const updates: unknown[] = [];
  return {
    sent,
    updates,
    store: {
      updateCase: async (r, c) => {
        updates.push(c.case.status);
        return { ok: true, value: { ...r, case: c.case } };
      }
    },
    conversation: {
      reply: async (alertId, text, key) => {
        sent.push([alertId, text, key]);
        return replyResult;
      }
    }
  };
}

const input = (r: CaseRecord, text: string): Parameters<typeof replyToRaiser>[3] => ({ record: r, by: PSW, text, messageKey: 'key-12345678', maxLength: 2000 });

test('the first reply is sent, then the case records its first contact', async () => {
  const f = fakes();
  const outcome = await replyToRaiser(f.store, f.conversation, () => NOW, input(record(true), '  Thank you  '));
  expect(f.sent).toEqual([[3, 'Thank you', 'key-12345678']]);
  expect(f.updates).toEqual(['Contacted']);
  expect(outcome).toMatchObject({ kind: 'saved', value: { case: { status: 'Contacted', firstContactAt: NOW } } });
});

test('refused before anything is written: a named case, an empty or too long message', async () => {
  for (const [r, text, reason] of [
    [record(false), 'Hello', 'NotAnonymous'],
    [record(true), '   ', 'MessageEmpty'],
    [record(true), 'x'.repeat(2001), 'MessageTooLong']
  ] as const) {
    const f = fakes();
    expect(await replyToRaiser(f.store, f.conversation, () => NOW, input(r, text))).toEqual({ kind: 'refused', reason });
    expect([f.sent, f.updates]).toEqual([[], []]);
  }
});

test('a message that could not be sent leaves the case as it was', async () => {
  const f = fakes({ ok: false, error: { kind: 'throttled', retryable: true } });
  const outcome = await replyToRaiser(f.store, f.conversation, () => NOW, input(record(true), 'Hello'));
  expect(outcome).toEqual({ kind: 'failed', error: { kind: 'throttled', retryable: true } });
  expect(f.updates).toEqual([]);
});

test('a later reply only sends the message', async () => {
  const f = fakes();
  const contacted = { ...record(true), case: { ...record(true).case, status: 'Contacted' as const, firstContactAt: NOW } };
  expect(await replyToRaiser(f.store, f.conversation, () => NOW, input(contacted, 'More'))).toEqual({ kind: 'saved', value: contacted });
  expect(f.updates).toEqual([]);
});
