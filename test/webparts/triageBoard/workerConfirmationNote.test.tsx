/**
 * @jest-environment jsdom
 */
/*
 * R4 on the board: whether the worker confirmed from their own account ("The worker confirmed on ...", or
 * "Waiting for the worker to confirm"), recording a proved confirmation on the case (ConfirmedByWorker, kept
 * apart from triage's own "confirmed in conversation"), and the name still not shareable until one of them is
 * recorded.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { Alert } from '../../../src/domain/alert';
import type { Case } from '../../../src/domain/caseLifecycle';
import type { WorkerConfirmationState } from '../../../src/domain/workerConfirmation';
import type { AlertRecord, CaseChanges, CaseDetail, CaseRecord, StoreUser, WellbeingConfig } from '../../../src/services/store/IWellbeingStore';
import { dateTime } from '../../../src/webparts/triageBoard/components/triageStyles';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { fail, fakeStore, FakeStore, ok, servicesWith } from '../../support/fakeStore';
import { makeAlert, testConfig } from '../../support/fixtures';

jest.setTimeout(30000);

const NOW = new Date('2026-11-22T09:00:00Z');
const HOUR = 3600000;
const PSW = 'i:0#.f|membership|priya.psw@leics.example';
const ME: StoreUser = { id: 15, loginName: PSW, email: 'priya.psw@leics.example', displayName: 'Priya PSW' };
const CONFIG: WellbeingConfig = testConfig({ triageTeam: [{ id: PSW, displayName: 'Priya PSW', route: 'PSW', serviceAreaIds: [], managementLineTeamIds: [], managementLineNames: [] }] });
const CONFIRMED_AT = new Date('2026-11-21T15:30:00Z');
const CONFIRMED: WorkerConfirmationState = {
  kind: 'confirmed',
  confirmedAt: CONFIRMED_AT,
  by: { email: 'alex.staff@leics.example', displayName: 'Alex Staff' }
};

function alertRecord(patch: Partial<Alert>): AlertRecord {
  const alert = { ...makeAlert(6), submittedAt: new Date(NOW.getTime() - 20 * HOUR), ...patch };
  return { id: 6, etag: '"1"', alert, publicStatus: 'Received' };
}

const onBehalf = alertRecord({ completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed', consentStatus: 'StatedByRaiser', sendWorkerCopy: true });

function caseRecord(alert: AlertRecord, c: Partial<Case> = {}): CaseRecord {
  return {
    id: 16,
    etag: '"1"',
    alertId: alert.id,
    alertReceivedAt: alert.alert.submittedAt,
    firstContactDue: new Date(alert.alert.submittedAt.getTime() + 48 * HOUR),
    serviceAreaId: alert.alert.serviceAreaId,
    teamId: alert.alert.teamId,
    locationId: alert.alert.locationId,
    themeIds: [],
    case: {
      reference: alert.alert.reference,
      route: alert.alert.route,
      anonymous: false,
      consentStatus: alert.alert.consentStatus,
      status: 'MeetingHeld',
      rag: 'Red',
      firstContactAt: new Date(NOW.getTime() - 10 * HOUR),
      meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR),
      openedAt: alert.alert.submittedAt,
      escalations: [],
      whistleblowing: false,
      ...c
    }
  };
}

async function openCase(alert: AlertRecord, record: CaseRecord, overrides: Partial<Record<keyof FakeStore, jest.Mock>>): Promise<FakeStore> {
  const detail: CaseDetail = { record, alert, events: [], discussions: [], summaries: [] };
  const store = fakeStore({
    currentUser: jest.fn(() => ok(ME)),
    config: jest.fn(() => ok(CONFIG)),
    openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record, alert }] })),
    caseDetail: jest.fn(() => ok(detail)),
    ...overrides
  });
  render(
    <WebPartRoot services={servicesWith(store)}>
      <TriageBoard view="board" now={NOW} />
    </WebPartRoot>
  );
  fireEvent.click(await screen.findByRole('button', { name: `Open ${alert.alert.reference}` }));
  return store;
}

const nameCheckbox = async (): Promise<HTMLInputElement> => {
  const section = (await screen.findByText('Red summary for managers (appendix 3)')).closest('section') as HTMLElement;
  return within(section).getByRole('checkbox', { name: "Share the worker's name" }) as HTMLInputElement;
};

describe('R4 the board shows the worker confirmation and records it as the worker confirmed', () => {
  it('waiting: says so, and the name still cannot be shared', async () => {
    const store = await openCase(onBehalf, caseRecord(onBehalf), { workerConfirmation: jest.fn(() => ok<WorkerConfirmationState>({ kind: 'waiting' })) });
    await screen.findByText(/^Waiting for the worker to confirm\./);
    expect(store.workerConfirmation).toHaveBeenCalledWith(onBehalf);
    expect((await nameCheckbox()).disabled).toBe(true);
  });

  it('confirmed: says when and by which account, and triage records it on the case as the worker confirmed', async () => {
    const record = caseRecord(onBehalf);
    const updateCase = jest.fn((r: CaseRecord, changes: CaseChanges) => ok({ ...r, case: changes.case }));
    await openCase(onBehalf, record, { workerConfirmation: jest.fn(() => ok(CONFIRMED)), updateCase });
    const note = await screen.findByText(`The worker confirmed on ${dateTime(CONFIRMED_AT)}, signed in as Alex Staff (alex.staff@leics.example).`);
    expect(note.closest('[data-worker-confirmation]')?.textContent).toContain('Check that this is the worker the alert names');
    // Still not acted on as named until it is recorded on the case.
    expect((await nameCheckbox()).disabled).toBe(true);
    const recordButton = screen.getByRole('button', { name: "Record the worker's own confirmation on the case" });
    recordButton.focus();
    fireEvent.click(recordButton);
    await waitFor(() => expect(updateCase).toHaveBeenCalledTimes(1));
    const changes = updateCase.mock.calls[0][1];
    expect(changes.case.consentStatus).toBe('ConfirmedByWorker');
    expect(changes.events.map((e) => [e.kind, e.from, e.to])).toEqual([['ConsentConfirmed', 'StatedByRaiser', 'ConfirmedByWorker']]);
  });

  it('once recorded (by the worker, or by triage in conversation) only the worker confirmation note stays, with no button', async () => {
    await openCase(onBehalf, caseRecord(onBehalf, { consentStatus: 'ConfirmedByWorker' }), { workerConfirmation: jest.fn(() => ok(CONFIRMED)) });
    await screen.findByText(/^The worker confirmed on /);
    expect(screen.queryByRole('button', { name: "Record the worker's own confirmation on the case" })).toBeNull();
    expect((await nameCheckbox()).disabled).toBe(false);
  });

  it('no link was sent: says to confirm it with the worker in conversation', async () => {
    await openCase(onBehalf, caseRecord(onBehalf), { workerConfirmation: jest.fn(() => ok<WorkerConfirmationState>({ kind: 'noLink' })) });
    await screen.findByText(/^No confirmation link was sent to the worker\./);
  });

  it('a failure to check is said plainly with a retry', async () => {
    const workerConfirmation = jest
      .fn()
      .mockImplementationOnce(() => fail({ kind: 'offline' }))
      .mockImplementation(() => ok<WorkerConfirmationState>({ kind: 'waiting' }));
    await openCase(onBehalf, caseRecord(onBehalf), { workerConfirmation });
    const problem = await screen.findByText(/We could not check whether the worker has confirmed\./);
    fireEvent.click(within(problem.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Try again' }));
    await screen.findByText(/^Waiting for the worker to confirm\./);
  });

  it('an alert the worker raised: nothing to confirm and nothing read', async () => {
    const own = alertRecord({});
    const store = await openCase(own, caseRecord(own, { consentStatus: 'NotNeeded' }), {});
    await nameCheckbox();
    expect(store.workerConfirmation).not.toHaveBeenCalled();
    expect(document.querySelector('[data-worker-confirmation]')).toBeNull();
  });
});
