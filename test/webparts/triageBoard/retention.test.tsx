/**
 * @jest-environment jsdom
 */
/*
 * R23, the retention view with a fake retention store: a deletion that stops part way says which parts are left
 * and why, and "Try again" finishes it; a count that could not be saved is said and can be saved again; the
 * period the records officer set is said in words.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { DeletionRecord, RetentionSettings } from '../../../src/domain/retention';
import type { IRetentionStore, RetentionCase, RetentionDeletion } from '../../../src/services/store/retentionStore';
import type { StoreResult } from '../../../src/services/store/storeErrors';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { fakeStore, servicesWith } from '../../support/fakeStore';

const NOW = new Date('2026-11-22T09:00:00Z');
const OLD: RetentionCase = { caseId: 7, alertId: 70, reference: 'WB-AAAA-1111', status: 'Closed', closedAt: new Date('2019-05-01T10:00:00Z') };
const RECENT: RetentionCase = { caseId: 8, alertId: 80, reference: 'WB-BBBB-2222', status: 'Closed', closedAt: new Date('2024-05-01T10:00:00Z') };

class FakeRetention implements IRetentionStore {
  public deletions: RetentionDeletion[] = [];
  public traces: StoreResult<void>[] = [];
  public recorded: DeletionRecord[] = [];
  public years = 6;

  public retentionSettings(): Promise<StoreResult<RetentionSettings>> {
    return Promise.resolve({ ok: true, value: { years: this.years } });
  }
  public closedCasesBefore(): Promise<StoreResult<RetentionCase[]>> {
    return Promise.resolve({ ok: true, value: [RECENT, OLD] });
  }
  public deleteCase(): Promise<RetentionDeletion> {
    const next = this.deletions.shift();
    if (!next) throw new Error('no deletion planned');
    return Promise.resolve(next);
  }
  public recordDeletions(record: DeletionRecord): Promise<StoreResult<void>> {
    const next = this.traces.shift() ?? { ok: true, value: undefined };
    if (next.ok) this.recorded.push(record);
    return Promise.resolve(next);
  }
  public deletionLog(): Promise<StoreResult<DeletionRecord[]>> {
    return Promise.resolve({ ok: true, value: [] });
  }
}

function show(retention: FakeRetention): void {
  const services = { ...servicesWith(fakeStore()), retention: () => Promise.resolve(retention) };
  render(
    <WebPartRoot services={services}>
      <TriageBoard view="retention" now={NOW} />
    </WebPartRoot>
  );
}

describe('the retention view (R23)', () => {
  it('lists only the case past the default six years, and says the period in words', async () => {
    show(new FakeRetention());
    await screen.findByRole('table', {}, { timeout: 10000 });
    expect(screen.getAllByRole('row').slice(1).map((r) => r.getAttribute('data-reference'))).toEqual(['WB-AAAA-1111']);
    expect(screen.getByText(/^Records are kept for six years after a case closes \(the default/)).toBeTruthy();
    const periodOfTwo = new FakeRetention();
    periodOfTwo.years = 2;
    document.body.innerHTML = '';
    show(periodOfTwo);
    await screen.findByRole('table', {}, { timeout: 10000 });
    expect(screen.getAllByRole('row').slice(1).map((r) => r.getAttribute('data-reference'))).toEqual(['WB-AAAA-1111', 'WB-BBBB-2222']);
    expect(screen.getByText(/^Records are kept for 2 years after a case closes, as the council's records officer has set\./)).toBeTruthy();
  });

  it('a deletion stopped part way names what is left and why; Try again finishes it and the count is kept', async () => {
    const retention = new FakeRetention();
    retention.deletions.push(
      {
        outcome: { complete: false, deleted: 6, left: [{ part: 'Summaries', count: 1 }, { part: 'Discussion' }, { part: 'Alert' }, { part: 'Case' }] },
        problem: { kind: 'offline', retryable: true }
      },
      { outcome: { complete: true, deleted: 4 } }
    );
    show(retention);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete WB-AAAA-1111' }, { timeout: 10000 }));
    expect(document.activeElement?.textContent).toBe('Delete case WB-AAAA-1111 for good?');
    fireEvent.click(screen.getByRole('button', { name: 'Delete permanently' }));
    await screen.findByText('Still there: the summaries (1), the discussion record, the alert and the case.', {}, { timeout: 10000 });
    expect(document.activeElement?.getAttribute('data-outcome')).toBe('partial');
    expect(screen.getByRole('status').textContent).toBe('Case WB-AAAA-1111 is only partly deleted.');
    expect(retention.recorded).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again to finish case WB-AAAA-1111' }));
    await waitFor(() => expect(document.querySelector('[data-outcome="complete"]')?.textContent).toBe('Case WB-AAAA-1111 has been deleted (4 items).'), { timeout: 10000 });
    expect(screen.getByRole('status').textContent).toBe('Case WB-AAAA-1111 has been deleted (4 items).');
    expect(retention.recorded).toEqual([{ deletedOn: '2026-11-22', cases: 1 }]);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No case is past its retention period today.')).toBeTruthy();
    expect(screen.getByText('22 November 2026: 1 case')).toBeTruthy();
  });

  it('a count that could not be saved is said, and can be saved again', async () => {
    const retention = new FakeRetention();
    retention.deletions.push({ outcome: { complete: true, deleted: 10 } });
    retention.traces.push({ ok: false, error: { kind: 'throttled', retryable: true } });
    show(retention);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete WB-AAAA-1111' }, { timeout: 10000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete permanently' }));
    await screen.findByText('The case was deleted, but the count of deletions could not be saved.', {}, { timeout: 10000 });
    expect(retention.recorded).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save the count again' }));
    await waitFor(() => expect(retention.recorded).toHaveLength(1), { timeout: 10000 });
    await waitFor(() => expect(screen.queryByText('The case was deleted, but the count of deletions could not be saved.')).toBeNull(), { timeout: 10000 });
  });
});
