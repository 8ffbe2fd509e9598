/**
 * @jest-environment jsdom
 */
/*
 * Issue 14, defect 2: an alert the store could not read is its own row on the board (its id only, never its
 * content), the cases around it still show, and triage can set it aside: success and a conflict are said after
 * the board reads again, a failure is said with a way to try again.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { AlertRecord, CaseRecord, OpenWork, StoreUser, WellbeingConfig } from '../../../src/services/store/IWellbeingStore';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { fail, fakeStore, FakeStore, ok, servicesWith } from '../../support/fakeStore';
import { makeAlert, testConfig } from '../../support/fixtures';

const NOW = new Date('2026-11-22T09:00:00Z');
const PSW = 'i:0#.f|membership|priya.psw@leics.example';
const ME: StoreUser = { id: 15, loginName: PSW, email: 'priya.psw@leics.example', displayName: 'Priya PSW' };
const CONFIG: WellbeingConfig = testConfig();

const good: AlertRecord = { id: 1, etag: '"1"', alert: { ...makeAlert(1), submittedAt: new Date(NOW.getTime() - 3600_000) }, publicStatus: 'InProgress' };
const goodCase: CaseRecord = {
  id: 11,
  etag: '"1"',
  alertId: 1,
  alertReceivedAt: good.alert.submittedAt,
  firstContactDue: new Date(good.alert.submittedAt.getTime() + 48 * 3600_000),
  serviceAreaId: good.alert.serviceAreaId,
  teamId: good.alert.teamId,
  locationId: good.alert.locationId,
  themeIds: [],
  case: {
    reference: good.alert.reference,
    route: good.alert.route,
    anonymous: false,
    consentStatus: good.alert.consentStatus,
    status: 'New',
    openedAt: good.alert.submittedAt,
    escalations: [],
    whistleblowing: false
  }
};
const WITH_UNREADABLE: OpenWork = { alertsWithoutCase: [], openCases: [{ record: goodCase, alert: good }], unreadableAlerts: [{ id: 42, etag: '"3"' }] };
const WITHOUT: OpenWork = { alertsWithoutCase: [], openCases: [{ record: goodCase, alert: good }], unreadableAlerts: [] };

function show(overrides: Partial<Record<keyof FakeStore, jest.Mock>>): void {
  const store = fakeStore({ currentUser: jest.fn(() => ok(ME)), config: jest.fn(() => ok(CONFIG)), ...overrides });
  render(
    <WebPartRoot services={servicesWith(store)}>
      <TriageBoard view="board" now={NOW} />
    </WebPartRoot>
  );
}

describe('an alert the board could not read (issue 14, defect 2)', () => {
  it('is its own row with its id and the words to ask a site owner, and the cases still load', async () => {
    show({ openWork: jest.fn(() => ok(WITH_UNREADABLE)) });
    expect(await screen.findByText('This alert could not be read: ask a site owner to look at item 42 in the alerts list.', undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Alerts that could not be read' })).toBeTruthy();
    expect(document.querySelector(`tr[data-reference="${good.alert.reference}"]`)).not.toBeNull();
  });

  it('is set aside with the ETag it was read with, and the board reads again and says so', async () => {
    const openWork = jest.fn().mockImplementationOnce(() => ok(WITH_UNREADABLE)).mockImplementation(() => ok(WITHOUT));
    const setAlertAside = jest.fn(() => ok(undefined));
    show({ openWork, setAlertAside });
    fireEvent.click(await screen.findByRole('button', { name: 'Set aside alert item 42' }));
    await waitFor(() => expect(openWork).toHaveBeenCalledTimes(2));
    expect(setAlertAside).toHaveBeenCalledWith({ id: 42, etag: '"3"' });
    expect(await screen.findByText('Alert item 42 has been set aside.')).toBeTruthy();
    expect(screen.queryByText(/could not be read: ask a site owner/)).toBeNull();
  });

  it('a conflict reads the board again and says nothing was set aside; a failure offers to try again', async () => {
    const openWork = jest.fn(() => ok(WITH_UNREADABLE));
    const setAlertAside = jest
      .fn()
      .mockImplementationOnce(() => fail({ kind: 'conflict', status: 412, retryable: false }))
      .mockImplementationOnce(() => fail({ kind: 'throttled' }))
      .mockImplementation(() => ok(undefined));
    show({ openWork, setAlertAside });
    fireEvent.click(await screen.findByRole('button', { name: 'Set aside alert item 42' }));
    expect(await screen.findByText(/Someone changed alert item 42 while you were looking/)).toBeTruthy();
    expect(openWork).toHaveBeenCalledTimes(2);
    fireEvent.click(await screen.findByRole('button', { name: 'Set aside alert item 42' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Alert item 42 was not set aside.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(setAlertAside).toHaveBeenCalledTimes(3));
  });
});
