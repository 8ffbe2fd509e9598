/**
 * @jest-environment jsdom
 */
/*
 * The triage board (R10-R17) with a fake store and a fixed clock: the queue's order, counts and filters, new
 * alerts given a case, the independence warning, refusals in words, a conflict that loses nothing, and the
 * summaries page (R14, R21).
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { Alert } from '../../../src/domain/alert';
import type { Case, CaseEvent } from '../../../src/domain/caseLifecycle';
import type { TriageMember } from '../../../src/domain/independence';
import type { AlertRecord, CaseChanges, CaseDetail, CaseRecord, DiscussionRecordItem, ManagerSummaryRecord, NewCaseInput, NotifySummaryInput, OpenWork, ShareSummaryInput, StoreUser, WellbeingConfig } from '../../../src/services/store/IWellbeingStore';
import { boardRows, filterRows, firstContactSettings, NO_FILTERS, overdueCount, referenceProblem } from '../../../src/webparts/triageBoard/components/board/boardModel';
import { happenedAt, localInputValue } from '../../../src/webparts/triageBoard/components/board/CaseWork';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { fail, fakeStore, FakeStore, ok, servicesWith } from '../../support/fakeStore';
import { anonymousAlert, makeAlert, testConfig } from '../../support/fixtures';

const NOW = new Date('2026-11-22T09:00:00Z');
const HOUR = 3600000;
const PSW = 'i:0#.f|membership|priya.psw@leics.example';
const AP = 'i:0#.f|membership|aaron.ap@leics.example';
const ME: StoreUser = { id: 15, loginName: PSW, email: 'priya.psw@leics.example', displayName: 'Priya PSW' };
const MEMBERS: TriageMember[] = [
  { id: PSW, displayName: 'Priya PSW', route: 'PSW', serviceAreaIds: ['childrens-social-care'], managementLineTeamIds: [], managementLineNames: [] },
  { id: AP, displayName: 'Aaron AP', route: 'AP', serviceAreaIds: [], managementLineTeamIds: [], managementLineNames: [] }
];
const CONFIG: WellbeingConfig = testConfig({ triageTeam: MEMBERS });

function alertRecord(id: number, hoursAgo: number, patch: Partial<Alert> = {}): AlertRecord {
  const alert = { ...makeAlert(id), submittedAt: new Date(NOW.getTime() - hoursAgo * HOUR), ...patch };
  return { id, etag: '"1"', alert, publicStatus: 'Received' };
}

function caseRecord(id: number, alert: AlertRecord, c: Partial<Case> = {}): CaseRecord {
  return {
    id,
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
      anonymous: alert.alert.anonymous,
      consentStatus: alert.alert.consentStatus,
      status: 'New',
      openedAt: alert.alert.submittedAt,
      escalations: [],
      whistleblowing: false,
      ...c
    }
  };
}

const a1 = alertRecord(1, 60); // overdue by 12 h
const a2 = alertRecord(2, 40); // due in 8 h (due soon)
const a3 = alertRecord(3, 10, { serviceAreaId: 'children-and-family-wellbeing-service', teamId: 'cfws-family-help', route: 'AP' });
const a4 = alertRecord(4, 70); // contacted late
const c1 = caseRecord(11, a1);
const c2 = caseRecord(12, a2, { owner: PSW, status: 'Contacted', firstContactAt: new Date(NOW.getTime() - 39 * HOUR) });
const c3 = caseRecord(13, a3);
const c4 = caseRecord(14, a4, { status: 'MeetingHeld', rag: 'Amber', firstContactAt: new Date(NOW.getTime() - 10 * HOUR), meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR) });
const WORK: OpenWork = { alertsWithoutCase: [], openCases: [c2, c4, c3, c1].map((record) => ({ record, alert: [a1, a2, a3, a4].find((a) => a.id === record.alertId) })) };

function show(store: FakeStore, view: 'board' | 'summaries' = 'board'): void {
  render(
    <WebPartRoot services={servicesWith(store)}>
      <TriageBoard view={view} now={NOW} />
    </WebPartRoot>
  );
}

function boardStore(overrides: Partial<Record<keyof FakeStore, jest.Mock>> = {}): FakeStore {
  return fakeStore({
    currentUser: jest.fn(() => ok(ME)),
    config: jest.fn(() => ok(CONFIG)),
    openWork: jest.fn(() => ok(WORK)),
    ...overrides
  });
}

const rowReferences = (): string[] => Array.from(document.querySelectorAll('tr[data-reference]')).map((r) => r.getAttribute('data-reference') ?? '');

describe('the queue (R10)', () => {
  const rows = boardRows(WORK.openCases, NOW, firstContactSettings(CONFIG));

  it('puts overdue first, then by when contact is due, then contacted cases; counts overdue over every case', () => {
    expect(rows.map((r) => [r.record.case.reference, r.clock.state])).toEqual([
      [a1.alert.reference, 'overdue'],
      [a3.alert.reference, 'due'],
      [a4.alert.reference, 'metLate'],
      [a2.alert.reference, 'met']
    ]);
    expect(overdueCount(rows)).toBe(1);
    expect(overdueCount(filterRows(rows, { ...NO_FILTERS, route: 'AP' }, PSW))).toBe(0);
  });

  it('filters by route, status, RAG, owner and finds a reference however it was typed', () => {
    const refs = (f: Partial<typeof NO_FILTERS>): string[] => filterRows(rows, { ...NO_FILTERS, ...f }, PSW).map((r) => r.record.case.reference);
    expect(refs({ route: 'AP' })).toEqual([a3.alert.reference]);
    expect(refs({ status: 'MeetingHeld' })).toEqual([a4.alert.reference]);
    expect(refs({ rag: 'Amber' })).toEqual([a4.alert.reference]);
    expect(refs({ rag: 'NotRated' })).toHaveLength(3);
    expect(refs({ owner: 'me' })).toEqual([a2.alert.reference]);
    expect(refs({ owner: 'nobody' })).toHaveLength(3);
    expect(refs({ reference: a2.alert.reference.toLowerCase().replace(/-/g, ' '), route: 'AP' })).toEqual([a2.alert.reference]);
    expect(referenceProblem('WB-0000')).toBe(true);
    expect(referenceProblem('')).toBe(false);
  });

  it('shows my route by default, overdue in words, and the overdue count whatever the filter', async () => {
    show(boardStore());
    await screen.findByRole('table');
    expect(rowReferences()).toEqual([a1.alert.reference, a4.alert.reference, a2.alert.reference]);
    expect(screen.getByText('1 first contact is overdue')).toBeTruthy();
    expect(document.querySelector(`tr[data-reference="${a1.alert.reference}"] td[data-sla]`)?.textContent).toBe('Overdue by 12 h');
    fireEvent.change(screen.getByLabelText('Route'), { target: { value: 'AP' } });
    expect(rowReferences()).toEqual([a3.alert.reference]);
    expect(screen.getByText('1 first contact is overdue, none shown with these filters')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Find by reference'), { target: { value: 'WB-nope' } });
    expect(screen.getByText('That is not a reference. Check it against the one the person read out.')).toBeTruthy();
  });

  it('gives every alert without a case a case whose clock runs from the alert, shown without reading the board again', async () => {
    const waiting = alertRecord(5, 30);
    const openWork = jest.fn(() => ok({ alertsWithoutCase: [waiting], openCases: [] }));
    const openCase = jest.fn((input: NewCaseInput) => ok(caseRecord(15, { ...waiting, id: input.alert.id })));
    show(boardStore({ openWork, openCase }));
    await waitFor(() => expect(rowReferences()).toEqual([waiting.alert.reference]));
    expect(openWork).toHaveBeenCalledTimes(1);
    expect(openCase).toHaveBeenCalledTimes(1);
    const input = openCase.mock.calls[0][0];
    expect(input.firstContactDue).toEqual(new Date(waiting.alert.submittedAt.getTime() + 48 * HOUR));
    expect(input.case).toMatchObject({ reference: waiting.alert.reference, status: 'New' });
    expect(input.events.map((e) => [e.kind, e.by])).toEqual([['CaseOpened', PSW]]);
  });

  it('an alert a colleague opened at the same moment is not an error: the board is read again to show their case', async () => {
    const waiting = alertRecord(5, 30);
    const openWork = jest.fn().mockImplementationOnce(() => ok({ alertsWithoutCase: [waiting], openCases: [] })).mockImplementation(() => ok(WORK));
    const openCase = jest.fn(() => fail({ kind: 'conflict', status: 409, retryable: false }));
    show(boardStore({ openWork, openCase }));
    await waitFor(() => expect(openWork).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(rowReferences()).toEqual([a1.alert.reference, a4.alert.reference, a2.alert.reference]));
    expect(screen.queryByText('Some new alerts could not be given a case yet.')).toBeNull();
  });

  it('a failure is said plainly with a way to try again; no access says who the board is for', async () => {
    const openWork = jest.fn().mockImplementationOnce(() => fail({ kind: 'throttled', retryAfterSeconds: 5 })).mockImplementation(() => ok(WORK));
    show(boardStore({ openWork }));
    expect((await screen.findByRole('alert')).textContent).toContain('SharePoint is busy just now. Please wait a moment and try again. SharePoint asked us to wait 5 seconds.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('table');
  });

  it('R21: someone outside the triage team is told the board is not for them', async () => {
    show(boardStore({ openWork: jest.fn(() => fail({ kind: 'noPermission', retryable: false })) }));
    expect((await screen.findByText(/This board is for the triage team/)).getAttribute('data-no-access')).toBe('true');
  });
});

describe('working a case (R11-R17)', () => {
  function detail(record: CaseRecord, alert: AlertRecord): CaseDetail {
    return { record, alert, events: [], discussions: [], summaries: [] };
  }

  it('warns a triage member whose own service area the alert comes from (independence)', async () => {
    show(boardStore({ caseDetail: jest.fn(() => ok(detail(c1, a1))) }));
    fireEvent.click(await screen.findByRole('button', { name: `Open ${a1.alert.reference}` }));
    const warning = await screen.findByText('Check your independence');
    expect(warning.closest('section')?.textContent).toContain("This alert comes from your own service area (Children's Social Care).");
  });

  it('R13: the RAG choice shows what each colour means, and a refused command is said in words without saving', async () => {
    const updateCase = jest.fn();
    show(boardStore({ caseDetail: jest.fn(() => ok(detail(c4, a4))), updateCase }));
    fireEvent.click(await screen.findByRole('button', { name: `Open ${a4.alert.reference}` }));
    await screen.findByRole('heading', { name: 'Green, Amber or Red' });
    expect(screen.getByRole('radio', { name: /^Red/ }).getAttribute('aria-describedby')).toBe('case-rag-Red');
    expect(document.getElementById('case-rag-Red')?.textContent).toContain('further action is needed');
    expect((screen.getByRole('radio', { name: /^Amber/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /^Amber/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the rating' }));
    expect((await screen.findByText('The case already has that rating.')).getAttribute('role')).toBe('alert');
    expect(updateCase).not.toHaveBeenCalled();
  });

  it('a conflict loads the other change, says so, and keeps what was typed', async () => {
    const held = caseRecord(14, a4, { status: 'MeetingHeld', rag: 'Amber', firstContactAt: new Date(NOW.getTime() - 10 * HOUR), meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR) });
    const caseDetail = jest.fn(() => ok(detail(held, a4)));
    const saveDiscussion = jest.fn(() => ok({ id: 1, etag: '"1"', record: {} }));
    const updateCase = jest.fn(() => fail({ kind: 'conflict', status: 412, retryable: false }));
    show(boardStore({ caseDetail, saveDiscussion, updateCase }));
    fireEvent.click(await screen.findByRole('button', { name: `Open ${a4.alert.reference}` }));
    fireEvent.change(await screen.findByLabelText('Summary of discussions'), { target: { value: 'What we talked about, typed with care.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the meeting record' }));
    const conflict = await screen.findByText(/Someone else changed this case while you were working on it/);
    expect(conflict.textContent).toContain('nothing you typed has been lost');
    await waitFor(() => expect(caseDetail).toHaveBeenCalledTimes(2));
    expect((screen.getByLabelText('Summary of discussions') as HTMLTextAreaElement).value).toBe('What we talked about, typed with care.');
  });

  it('R14: a Red summary is built by the domain: a named worker’s name cannot be shared without consent', async () => {
    const onBehalf = alertRecord(6, 20, { completedBy: 'Colleague', consentMode: 'CompletedTogether', consentStatus: 'StatedByRaiser' });
    const red = caseRecord(16, onBehalf, { status: 'MeetingHeld', rag: 'Red', firstContactAt: new Date(NOW.getTime() - 10 * HOUR), meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR), consentStatus: 'StatedByRaiser' });
    const shareManagerSummary = jest.fn();
    show(boardStore({ openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record: red, alert: onBehalf }] })), caseDetail: jest.fn(() => ok(detail(red, onBehalf))), shareManagerSummary }));
    fireEvent.click(await screen.findByRole('button', { name: `Open ${onBehalf.alert.reference}` }));
    const share = await screen.findByText('Red summary for managers (appendix 3)');
    const section = share.closest('section') as HTMLElement;
    expect((within(section).getByRole('checkbox', { name: "Share the worker's name" }) as HTMLInputElement).disabled).toBe(true);
    expect(section.textContent).toContain('Consent is not confirmed yet, so the name cannot be shared.');
    fireEvent.click(within(section).getByRole('button', { name: 'Share the summary' }));
    expect((await within(section).findByRole('alert')).textContent).toContain('Enter the details of the concerns and actions needed by the service');
    expect(shareManagerSummary).not.toHaveBeenCalled();
  });
});

describe('the summaries page (R14, R21)', () => {
  const summary: ManagerSummaryRecord = {
    id: 3,
    etag: '"1"',
    caseId: 11,
    serviceAreaId: 'childrens-social-care',
    sharedAt: new Date('2026-11-01T10:00:00Z'),
    summary: {
      kind: 'RedSummary',
      reference: 'WB-7K3M-9QR4',
      date: new Date('2026-11-01T10:00:00Z'),
      redacted: true,
      serviceArea: "Children's Social Care",
      concernsAndActionsNeeded: 'Worries within the team about workload.',
      actionsAgreed: 'Workload review.',
      recipients: [],
      hosFollowUpDue: new Date('2026-11-15T10:00:00Z')
    }
  };

  it('shows a summary without a name when it was shared without one; the HoS records the follow-up', async () => {
    const recordHosFollowUp = jest.fn((item: ManagerSummaryRecord, at: Date, outcome: string) => ok({ ...item, hosFollowUpDoneAt: at, hosFollowUpOutcome: outcome }));
    const store = boardStore({
      config: jest.fn(() => ok({ ...CONFIG, hosSafeguarding: [{ id: ME.loginName, displayName: 'HoS' }] })),
      managerSummaries: jest.fn(() => ok([summary])),
      recordHosFollowUp
    });
    show(store, 'summaries');
    const article = (await screen.findByText('Red summary for WB-7K3M-9QR4')).closest('article') as HTMLElement;
    expect(article.textContent).toContain('Name withheld: service area only');
    expect(article.textContent).toContain('Follow-up overdue since 15 November 2026');
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    expect(within(article).getByText('Enter what the follow-up found')).toBeTruthy();
    expect(recordHosFollowUp).not.toHaveBeenCalled();
    fireEvent.change(within(article).getByLabelText('What the follow-up found'), { target: { value: 'Action was taken.' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    await within(article).findByText(/Followed up on 22 November 2026: Action was taken\./);
    expect(recordHosFollowUp).toHaveBeenCalledWith(summary, NOW, 'Action was taken.');
  });

  it('a manager sees the summary but cannot record the follow-up', async () => {
    show(boardStore({ managerSummaries: jest.fn(() => ok([summary])) }), 'summaries');
    await screen.findByText('Red summary for WB-7K3M-9QR4');
    expect(screen.queryByRole('button', { name: 'Record the follow-up' })).toBeNull();
  });

  it('no access to the summaries list means nothing was shared', async () => {
    show(boardStore({ managerSummaries: jest.fn(() => fail({ kind: 'notFound', status: 404, retryable: false })) }), 'summaries');
    await screen.findByText('Nothing has been shared with you.');
  });
});

describe('working a case: when it happened, refusals in words, and what managers will see (R10, R14)', () => {
  const detailOf = (record: CaseRecord, alert: AlertRecord): CaseDetail => ({ record, alert, events: [], discussions: [], summaries: [] });
  const SAM = { id: 'i:0#.f|membership|sam.service@leics.example', displayName: 'Sam Service' };
  const LIAM: StoreUser = { id: 31, loginName: 'i:0#.f|membership|liam.manager@leics.example', email: 'liam.manager@leics.example', displayName: 'Liam Manager' };

  async function openFirst(store: FakeStore, reference: string): Promise<void> {
    show(store);
    fireEvent.click(await screen.findByRole('button', { name: `Open ${reference}` }));
    await screen.findByRole('heading', { name: `Case ${reference}` });
  }

  it('R10: first contact made before it was written down counts from when it happened; the history keeps when it was recorded', async () => {
    const updateCase = jest.fn((record: CaseRecord, changes: CaseChanges) => ok({ ...record, case: changes.case }));
    await openFirst(boardStore({ caseDetail: jest.fn(() => ok(detailOf(c1, a1))), updateCase }), a1.alert.reference);
    const madeAt = new Date(NOW.getTime() - 50 * 60000);
    fireEvent.change(screen.getByLabelText('When it happened'), { target: { value: localInputValue(madeAt) } });
    fireEvent.change(screen.getByLabelText('How'), { target: { value: 'Teams' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record first contact' }));
    await screen.findByText('First contact recorded.');
    const changes = updateCase.mock.calls[0][1];
    expect(changes.case).toMatchObject({ status: 'Contacted', firstContactAt: madeAt, firstContactMethod: 'Teams' });
    expect(changes.events.map((e) => [e.kind, e.to, e.at])).toEqual([['StatusChanged', 'Contacted', NOW]]);
    expect((screen.getByLabelText('When it happened') as HTMLInputElement).value).toBe('');
  });

  it('a time in the future, or before the case was opened, is refused in words and nothing is saved', async () => {
    const updateCase = jest.fn();
    await openFirst(boardStore({ caseDetail: jest.fn(() => ok(detailOf(c1, a1))), updateCase }), a1.alert.reference);
    for (const typed of [localInputValue(new Date(NOW.getTime() + 2 * HOUR)), localInputValue(new Date(c1.case.openedAt.getTime() - 2 * HOUR))]) {
      fireEvent.change(screen.getByLabelText('When it happened'), { target: { value: typed } });
      fireEvent.click(screen.getByRole('button', { name: 'Record first contact' }));
      expect((await screen.findByText(/Enter a time between when the case was opened/)).getAttribute('role')).toBe('alert');
    }
    expect(updateCase).not.toHaveBeenCalled();
    expect(happenedAt('', c1.case.openedAt, NOW)).toBe(NOW);
    expect(happenedAt('not a time', c1.case.openedAt, NOW)).toBeUndefined();
  });

  it('closing without an outcome, or passing the case to nobody, is said in words and nothing is saved', async () => {
    const updateCase = jest.fn();
    await openFirst(boardStore({ caseDetail: jest.fn(() => ok(detailOf(c4, a4))), updateCase }), a4.alert.reference);
    fireEvent.click(screen.getByRole('button', { name: 'Close the case' }));
    expect((await screen.findByText('Choose an outcome before closing the case.')).getAttribute('role')).toBe('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Pass the case' }));
    await screen.findByText('Choose who to pass the case to.');
    expect(updateCase).not.toHaveBeenCalled();
  });

  it('R14: the board shows a waiting HoS follow-up on its row until it is recorded', async () => {
    const waiting = caseRecord(17, alertRecord(7, 100), {
      owner: PSW,
      status: 'AwaitingFollowUp',
      rag: 'Red',
      firstContactAt: new Date(NOW.getTime() - 90 * HOUR),
      meetingHeldAt: new Date(NOW.getTime() - 80 * HOUR),
      hosFollowUpDue: new Date('2026-11-27T10:00:00Z')
    });
    const late = caseRecord(18, alertRecord(8, 400), { ...waiting.case, reference: alertRecord(8, 400).alert.reference, hosFollowUpDue: new Date('2026-11-20T10:00:00Z') });
    show(boardStore({ openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record: waiting }, { record: late }] })) }));
    await screen.findByRole('table');
    const cells = Array.from(document.querySelectorAll('[data-follow-up-due]')).map((e) => e.textContent);
    expect(cells).toEqual(['Follow-up overdue since 20 November 2026', 'Follow-up due by 27 November 2026']);
    expect(screen.getByText('2 HoS follow-ups are waiting')).toBeTruthy();
  });

  it('R14: before sharing, the summary is shown exactly as it will go, redacted unless the name is shared, with who gets it', async () => {
    const red = caseRecord(16, a4, { status: 'MeetingHeld', rag: 'Red', consentStatus: 'NotNeeded', firstContactAt: new Date(NOW.getTime() - 10 * HOUR), meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR) });
    const shareManagerSummary = jest.fn((input: ShareSummaryInput) => ok({ record: { id: 9, etag: '"1"', caseId: 16, serviceAreaId: input.serviceAreaId, summary: input.summary } }));
    const notifySummaryShared = jest.fn((record: ManagerSummaryRecord, input: NotifySummaryInput) => ok({ record, notified: input.link !== '' }));
    const updateCase = jest.fn((record: CaseRecord, changes: CaseChanges) => ok({ ...record, case: changes.case }));
    const searchPeople = jest.fn(() => ok([LIAM]));
    const config = jest.fn(() => ok({ ...CONFIG, serviceManagers: { 'childrens-social-care': SAM }, hosSafeguarding: [{ id: 'hos', displayName: 'Hana HoS' }] }));
    await openFirst(
      boardStore({ config, openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record: red, alert: a4 }] })), caseDetail: jest.fn(() => ok(detailOf(red, a4))), shareManagerSummary, notifySummaryShared, updateCase, searchPeople }),
      a4.alert.reference
    );
    const section = (await screen.findByText('Red summary for managers (appendix 3)')).closest('section') as HTMLElement;
    expect(section.querySelector('[data-preview]')).toBeNull(); // nothing to preview until it is written
    fireEvent.change(within(section).getByLabelText('Details of the concerns and actions needed by the service'), { target: { value: 'Caseloads are far too high across the team.' } });
    fireEvent.change(within(section).getByLabelText('Actions agreed'), { target: { value: 'Caseload review.' } });
    const preview = (): HTMLElement => section.querySelector('[data-preview]') as HTMLElement;
    expect(preview().getAttribute('data-preview')).toBe('redacted');
    expect(preview().textContent).toContain('Name withheld: service area only');
    expect(preview().textContent).not.toContain(a4.alert.workerName);
    expect(preview().querySelector('[data-recipients]')?.textContent).toBe('It will go to: Sam Service (service manager). The HoS Safeguarding will be told to follow up by 6 December 2026.');

    // With the name: the line manager must be chosen too.
    fireEvent.click(within(section).getByRole('checkbox', { name: "Share the worker's name" }));
    fireEvent.click(within(section).getByRole('button', { name: 'Share the summary' }));
    expect((await within(section).findByRole('alert')).textContent).toContain('Choose the line manager');
    expect(shareManagerSummary).not.toHaveBeenCalled();
    fireEvent.change(within(section).getByLabelText('Line manager'), { target: { value: 'Liam' } });
    fireEvent.click(await within(section).findByRole('button', { name: 'Liam Manager (liam.manager@leics.example)' }));
    expect(section.querySelector('[data-person-picker="case-line-manager"] [data-chosen]')?.getAttribute('data-chosen')).toBe(LIAM.loginName);
    expect(searchPeople).toHaveBeenCalledWith('Liam');
    expect(preview().getAttribute('data-preview')).toBe('named');
    expect(preview().textContent).toContain(a4.alert.workerName);
    expect(preview().querySelector('[data-recipients]')?.textContent).toContain('Liam Manager (line manager), Sam Service (service manager)');

    fireEvent.click(within(section).getByRole('button', { name: 'Share the summary' }));
    await screen.findByText(/^Shared with Liam Manager, Sam Service\./);
    const input = shareManagerSummary.mock.calls[0][0];
    expect(input.hosSafeguarding).toEqual([{ id: 'hos', displayName: 'Hana HoS' }]);
    // People are told after the case is moved on (issue 14), with the link only (R22).
    expect(notifySummaryShared.mock.calls[0][1]).toEqual({ link: 'https://leics.sharepoint.com/sites/wellbeing-records/SitePages/Wellbeing-summary.aspx', hosSafeguarding: [{ id: 'hos', displayName: 'Hana HoS' }] });
    expect(notifySummaryShared.mock.invocationCallOrder[0]).toBeGreaterThan(updateCase.mock.invocationCallOrder[0]);
    expect(input.summary).toMatchObject({ kind: 'RedSummary', redacted: false, name: a4.alert.workerName });
    expect(input.summary.recipients.map((r) => [r.role, r.person.displayName])).toEqual([
      ['LineManager', 'Liam Manager'],
      ['ServiceManager', 'Sam Service']
    ]);
    expect(updateCase.mock.calls[0][1].events.map((e) => [e.kind, e.to])).toEqual([
      ['SummaryShared', 'Named'],
      ['HosNotified', undefined],
      ['StatusChanged', 'AwaitingFollowUp']
    ]);
  });
  it('issue 14: an email that could not be sent is said, with Try again, which tells people without sharing twice', async () => {
    const red = caseRecord(16, a4, { status: 'MeetingHeld', rag: 'Red', consentStatus: 'NotNeeded', firstContactAt: new Date(NOW.getTime() - 10 * HOUR), meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR) });
    const shareManagerSummary = jest.fn((input: ShareSummaryInput) => ok({ record: { id: 9, etag: '"1"', caseId: 16, serviceAreaId: input.serviceAreaId, summary: input.summary } }));
    const notifySummaryShared = jest
      .fn()
      .mockImplementationOnce((record: ManagerSummaryRecord) => ok({ record, notified: false }))
      .mockImplementation((record: ManagerSummaryRecord) => ok({ record, notified: true }));
    const updateCase = jest.fn((record: CaseRecord, changes: CaseChanges) => ok({ ...record, case: changes.case }));
    const config = jest.fn(() => ok({ ...CONFIG, serviceManagers: { 'childrens-social-care': SAM }, hosSafeguarding: [] }));
    await openFirst(
      boardStore({ config, openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record: red, alert: a4 }] })), caseDetail: jest.fn(() => ok(detailOf(red, a4))), shareManagerSummary, notifySummaryShared, updateCase }),
      a4.alert.reference
    );
    const section = (await screen.findByText('Red summary for managers (appendix 3)')).closest('section') as HTMLElement;
    fireEvent.change(within(section).getByLabelText('Details of the concerns and actions needed by the service'), { target: { value: 'Caseloads are far too high across the team.' } });
    fireEvent.change(within(section).getByLabelText('Actions agreed'), { target: { value: 'Caseload review.' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Share the summary' }));
    const said = await screen.findByText('The summary is shared, but the email telling people could not be sent. Try again, or tell them another way.');
    expect(said.getAttribute('role')).toBe('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(notifySummaryShared).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(/the email telling people could not be sent/)).toBeNull());
  });
});

describe('a SharePoint failure while saving (house rule: said plainly, with a retry)', () => {
  it('says the change was not saved, keeps the typing, and the retry saves the same change', async () => {
    const updateCase = jest
      .fn()
      .mockImplementationOnce(() => fail({ kind: 'serverError', status: 500 }))
      .mockImplementation((record: CaseRecord, changes: CaseChanges) => ok({ ...record, case: changes.case }));
    show(boardStore({ caseDetail: jest.fn(() => ok({ record: c1, alert: a1, events: [], discussions: [], summaries: [] })), updateCase }));
    fireEvent.click(await screen.findByRole('button', { name: `Open ${a1.alert.reference}` }));
    fireEvent.click(await screen.findByRole('button', { name: 'Take this case' }));
    const problem = await screen.findByText(/Your change was not saved/);
    expect(problem.closest('[role=alert]')?.textContent).toContain('Nothing you typed has been lost.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('You have taken this case.');
    expect(updateCase).toHaveBeenCalledTimes(2);
    expect(updateCase.mock.calls[1][1]).toEqual(updateCase.mock.calls[0][1]);
    expect(updateCase.mock.calls[1][1].case.owner).toBe(PSW);
  });
});

describe('issue 13: the board as a PSW with 40 alerts works it', () => {
  const detailOf = (record: CaseRecord, alert: AlertRecord, more: Partial<CaseDetail> = {}): CaseDetail => ({ record, alert, events: [], discussions: [], summaries: [], ...more });
  const held = (id: number, alert: AlertRecord, c: Partial<Case> = {}): CaseRecord =>
    caseRecord(id, alert, { owner: PSW, status: 'MeetingHeld', firstContactAt: new Date(NOW.getTime() - 10 * HOUR), meetingHeldAt: new Date(NOW.getTime() - 9 * HOUR), ...c });

  async function openOnly(store: Partial<Record<keyof FakeStore, jest.Mock>>, record: CaseRecord, alert: AlertRecord): Promise<void> {
    show(boardStore({ ...store, openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record, alert }] })) }));
    fireEvent.click(await screen.findByRole('button', { name: `Open ${alert.alert.reference}` }));
    await screen.findByRole('heading', { name: `Case ${alert.alert.reference}` });
  }

  describe('R12, R14: the Red summary starts from the meeting record only with the worker’s consent to share it', () => {
    const RECORD_TEXT = 'Alex does not want the manager told about the sleep problems.';
    const discussion = (consentToShare: boolean): DiscussionRecordItem => ({
      id: 5,
      etag: '"1"',
      record: {
        reference: a4.alert.reference,
        caseId: 16,
        date: new Date(NOW.getTime() - 9 * HOUR),
        workerName: a4.alert.workerName,
        role: a4.alert.role,
        team: 'First Response',
        serviceAreaId: a4.alert.serviceAreaId,
        details: a4.alert.details,
        actionTaken: a4.alert.actionTaken,
        whatNeedsToHappen: a4.alert.whatNeedsToHappen,
        summary: RECORD_TEXT,
        agreedActions: 'Caseload review within two weeks.',
        consentToShare
      }
    });
    const red = held(16, a4, { rag: 'Red' });
    const config = jest.fn(() => ok({ ...CONFIG, serviceManagers: { 'childrens-social-care': { id: 'sam', displayName: 'Sam Service' } } }));

    it('without consent the summary starts empty, with the appendix 3 headings as guidance, and nothing of the record is previewed', async () => {
      await openOnly({ config, caseDetail: jest.fn(() => ok(detailOf(red, a4, { discussions: [discussion(false)] }))) }, red, a4);
      const section = (await screen.findByText('Red summary for managers (appendix 3)')).closest('section') as HTMLElement;
      const concerns = within(section).getByLabelText('Details of the concerns and actions needed by the service') as HTMLTextAreaElement;
      expect(concerns.value).toBe('');
      expect((within(section).getByLabelText('Actions agreed') as HTMLTextAreaElement).value).toBe('');
      const guidance = section.querySelector('[data-summary-start="empty"]') as HTMLElement;
      expect(Array.from(guidance.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
        'Date, name, role and team (or, if anonymous, the service area): filled in from the alert, as the preview below shows',
        'Details of the concerns and actions needed by the service',
        'Actions agreed'
      ]);
      expect(concerns.getAttribute('aria-describedby')).toBe('case-summary-start');
      expect(section.querySelector('[data-preview]')).toBeNull();
      expect(section.textContent).not.toContain('sleep problems');
      // The preview of exactly what managers will see stays, once triage has written it.
      fireEvent.change(concerns, { target: { value: 'Caseloads in the team are too high.' } });
      fireEvent.change(within(section).getByLabelText('Actions agreed'), { target: { value: 'Caseload review.' } });
      expect(section.querySelector('[data-preview]')?.textContent).toContain('Caseloads in the team are too high.');
    });

    it('with consent it starts from the record, marked as such, and can be edited for managers', async () => {
      await openOnly({ config, caseDetail: jest.fn(() => ok(detailOf(red, a4, { discussions: [discussion(true)] }))) }, red, a4);
      const section = (await screen.findByText('Red summary for managers (appendix 3)')).closest('section') as HTMLElement;
      expect((within(section).getByLabelText('Details of the concerns and actions needed by the service') as HTMLTextAreaElement).value).toBe(RECORD_TEXT);
      expect((within(section).getByLabelText('Actions agreed') as HTMLTextAreaElement).value).toBe('Caseload review within two weeks.');
      expect(section.querySelector('[data-summary-start="meetingRecord"]')?.textContent).toBe(
        'Started from the meeting record: edit it for managers. The worker agreed to the record being shared.'
      );
    });
  });

  describe('every save is said, and says what was saved (live region)', () => {
    it('each save is a new message in the status region, so the same action twice is announced twice', async () => {
      const record = held(14, a4, { rag: undefined });
      const saveDiscussion = jest.fn(() => ok({ id: 1, etag: '"1"', record: {} }));
      const updateCase = jest.fn((r: CaseRecord, changes: CaseChanges) => ok({ ...r, case: changes.case }));
      await openOnly({ caseDetail: jest.fn(() => ok(detailOf(record, a4))), saveDiscussion, updateCase }, record, a4);
      const region = document.querySelector('[data-announcement]') as HTMLElement;
      expect(region.getAttribute('role')).toBe('status');
      fireEvent.change(screen.getByLabelText('Summary of discussions'), { target: { value: 'We talked.' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save the meeting record' }));
      await waitFor(() => expect(region.textContent).toBe('The meeting record is saved.'));
      const first = region.firstElementChild;
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save the meeting record' }).getAttribute('aria-disabled')).toBeNull());
      fireEvent.click(screen.getByRole('button', { name: 'Save the meeting record' }));
      await waitFor(() => expect(region.firstElementChild).not.toBe(first));
      expect(region.textContent).toBe('The meeting record is saved.');
      expect(first?.isConnected).toBe(false);
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save the rating' }).getAttribute('aria-disabled')).toBeNull());
      fireEvent.click(screen.getByRole('radio', { name: /^Amber/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Save the rating' }));
      await waitFor(() => expect(region.textContent).toBe('Rating saved: Amber.'));
    });
  });

  describe('R10: the overdue banner counts every route and says how many the filters show', () => {
    it('"3 overdue, 1 on your route", and a button that widens the filter to show them all, focus on the queue', async () => {
      const apLate = [5, 6].map((id) => alertRecord(id, 55 + id, { serviceAreaId: 'children-and-family-wellbeing-service', teamId: 'cfws-family-help', route: 'AP' }));
      const work: OpenWork = { alertsWithoutCase: [], openCases: [...WORK.openCases, ...apLate.map((alert, i) => ({ record: caseRecord(20 + i, alert), alert }))] };
      show(boardStore({ openWork: jest.fn(() => ok(work)) }));
      await screen.findByRole('table');
      expect(document.querySelector('[data-overdue-count]')?.textContent).toBe('3 first contacts are overdue, 1 on your route');
      fireEvent.click(screen.getByRole('button', { name: 'Show all 3 overdue' }));
      expect(rowReferences().slice(0, 3).sort()).toEqual([a1.alert.reference, ...apLate.map((a) => a.alert.reference)].sort());
      expect((screen.getByLabelText('Route') as HTMLSelectElement).value).toBe('');
      expect(document.querySelector('[data-overdue-count]')?.textContent).toBe('3 first contacts are overdue');
      expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
      expect(document.activeElement?.id).toBe('board-queue');
    });
  });

  describe('R10, R16: an anonymous alert’s first contact is its forward to the service manager', () => {
    const anon = (id: number, hoursAgo: number): AlertRecord => ({ ...alertRecord(id, hoursAgo), alert: { ...anonymousAlert(id), submittedAt: new Date(NOW.getTime() - hoursAgo * HOUR) } });

    it('no "Record first contact" for an anonymous alert; sending it on is offered', async () => {
      const a = anon(9, 10);
      const record = caseRecord(19, a, { owner: PSW });
      await openOnly({ caseDetail: jest.fn(() => ok(detailOf(record, a))) }, record, a);
      expect(screen.queryByRole('button', { name: 'Record first contact' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Send to the service manager' })).toBeTruthy();
    });

    it('once forwarded it is never shown overdue, even when forwarded before the forward stopped the clock', async () => {
      const late = anon(9, 70);
      const forwardedAt = new Date(NOW.getTime() - 20 * HOUR);
      const record = caseRecord(19, late, { owner: PSW, status: 'AwaitingFollowUp', forwardedAt, hosFollowUpDue: new Date(NOW.getTime() + 300 * HOUR) });
      const waiting = anon(10, 60);
      show(boardStore({ openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record, alert: late }, { record: caseRecord(20, waiting), alert: waiting }] })) }));
      await screen.findByRole('table');
      expect(document.querySelector(`tr[data-reference="${late.alert.reference}"]`)?.getAttribute('data-overdue')).toBe('false');
      expect(document.querySelector(`tr[data-reference="${late.alert.reference}"] td[data-sla]`)?.textContent).toBe('Made 2 h late');
      // Not yet forwarded: still on the 48-hour clock, and overdue.
      expect(document.querySelector(`tr[data-reference="${waiting.alert.reference}"]`)?.getAttribute('data-overdue')).toBe('true');
      expect(document.querySelector('[data-overdue-count]')?.textContent).toBe('1 first contact is overdue');
    });
  });

  describe('people by name, never by address', () => {
    it('the history, the owner and the owner filter name people; someone the board does not know is "a member of the triage team"', async () => {
      const stranger = 'i:0#.f|membership|former.member@leics.example';
      const events: CaseEvent[] = [
        { kind: 'CaseOpened', at: a1.alert.submittedAt, by: PSW, to: 'New' },
        { kind: 'Assigned', at: a1.alert.submittedAt, by: PSW, to: PSW },
        { kind: 'Assigned', at: a1.alert.submittedAt, by: stranger, from: PSW, to: AP },
        { kind: 'ConsentConfirmed', at: a1.alert.submittedAt, by: 'i:0#.f|membership|alex.staff@leics.example', from: 'StatedByRaiser', to: 'ConfirmedByWorker' }
      ];
      const record = caseRecord(11, a1, { owner: AP });
      const others = caseRecord(12, a2, { owner: stranger });
      show(boardStore({ openWork: jest.fn(() => ok({ alertsWithoutCase: [], openCases: [{ record, alert: a1 }, { record: others, alert: a2 }] })), caseDetail: jest.fn(() => ok(detailOf(record, a1, { events }))) }));
      await screen.findByRole('table');
      const owners = Array.from(document.querySelectorAll('tr[data-reference] td:nth-of-type(5)')).map((td) => td.textContent);
      expect(owners).toEqual(['Aaron AP', 'a member of the triage team']);
      expect(Array.from((screen.getByLabelText('Owner') as HTMLSelectElement).options).map((o) => o.textContent)).toEqual(['Any', 'Me', 'Nobody yet', 'Aaron AP', 'a member of the triage team']);
      fireEvent.click(screen.getByRole('button', { name: `Open ${a1.alert.reference}` }));
      const history = (await screen.findByRole('table', { name: 'Everything done on this case, oldest first, with who and when' })) as HTMLTableElement;
      const rows = Array.from(history.tBodies[0].rows).map((r) => [r.cells[1].textContent, r.cells[2].textContent]);
      expect(rows).toEqual([
        ['Case opened: New', 'Priya PSW'],
        ['Assigned: Priya PSW', 'Priya PSW'],
        ['Assigned: Priya PSW to Aaron AP', 'a member of the triage team'],
        ['Consent confirmed: The raiser says the worker agreed: confirm it with the worker to Confirmed by the worker', 'the worker']
      ]);
      expect(document.body.textContent).not.toMatch(/@|membership/);
    });
  });
});
