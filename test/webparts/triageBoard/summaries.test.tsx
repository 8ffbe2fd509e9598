/**
 * @jest-environment jsdom
 */
/*
 * The summaries page (R14, R16, R21) with a fake store and a fixed clock: a manager reads what was shared with
 * them and nothing more; the HoS Safeguarding sees the follow-ups due, soonest first, and records one; a
 * conflict is said plainly and loses nothing.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { ManagerSummaryRecord, StoreUser, WellbeingConfig } from '../../../src/services/store/IWellbeingStore';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { followUpWhen, summaryOrder } from '../../../src/webparts/triageBoard/components/summaries/Summaries';
import { fail, fakeStore, FakeStore, ok, servicesWith } from '../../support/fakeStore';
import { seeded, testConfig } from '../../support/fixtures';
import { newReference } from '../../../src/domain/reference';

const NOW = new Date('2026-11-22T09:00:00Z');
const DAY = 86400000;
const LIAM: StoreUser = { id: 21, loginName: 'i:0#.f|membership|liam.manager@leics.example', email: 'liam.manager@leics.example', displayName: 'Liam Manager' };
const HANA: StoreUser = { id: 30, loginName: 'i:0#.f|membership|hana.hos@leics.example', email: 'hana.hos@leics.example', displayName: 'Hana HoS' };
const CONFIG: WellbeingConfig = testConfig({ hosSafeguarding: [{ id: HANA.loginName, displayName: HANA.displayName }] });

function summary(id: number, reference: string, sharedAt: Date, patch: Partial<ManagerSummaryRecord> = {}): ManagerSummaryRecord {
  return {
    id,
    etag: '"1"',
    caseId: 100 + id,
    serviceAreaId: 'childrens-social-care',
    sharedAt,
    summary: {
      kind: 'RedSummary',
      reference,
      date: sharedAt,
      redacted: false,
      name: 'Alex Staff',
      role: 'Social Worker',
      team: 'First Response',
      serviceArea: "Children's Social Care",
      concernsAndActionsNeeded: 'Caseload well above the team average for three months.',
      actionsAgreed: 'Caseload review with the team manager.',
      recipients: [{ role: 'LineManager', person: { id: LIAM.loginName, displayName: LIAM.displayName } }],
      hosFollowUpDue: new Date(sharedAt.getTime() + 14 * DAY)
    },
    ...patch
  };
}

// Shared 20 days ago: overdue since 6 days. Shared 11 days ago: due in 3 days. Shared 30 days ago: done.
const overdue = summary(1, 'WB-AAAA-1111', new Date(NOW.getTime() - 20 * DAY));
const dueSoon = summary(2, 'WB-BBBB-2222', new Date(NOW.getTime() - 11 * DAY));
const done = summary(3, 'WB-CCCC-3333', new Date(NOW.getTime() - 30 * DAY), {
  hosFollowUpDoneAt: new Date(NOW.getTime() - 15 * DAY),
  hosFollowUpOutcome: 'The Head of Service confirmed the review happened.'
});
const anonymous: ManagerSummaryRecord = {
  ...summary(4, 'WB-DDDD-4444', new Date(NOW.getTime() - 1 * DAY)),
  summary: {
    ...summary(4, 'WB-DDDD-4444', new Date(NOW.getTime() - 1 * DAY)).summary,
    kind: 'AnonymousReferral',
    redacted: true,
    name: undefined,
    role: undefined,
    team: undefined,
    recipients: [{ role: 'ServiceManager', person: { id: 'sam', displayName: 'Sam Service' } }]
  }
};

function storeFor(me: StoreUser, summaries: ManagerSummaryRecord[], more: Partial<FakeStore> = {}): FakeStore {
  return fakeStore({
    currentUser: jest.fn(() => ok(me)),
    config: jest.fn(() => ok(CONFIG)),
    managerSummaries: jest.fn(() => ok(summaries)),
    ...more
  });
}

function show(store: FakeStore): void {
  render(
    <WebPartRoot services={servicesWith(store)}>
      <TriageBoard view="summaries" now={NOW} />
    </WebPartRoot>
  );
}

const articleFor = async (reference: string): Promise<HTMLElement> => (await screen.findByText(`Red summary for ${reference}`)).closest('article') as HTMLElement;

describe('a line manager or service manager opens what was shared with them (R14, R16, R21)', () => {
  it('shows the named summary with RAG as a word and when the HoS will follow up, and no way to record it', async () => {
    const store = storeFor(LIAM, [dueSoon]);
    show(store);
    const article = await articleFor('WB-BBBB-2222');
    expect(screen.getByRole('heading', { level: 2, name: 'Wellbeing summaries shared with you' })).toBeTruthy();
    const text = article.textContent ?? '';
    for (const fact of ['RAGRed', 'Alex Staff', 'Social Worker', 'First Response', 'Caseload review with the team manager.', 'Follow-up due by 25 November 2026 (3 days to go)']) {
      expect(text).toContain(fact);
    }
    expect(within(article).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record the follow-up' })).toBeNull();
    // Not the HoS: no count of follow-ups to record.
    expect(document.querySelector('[data-follow-ups-waiting]')).toBeNull();
    // R21: the page shows what SharePoint returned and reads nothing else (no board, no cases).
    expect(store.openWork).not.toHaveBeenCalled();
    expect(store.caseDetail).not.toHaveBeenCalled();
  });

  it('labels the date as what it is: "Shared on" beside the day it was shared, not "Received"', async () => {
    show(storeFor(LIAM, [dueSoon]));
    const article = await articleFor('WB-BBBB-2222');
    const terms = Array.from(article.querySelectorAll('dt')).map((dt) => dt.textContent);
    expect(terms).not.toContain('Received');
    const shared = Array.from(article.querySelectorAll('dt')).find((dt) => dt.textContent === 'Shared on') as HTMLElement;
    expect(shared.nextElementSibling?.textContent).toBe('11 November 2026');
  });

  it('R16: an anonymous alert for action shows the service area only, and no RAG it was never given', async () => {
    show(storeFor(LIAM, [anonymous]));
    const article = (await screen.findByText('Anonymous alert for action for WB-DDDD-4444')).closest('article') as HTMLElement;
    expect(article.textContent).toContain('Name withheld: service area only');
    expect(article.textContent).not.toContain('Alex Staff');
    expect(article.querySelector('[data-rag]')).toBeNull();
  });

  it('R21: nothing shared (SharePoint hides the list from them) is said as that, not as an error', async () => {
    show(storeFor(LIAM, [], { managerSummaries: jest.fn(() => fail({ kind: 'noPermission', status: 403, retryable: false })) }));
    await screen.findByText('Nothing has been shared with you.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a list that could not be read is a problem with a way to try again', async () => {
    const managerSummaries = jest.fn().mockReturnValueOnce(fail({ kind: 'offline' })).mockReturnValue(ok([dueSoon]));
    show(storeFor(LIAM, [], { managerSummaries }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await articleFor('WB-BBBB-2222');
  });
});

describe('the HoS Safeguarding follows up after 2 weeks (R14)', () => {
  it('sees how many follow-ups wait and how many are overdue, soonest due first, done ones last', async () => {
    show(storeFor(HANA, [done, dueSoon, overdue]));
    await articleFor('WB-AAAA-1111');
    const count = document.querySelector('[data-follow-ups-waiting]') as HTMLElement;
    expect(count.textContent).toBe('2 follow-ups are waiting for you to record. 1 of them is overdue.');
    expect(Array.from(document.querySelectorAll('article')).map((a) => a.getAttribute('data-summary'))).toEqual(['WB-AAAA-1111', 'WB-BBBB-2222', 'WB-CCCC-3333']);
    const late = await articleFor('WB-AAAA-1111');
    expect(within(late).getByText('Follow-up overdue since 16 November 2026 (6 days late)').getAttribute('data-follow-up')).toBe('overdue');
    // The ones to record under their own heading; the done ones one keypress away, not in the way.
    const toRecord = screen.getByRole('region', { name: 'Follow-ups to record' });
    expect(within(toRecord).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Red summary for WB-AAAA-1111', 'Red summary for WB-BBBB-2222']);
    const finished = await articleFor('WB-CCCC-3333');
    expect(finished.closest('details')?.querySelector('summary')?.textContent).toBe('Already followed up (1)');
    expect(finished.textContent).toContain('Followed up on 7 November 2026: The Head of Service confirmed the review happened.');
    expect(within(finished).queryByRole('button', { name: 'Record the follow-up' })).toBeNull();
  });

  it('records the outcome: empty is refused in words, then saved as of now, and the confirmation takes the focus', async () => {
    const recordHosFollowUp = jest.fn((item: ManagerSummaryRecord, at: Date, outcome: string) => ok({ ...item, etag: '"2"', hosFollowUpDoneAt: at, hosFollowUpOutcome: outcome }));
    show(storeFor(HANA, [dueSoon, overdue], { recordHosFollowUp }));
    const article = await articleFor('WB-AAAA-1111');
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    const box = within(article).getByLabelText('What the follow-up found');
    expect(within(article).getByText('Enter what the follow-up found')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(box);
    expect(recordHosFollowUp).not.toHaveBeenCalled();

    fireEvent.change(box, { target: { value: '  The Head of Service for CSC confirmed the caseload review took place.  ' } });
    fireEvent.submit(box.closest('form') as HTMLFormElement);
    await within(article).findByText('The follow-up is recorded.');
    expect(recordHosFollowUp).toHaveBeenCalledWith(overdue, NOW, 'The Head of Service for CSC confirmed the caseload review took place.');
    expect(article.textContent).toContain('Followed up on 22 November 2026: The Head of Service for CSC confirmed the caseload review took place.');
    expect(within(article).queryByRole('textbox')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(article).getByRole('status')));
    expect((document.querySelector('[data-follow-ups-waiting]') as HTMLElement).textContent).toBe('1 follow-up is waiting for you to record.');
    // It stays where she was reading, not moved to the end of the page.
    expect(Array.from(document.querySelectorAll('article')).map((a) => a.getAttribute('data-summary'))).toEqual(['WB-AAAA-1111', 'WB-BBBB-2222']);
  });

  it('a conflict is said plainly: the latest is loaded, the typing stays, and trying again saves on the latest version', async () => {
    const changed = { ...overdue, etag: '"5"' };
    const managerSummaries = jest.fn().mockReturnValueOnce(ok([overdue])).mockReturnValue(ok([changed]));
    const recordHosFollowUp = jest
      .fn()
      .mockReturnValueOnce(fail({ kind: 'conflict', status: 412, retryable: false }))
      .mockImplementation((item: ManagerSummaryRecord, at: Date, outcome: string) => ok({ ...item, etag: '"6"', hosFollowUpDoneAt: at, hosFollowUpOutcome: outcome }));
    show(storeFor(HANA, [], { managerSummaries, recordHosFollowUp }));
    const article = await articleFor('WB-AAAA-1111');
    fireEvent.change(within(article).getByLabelText('What the follow-up found'), { target: { value: 'Review done.' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    const alert = await within(article).findByRole('alert');
    expect(alert.textContent).toBe(
      'Someone else changed this summary while you were writing, so your follow-up was not saved. We have loaded the latest version and what you wrote is still here. Check it, then record the follow-up again.'
    );
    expect(managerSummaries).toHaveBeenCalledTimes(2);
    expect((within(article).getByLabelText('What the follow-up found') as HTMLTextAreaElement).value).toBe('Review done.');
    expect(screen.queryByRole('progressbar')).toBeNull();

    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    await within(article).findByText('The follow-up is recorded.');
    expect(recordHosFollowUp).toHaveBeenLastCalledWith(changed, NOW, 'Review done.');
  });

  it('when someone else recorded the follow-up meanwhile, theirs is shown and what she wrote is given back', async () => {
    const theirs = { ...overdue, etag: '"3"', hosFollowUpDoneAt: new Date(NOW.getTime() - 3600000), hosFollowUpOutcome: 'Recorded by a colleague.' };
    const managerSummaries = jest.fn().mockReturnValueOnce(ok([overdue])).mockReturnValue(ok([theirs]));
    const recordHosFollowUp = jest.fn(() => fail({ kind: 'conflict', status: 412, retryable: false }));
    show(storeFor(HANA, [], { managerSummaries, recordHosFollowUp }));
    const article = await articleFor('WB-AAAA-1111');
    fireEvent.change(within(article).getByLabelText('What the follow-up found'), { target: { value: 'My own notes.' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    const alert = await within(article).findByRole('alert');
    expect(alert.textContent).toContain('Someone else recorded this follow-up while you were writing, so yours was not saved.');
    expect(alert.textContent).toContain('My own notes.');
    expect(article.textContent).toContain('Followed up on 22 November 2026: Recorded by a colleague.');
    expect(recordHosFollowUp).toHaveBeenCalledTimes(1);
  });

  it('a conflict whose latest version cannot be read says only that it was not saved, and offers to try again', async () => {
    const managerSummaries = jest.fn().mockReturnValueOnce(ok([overdue])).mockReturnValue(fail({ kind: 'offline' }));
    const recordHosFollowUp = jest.fn(() => fail({ kind: 'conflict', status: 412, retryable: false }));
    show(storeFor(HANA, [], { managerSummaries, recordHosFollowUp }));
    const article = await articleFor('WB-AAAA-1111');
    fireEvent.change(within(article).getByLabelText('What the follow-up found'), { target: { value: 'Notes.' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    const alert = await within(article).findByRole('alert');
    expect(alert.textContent).toContain('Your change was not saved.');
    expect(alert.textContent).not.toContain('We have loaded the latest version');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect((within(article).getByLabelText('What the follow-up found') as HTMLTextAreaElement).value).toBe('Notes.');
  });

  it('a save that fails for another reason keeps the typing and offers to try the same again', async () => {
    const recordHosFollowUp = jest
      .fn()
      .mockReturnValueOnce(fail({ kind: 'offline' }))
      .mockImplementation((item: ManagerSummaryRecord, at: Date, outcome: string) => ok({ ...item, hosFollowUpDoneAt: at, hosFollowUpOutcome: outcome }));
    show(storeFor(HANA, [dueSoon], { recordHosFollowUp }));
    const article = await articleFor('WB-BBBB-2222');
    fireEvent.change(within(article).getByLabelText('What the follow-up found'), { target: { value: 'Checked.' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Record the follow-up' }));
    const alert = await within(article).findByRole('alert');
    expect(alert.textContent).toContain('Your change was not saved.');
    expect(alert.textContent).toContain('Nothing you typed has been lost.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(article).findByText('The follow-up is recorded.');
    expect(recordHosFollowUp).toHaveBeenCalledTimes(2);
  });
});

describe('follow-up timing and order (R14)', () => {
  it('counts whole days to go, and days late from the due time', () => {
    const item = summary(9, 'WB-X', new Date('2026-11-08T09:00:00Z')); // due 22 Nov 09:00
    expect(followUpWhen(item, new Date('2026-11-21T08:00:00Z'))).toEqual({ text: 'Follow-up due by 22 November 2026 (1 day to go)', overdue: false });
    expect(followUpWhen(item, new Date('2026-11-22T08:00:00Z'))).toEqual({ text: 'Follow-up due by 22 November 2026 (less than a day to go)', overdue: false });
    expect(followUpWhen(item, new Date('2026-11-22T15:00:00Z'))).toEqual({ text: 'Follow-up overdue since 22 November 2026 (less than a day late)', overdue: true });
    expect(followUpWhen(item, new Date('2026-11-23T10:00:00Z'))).toEqual({ text: 'Follow-up overdue since 22 November 2026 (1 day late)', overdue: true });
    expect(followUpWhen(item, new Date('2026-11-10T09:00:00Z')).text).toBe('Follow-up due by 22 November 2026 (12 days to go)');
  });

  it('counts days to go and days late as a person does: calendar days in London (issue 13)', () => {
    // Due 16 December at 10:00; on the afternoon of 2 December a person says 14 days to go.
    const december = summary(10, 'WB-Y', new Date('2026-12-02T10:00:00Z'));
    expect(followUpWhen(december, new Date('2026-12-02T15:00:00Z')).text).toBe('Follow-up due by 16 December 2026 (14 days to go)');
    // Due yesterday at 09:00, now 08:00: one day late, though not 24 hours have passed.
    const item = summary(11, 'WB-Z', new Date('2026-11-08T09:00:00Z'));
    expect(followUpWhen(item, new Date('2026-11-23T08:00:00Z')).text).toBe('Follow-up overdue since 22 November 2026 (1 day late)');
    // Across the clocks going back (25 October 2026): due 3 November, 15:00 GMT on 25 October is 9 days to go.
    const autumn = summary(12, 'WB-Q', new Date('2026-10-20T09:00:00Z'));
    expect(followUpWhen(autumn, new Date('2026-10-25T15:00:00Z')).text).toBe('Follow-up due by 3 November 2026 (9 days to go)');
  });

  it('puts waiting follow-ups first by due date, then the done ones newest first', () => {
    const older = { ...done, id: 7, summary: { ...done.summary, date: new Date(done.summary.date.getTime() - DAY) } };
    expect([older, done, dueSoon, overdue].sort(summaryOrder).map((s) => s.id)).toEqual([1, 2, 3, 7]);
  });
});

describe('the summaries page at volume: newest first, a page at a time, a follow-up filter and a reference search (issue 13)', () => {
  const random = seeded(13);
  // 19 summaries for one line manager, one shared every 5 days; the 12 older than 20 days already followed up.
  const many: ManagerSummaryRecord[] = Array.from({ length: 19 }, (_, i) => {
    const sharedAt = new Date(NOW.getTime() - (1 + 5 * i) * DAY);
    return summary(
      200 + i,
      newReference(random),
      sharedAt,
      i >= 7 ? { hosFollowUpDoneAt: new Date(sharedAt.getTime() + 13 * DAY), hosFollowUpOutcome: `Followed up ${i}.` } : {}
    );
  });
  const shownReferences = (): string[] => Array.from(document.querySelectorAll('article')).map((a) => a.getAttribute('data-summary') ?? '');
  const newest = many.map((s) => s.summary.reference); // built newest first

  it('shows the newest 10 of 19, says so, and "Show more" adds the rest with the focus on the first one added', async () => {
    show(storeFor(LIAM, many.slice().reverse()));
    await screen.findByText(`Red summary for ${newest[0]}`);
    expect(shownReferences()).toEqual(newest.slice(0, 10));
    expect(screen.getByText('Showing 10 of 19 summaries').getAttribute('role')).toBe('status');
    const more = screen.getByRole('button', { name: 'Show 9 more summaries' });
    more.focus();
    fireEvent.click(more);
    expect(shownReferences()).toEqual(newest);
    expect(screen.getByText('Showing 19 of 19 summaries')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more summaries/ })).toBeNull();
    // The keyboard carries on at the first summary just shown, not at the top of the page or on the body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: `Red summary for ${newest[10]}` })));
  });

  it('filters by where the HoS follow-up stands, and starts again at the first page', async () => {
    show(storeFor(LIAM, many));
    await screen.findByText(`Red summary for ${newest[0]}`);
    fireEvent.click(screen.getByRole('button', { name: 'Show 9 more summaries' }));
    const status = screen.getByLabelText('HoS follow-up');
    fireEvent.change(status, { target: { value: 'due' } });
    expect(shownReferences()).toEqual(newest.slice(0, 7));
    expect(screen.getByText('Showing 7 of 7 summaries')).toBeTruthy();
    fireEvent.change(status, { target: { value: 'done' } });
    expect(shownReferences()).toEqual(newest.slice(7, 17));
    expect(screen.getByText('Showing 10 of 12 summaries')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show 2 more summaries' })).toBeTruthy();
    for (const article of Array.from(document.querySelectorAll('article'))) expect(article.querySelector('[data-follow-up]')?.getAttribute('data-follow-up')).toBe('done');
    expect(screen.getByRole('search', { name: 'Find a summary' })).toBeTruthy();
  });

  it('finds a summary by its reference typed any way, and says so when the text is not a reference, keeping it', async () => {
    show(storeFor(LIAM, many));
    await screen.findByText(`Red summary for ${newest[0]}`);
    const box = screen.getByLabelText('Find by reference') as HTMLInputElement;
    // The 15th (not on the first page), typed in lower case with spaces instead of dashes.
    const typed = newest[14].toLowerCase().replace(/-/g, ' ');
    fireEvent.change(box, { target: { value: typed } });
    expect(shownReferences()).toEqual([newest[14]]);
    expect(box.getAttribute('aria-invalid')).toBeNull();
    // A reference finds its summary whatever the follow-up filter says.
    fireEvent.change(screen.getByLabelText('HoS follow-up'), { target: { value: 'due' } });
    expect(shownReferences()).toEqual([newest[14]]);

    fireEvent.change(box, { target: { value: 'WB-0000-1111' } });
    expect(box.value).toBe('WB-0000-1111');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText(/^That is not a reference\./);
    expect(box.getAttribute('aria-describedby')).toContain(error.id);
    expect(shownReferences()).toEqual([]);
    expect(screen.getByText('No summaries match. Clear the reference or choose another follow-up status.')).toBeTruthy();
    // A real reference that is not among theirs finds nothing, and is not called a mistake.
    fireEvent.change(box, { target: { value: newReference(seeded(99)) } });
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(shownReferences()).toEqual([]);
  });

  it('the HoS keeps the follow-ups first, soonest due, a page at a time; done ones open when she asks for them', async () => {
    // Seven waiting and twelve done, plus five more waiting: twelve to record.
    const waitingMore = Array.from({ length: 5 }, (_, i) => summary(300 + i, newReference(random), new Date(NOW.getTime() - (2 + i) * DAY)));
    show(storeFor(HANA, [...many, ...waitingMore]));
    const toRecord = await screen.findByRole('region', { name: 'Follow-ups to record' });
    const waitingSoonestFirst = [...many.slice(0, 7), ...waitingMore].sort((a, b) => a.summary.hosFollowUpDue.getTime() - b.summary.hosFollowUpDue.getTime()).map((s) => s.summary.reference);
    const inRegion = (): string[] => Array.from(toRecord.querySelectorAll('article')).map((a) => a.getAttribute('data-summary') ?? '');
    expect(inRegion()).toEqual(waitingSoonestFirst.slice(0, 10));
    expect(within(toRecord).getByText('Showing 10 of 12 follow-ups to record')).toBeTruthy();
    fireEvent.click(within(toRecord).getByRole('button', { name: 'Show 2 more follow-ups to record' }));
    expect(inRegion()).toEqual(waitingSoonestFirst);
    const details = document.querySelector('details[data-followed-up]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Already followed up (12)');

    fireEvent.change(screen.getByLabelText('HoS follow-up'), { target: { value: 'done' } });
    expect(screen.queryByRole('region', { name: 'Follow-ups to record' })).toBeNull();
    const opened = document.querySelector('details[data-followed-up]') as HTMLDetailsElement;
    expect(opened.open).toBe(true);
    expect(within(opened).getByText('Showing 10 of 12 summaries already followed up')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('HoS follow-up'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Find by reference'), { target: { value: newest[16] } });
    expect(shownReferences()).toEqual([newest[16]]);
    expect((document.querySelector('details[data-followed-up]') as HTMLDetailsElement).open).toBe(true);
  });
});
