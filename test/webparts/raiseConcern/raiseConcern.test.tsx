/**
 * @jest-environment jsdom
 */
/*
 * Raise a wellbeing concern (R1-R9, R21) with a fake store: the paths through the first questions, the form's
 * errors in the GOV.UK pattern, a submit that fails and is retried as the same alert, the draft kept in this
 * tab only, the worker's copy, and Exit this page.
 */
import { webcrypto } from 'crypto';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as raiseStrings from 'RaiseConcernWebPartStrings';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { Alert } from '../../../src/domain/alert';
import { isCanonicalReference, isIdempotencyKey } from '../../../src/domain/reference';
import { ROUTE_DESCRIPTIONS } from '../../../src/domain/routing';
import { readConfirmationRequest } from '../../../src/domain/workerConfirmation';
import { ProofCrypto, proofHashOf } from '../../../src/services/consent/consentProof';
import type { MyAlert, SubmitOutcome } from '../../../src/services/store/IWellbeingStore';
import { draftKey } from '../../../src/webparts/raiseConcern/components/draftStorage';
import { DEFAULT_EXIT_PAGE, raiseConcernProps } from '../../../src/webparts/raiseConcern/components/raiseConcernProps';
import { RaiseConcern } from '../../../src/webparts/raiseConcern/components/RaiseConcern';
import { spokenReference } from '../../../src/webparts/raiseConcern/components/afterwards';
import { fail, fakeStore, FakeStore, ok, servicesWith } from '../../support/fakeStore';

// Each test walks a whole journey through the screens; on a busy machine that takes longer than Jest's 5 s.
jest.setTimeout(30000);

const PAGE = 'https://leics.sharepoint.com/sites/peopleservices/SitePages/Wellbeing.aspx';
const DRAFT_KEY = draftKey('https://leics.sharepoint.com/sites/wellbeing-records');
const EXIT = '/sites/peopleservices/SitePages/Weather-and-travel.aspx';

function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function submitted(reference: string, alreadyExisted = false): Promise<{ ok: true; value: SubmitOutcome }> {
  return ok<SubmitOutcome>({ kind: 'submitted', alreadyExisted, alert: { id: 7, reference, submittedAt: new Date('2026-11-22T09:00:00Z') } }) as Promise<{
    ok: true;
    value: SubmitOutcome;
  }>;
}

function raiseStore(overrides: Partial<Record<keyof FakeStore, jest.Mock>> = {}): FakeStore {
  return fakeStore({
    supportDirectory: jest.fn(() => fail({ kind: 'offline' })),
    myAlerts: jest.fn(() => ok<MyAlert[]>([])),
    submitAlert: jest.fn((alert: Alert) => submitted(alert.reference)),
    sendAlertCopy: jest.fn(() => ok(undefined)),
    ...overrides
  });
}

function show(store: FakeStore, props: Partial<React.ComponentProps<typeof RaiseConcern>> = {}): { leave: jest.Mock; unmount: () => void } {
  const leave = jest.fn();
  const { unmount } = render(
    <WebPartRoot services={servicesWith(store)}>
      <RaiseConcern exitPageUrl={EXIT} whistleblowingPageUrl="/sites/peopleservices/SitePages/Whistleblowing.aspx" newStarter={false} leave={leave} random={seeded(42)} {...props} />
    </WebPartRoot>
  );
  return { leave, unmount };
}

const click = (name: string | RegExp): void => {
  fireEvent.click(screen.getByRole('button', { name }));
};
const choose = (name: string | RegExp): void => {
  fireEvent.click(screen.getByRole('radio', { name }));
};
const type = (label: string | RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};
const select = (label: string | RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

/** Start as the worker and answer: not raised, not about the manager, not able, wants an independent person. */
function toFormAsWorker(): void {
  choose('I am, about my own wellbeing');
  click('Continue');
  choose('No'); // raised with manager?
  click('Continue');
  choose('No'); // involves manager?
  click('Continue');
  choose('No'); // able to raise it?
  click('Continue');
  choose('Yes'); // independent person?
  click('Continue');
}

/** Continue from the form to Check your answers, then send from there. */
function sendFromCheck(): void {
  click('Continue');
  expect(screen.getByRole('heading', { level: 2, name: 'Check your answers before sending the alert' })).toBeTruthy();
  click('Send the alert');
}

function fillNamed(): void {
  choose('Give my name, role and team');
  type('Your name', '  Sam Patel ');
  type('Your role', 'Social worker');
  select('Service area', 'childrens-social-care');
  select('Team', 'csc-first-response');
  type('Details of the concerns being raised', 'Caseload has been too high for three months and I am not sleeping.');
  type('What action has already been taken?', 'Nothing yet.');
  type('What do you feel needs to happen?', 'A review of my caseload.');
  choose('No'); // protected characteristic
}

beforeEach(() => {
  window.sessionStorage.clear();
});

/** Issue 18: the form offers the organisation the site holds, read when the web part starts; this lets that read land. */
async function organisationRead(): Promise<void> {
  // Microtasks only: some tests run on fake timers.
  await act(async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });
}

// Reads the form starts (support directory, my concerns) settle before jsdom is torn down.
afterAll(async () => {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
});

// Keyboard events in the order a real keyboard sends them.
function shiftDown(target: Element | Document = document): void {
  fireEvent.keyDown(target, { key: 'Shift', shiftKey: true });
}
function shiftUp(target: Element | Document = document): void {
  fireEvent.keyUp(target, { key: 'Shift', shiftKey: false });
}
/** Shift pressed and released with nothing in between. */
function lonelyShift(target: Element | Document = document): void {
  shiftDown(target);
  shiftUp(target);
}
/** Shift held for another key: Shift down, key down, key up, Shift up. */
function shifted(target: Element, key: string): void {
  shiftDown(target);
  fireEvent.keyDown(target, { key, shiftKey: true });
  fireEvent.keyUp(target, { key, shiftKey: true });
  shiftUp(target);
}
const announced = (): string => document.querySelector('[data-exit-count]')?.textContent ?? '';

describe('raiseConcernProps (R1)', () => {
  it('marks someone who came from an induction page as a new starter, and keeps only page addresses', async () => {
    expect(raiseConcernProps({ exitPageUrl: EXIT }, '?from=induction')).toEqual({ exitPageUrl: EXIT, whistleblowingPageUrl: '', newStarter: true });
    expect(raiseConcernProps({ exitPageUrl: 'javascript:alert(1)', whistleblowingPageUrl: 'https://x.example/wb' }, '?from=general')).toEqual({
      exitPageUrl: DEFAULT_EXIT_PAGE,
      whistleblowingPageUrl: 'https://x.example/wb',
      newStarter: false
    });
    expect(raiseConcernProps({ exitPageUrl: '//evil.example/x' }, '').exitPageUrl).toBe(DEFAULT_EXIT_PAGE);
  });

  it('R6: the loc file tells the raiser who reads the alert in the same words as the domain', async () => {
    expect(raiseStrings.Routes).toEqual(ROUTE_DESCRIPTIONS);
  });
});

describe('the start (R4, R8, R9)', () => {
  it('asks who is completing it with nothing chosen, and says so beside the question and at the top when skipped', async () => {
    show(raiseStore());
    await organisationRead();
    expect(screen.getByRole('heading', { level: 2, name: 'Raise a wellbeing concern' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'I am, about my own wellbeing' }) as HTMLInputElement).checked).toBe(false);
    click('Continue');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const link = within(summary).getByRole('link', { name: 'Select who is filling in this form' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'I am, about my own wellbeing' }));
    expect(screen.getByRole('radio', { name: 'I am, about my own wellbeing' }).closest('fieldset')?.textContent).toContain('Error: Select who is filling in this form');
  });

  it('R8: says it is not a grievance, lists the policies and the whistleblowing procedure; R9: the 24/7 line dials', async () => {
    show(raiseStore());
    await organisationRead();
    expect(document.body.textContent).toContain('This is not a grievance');
    for (const name of ['Grievance Policy', 'Disciplinary Policy', 'Performance Management Policy', 'Code of Conduct']) {
      expect(document.body.textContent).toContain(name);
    }
    expect(screen.getByRole('link', { name: 'Read the whistleblowing procedure' }).getAttribute('href')).toBe('/sites/peopleservices/SitePages/Whistleblowing.aspx');
    expect(screen.getByRole('link', { name: 'Call Staff Support on 0800 1116 387' }).getAttribute('href')).toBe('tel:08001116387');
  });

  it('R4: choosing "for a colleague" advises completing it together', async () => {
    show(raiseStore());
    await organisationRead();
    choose('I am filling it in for a colleague');
    expect(document.body.textContent).toContain('It is best to fill this in together with your colleague');
  });
});

describe('the first questions (R2)', () => {
  it('someone who can raise it with their manager is told how and not pushed into the form, but may still choose to', async () => {
    const store = raiseStore();
    show(store);
    await organisationRead();
    choose('I am, about my own wellbeing');
    click('Continue');
    expect(screen.getByRole('heading', { name: 'Have you raised this with your manager?' })).toBeTruthy();
    click('Continue');
    expect(screen.getByRole('alert').textContent).toContain('Select yes or no');
    choose('No');
    click('Continue');
    choose('No'); // not about the manager
    click('Continue');
    expect(screen.getByRole('heading', { name: 'Do you feel able to raise it with your manager?' })).toBeTruthy();
    choose('Yes');
    click('Continue');
    expect(screen.getByRole('heading', { name: 'You can take this forward with your manager' })).toBeTruthy();
    expect(screen.queryByLabelText('Details of the concerns being raised')).toBeNull();
    expect(store.submitAlert).not.toHaveBeenCalled();
    click('I would still like to talk to an independent person');
    expect(screen.getByLabelText('Details of the concerns being raised')).toBeTruthy();
    click('Back');
    expect(screen.getByRole('heading', { name: 'You can take this forward with your manager' })).toBeTruthy();
  });

  it('a manager who acknowledged and helped leads to the manager page; Back undoes one answer at a time', async () => {
    show(raiseStore());
    await organisationRead();
    choose('I am, about my own wellbeing');
    click('Continue');
    choose('Yes');
    click('Continue');
    expect(screen.getByRole('heading', { name: 'Did your manager acknowledge your concerns?' })).toBeTruthy();
    type('What did your manager say? (optional)', 'They said they would look at it.');
    choose('Yes');
    click('Continue');
    choose('Yes'); // helpful
    click('Continue');
    expect(screen.getByRole('heading', { name: 'You can take this forward with your manager' })).toBeTruthy();
    click('Back');
    expect(screen.getByRole('heading', { name: 'Has talking to your manager helped?' })).toBeTruthy();
    click('Back');
    expect(screen.getByRole('heading', { name: 'Did your manager acknowledge your concerns?' })).toBeTruthy();
    expect((screen.getByLabelText('What did your manager say? (optional)') as HTMLTextAreaElement).value).toBe('They said they would look at it.');
  });

  it('R5: when the concern involves the manager, the form helps find the next person in line', async () => {
    show(raiseStore());
    await organisationRead();
    choose('I am, about my own wellbeing');
    click('Continue');
    choose('No');
    click('Continue');
    choose('Yes'); // involves the manager: "able to raise it with them" is not asked
    click('Continue');
    expect(screen.getByRole('heading', { name: /independent person/ })).toBeTruthy();
    choose('Yes');
    click('Continue');
    expect((screen.getByRole('checkbox', { name: 'The concern involves my manager' }) as HTMLInputElement).checked).toBe(true);
    expect(document.body.textContent).toContain('the next person in the line management');
    expect(screen.getByLabelText('Who else could be told? (optional)')).toBeTruthy();
  });
});

describe('the alert form (R3-R7)', () => {
  it('R3: refuses an empty form with every problem beside its field and in a summary of links, keeping what was typed', async () => {
    const store = raiseStore();
    show(store);
    await organisationRead();
    toFormAsWorker();
    click('Continue');
    // Nothing is chosen for the person: whether to give a name and the protected characteristic are asked.
    expect(within(screen.getByRole('alert')).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Select whether you want to give your name',
      'Select a service area',
      'Enter the details of your concern',
      'Enter what action has already been taken. If nothing has been done yet, say so',
      'Enter what you feel needs to happen',
      'Select yes if the concern relates to a protected characteristic, or no if it does not'
    ]);
    choose('Give my name, role and team');
    type('Your name', 'Sam Patel');
    click('Continue');
    const summary = screen.getByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const messages = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(messages).toEqual([
      'Enter your role',
      'Select a service area',
      'Select your service area first, then your team',
      'Enter the details of your concern',
      'Enter what action has already been taken. If nothing has been done yet, say so',
      'Enter what you feel needs to happen',
      'Select yes if the concern relates to a protected characteristic, or no if it does not'
    ]);
    // The team cannot be chosen yet: its link goes to the service area, which can.
    fireEvent.click(within(summary).getByRole('link', { name: 'Select your service area first, then your team' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Service area'));
    expect((screen.getByLabelText('Team') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByLabelText('Team').closest('div')?.textContent).toContain('Select your service area first, then your team');
    expect(screen.getByLabelText('Your role').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Your role').getAttribute('aria-describedby')).toContain('-error');
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Sam Patel');
    expect(store.submitAlert).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Check your answers before sending the alert' })).toBeNull();
    fireEvent.click(within(summary).getByRole('link', { name: 'Enter the details of your concern' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Details of the concerns being raised'));
  });

  it('R6: says in words who will read it, and R7 the Race Champion lead when asked for', async () => {
    show(raiseStore());
    await organisationRead();
    toFormAsWorker();
    expect(document.body.textContent).toContain('Choose a service area to see who this goes to.');
    select('Service area', 'children-and-family-wellbeing-service');
    expect(document.body.textContent).toContain('This goes to the Advanced Practitioner for the Children and Family Wellbeing Service.');
    choose('Yes');
    fireEvent.click(screen.getByRole('checkbox', { name: 'BAME Network and Race Champions' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send this alert to the Race Champion lead instead' }));
    expect(document.body.textContent).toContain('This goes to the Race Champion lead.');
  });

  it('sends one alert as typed (trimmed), with the reference and key made when the form opened, and confirms it (R9)', async () => {
    const store = raiseStore();
    show(store, { newStarter: true });
    await organisationRead();
    toFormAsWorker();
    fillNamed();
    select('Office base (optional)', 'county-hall');
    sendFromCheck();
    await screen.findByRole('heading', { name: 'Your alert has been sent' });
    expect(store.submitAlert).toHaveBeenCalledTimes(1);
    const alert = store.submitAlert.mock.calls[0][0] as Alert;
    expect(alert).toMatchObject({
      completedBy: 'Worker',
      consentMode: 'NotNeeded',
      consentStatus: 'NotNeeded',
      anonymous: false,
      workerName: 'Sam Patel',
      role: 'Social worker',
      serviceAreaId: 'childrens-social-care',
      teamId: 'csc-first-response',
      locationId: 'county-hall',
      route: 'PSW',
      newStarter: true,
      firstQuestions: { raisedWithManager: false, concernInvolvesManager: false, ableToRaiseWithManager: false, wantsIndependentPerson: true }
    });
    expect(isCanonicalReference(alert.reference)).toBe(true);
    expect(isIdempotencyKey(alert.idempotencyKey)).toBe(true);
    const reference = document.querySelector('[data-reference]') as HTMLElement;
    expect(reference.textContent).toBe(alert.reference);
    expect(reference.getAttribute('aria-label')).toBe(spokenReference(alert.reference));
    expect(document.body.textContent).toContain('The Principal Social Worker will contact you within 48 hours');
    expect(screen.getByRole('link', { name: 'Call Staff Support on 0800 1116 387' })).toBeTruthy();
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(store.myAlerts).toHaveBeenCalled();
  });

  it('a failed submit keeps everything, says so plainly, and the retry sends the same alert (same key), so one alert', async () => {
    const submitAlert = jest
      .fn()
      .mockImplementationOnce(() => fail({ kind: 'offline' }))
      .mockImplementation((alert: Alert) => submitted(alert.reference, true));
    const store = raiseStore({ submitAlert });
    show(store);
    await organisationRead();
    toFormAsWorker();
    fillNamed();
    sendFromCheck();
    const problem = await screen.findByText(/Your alert has not been sent yet\./);
    expect(problem.textContent).toContain('We could not reach SharePoint. Check your connection, then try again.');
    expect(problem.textContent).toContain('Everything you typed is still here.');
    expect(document.querySelector('[data-check-answers]')?.textContent).toContain('Caseload has been too high for three months and I am not sleeping.');
    click('Try again');
    await screen.findByRole('heading', { name: 'Your alert has been sent' });
    expect(submitAlert).toHaveBeenCalledTimes(2);
    expect(submitAlert.mock.calls[1][0].idempotencyKey).toBe(submitAlert.mock.calls[0][0].idempotencyKey);
    expect(submitAlert.mock.calls[1][0].reference).toBe(submitAlert.mock.calls[0][0].reference);
  });

  it('R5, R5a: anonymous hides name, role and team, says what SharePoint still records, needs the service area, and sends no name', async () => {
    const store = raiseStore();
    show(store);
    await organisationRead();
    toFormAsWorker();
    choose('Give my name, role and team');
    type('Your name', 'Sam Patel');
    choose('Stay anonymous');
    expect(screen.queryByLabelText('Your name')).toBeNull();
    expect(screen.queryByLabelText('Team')).toBeNull();
    const notice = document.querySelector('[data-anonymous-notice]')?.textContent ?? '';
    expect(notice).toContain('the support we can give is limited');
    expect(notice).toContain('SharePoint itself still records which account submitted the form');
    // Issue 14 defect 7: everyone who could look the account up is named, not only those on the site.
    expect(notice).toContain('SharePoint administrators');
    expect(notice).toContain('Microsoft 365 audit log');
    type('Details of the concerns being raised', 'Bullying in the team.');
    type('What action has already been taken?', 'None.');
    type('What do you feel needs to happen?', 'Someone to look into it.');
    choose('No'); // protected characteristic
    click('Continue');
    expect(screen.getByRole('alert').textContent).toContain('Select a service area');
    select('Service area', 'childrens-social-care');
    sendFromCheck();
    await screen.findByRole('heading', { name: 'Your alert has been sent' });
    const alert = store.submitAlert.mock.calls[0][0] as Alert;
    expect(alert).toMatchObject({ anonymous: true, workerName: '', role: '', teamId: '', serviceAreaId: 'childrens-social-care' });
    expect(JSON.stringify(alert)).not.toContain('Sam Patel');
    expect(document.body.textContent).toContain('As no name was given, nobody can contact you about it.');
  });

  it('R5: someone who would rather not talk to anyone is offered anonymity first', async () => {
    show(raiseStore());
    await organisationRead();
    choose('I am, about my own wellbeing');
    click('Continue');
    choose('No');
    click('Continue');
    choose('No');
    click('Continue');
    choose('No');
    click('Continue');
    choose('No'); // no independent person
    click('Continue');
    // Offered first (listed first, and said why), but not chosen for them.
    const radios = screen.getAllByRole('radio').map((r) => r.closest('div')?.textContent);
    expect(radios.slice(0, 2)).toEqual(['Stay anonymous', 'Give my name, role and team']);
    expect((screen.getByRole('radio', { name: 'Stay anonymous' }) as HTMLInputElement).checked).toBe(false);
    expect(document.body.textContent).toContain('You can still tell us about the concern without giving a name');
  });
});

describe('check your answers before sending (GOV.UK)', () => {
  const rowValue = (key: string): string | undefined =>
    Array.from(document.querySelectorAll('[data-check-answers] dt'))
      .find((dt) => dt.textContent === key)
      ?.nextElementSibling?.textContent ?? undefined;

  it('shows every answer with a Change link that focuses its field; Continue comes back here; only here sends', async () => {
    const store = raiseStore();
    show(store);
    await organisationRead();
    toFormAsWorker();
    fillNamed();
    click('Continue');
    expect(store.submitAlert).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Check your answers before sending the alert' })));
    expect(rowValue('Give your name')).toBe('Yes');
    expect(rowValue('Your name')).toBe('Sam Patel');
    expect(rowValue('Your role')).toBe('Social worker');
    expect(rowValue('Service area')).toBe("Children's Social Care");
    expect(rowValue('Details of the concerns')).toBe('Caseload has been too high for three months and I am not sleeping.');
    expect(rowValue('Office base')).toBe('Not given');
    expect(rowValue('Relates to a protected characteristic')).toBe('No');
    expect(document.querySelector('[data-check-answers]')?.parentElement?.textContent).toContain('This goes to the Principal Social Worker');
    // Each Change link is named by its answer for a screen reader.
    fireEvent.click(screen.getByRole('link', { name: 'Change Your role' }));
    const role = screen.getByLabelText('Your role') as HTMLInputElement;
    expect(document.activeElement).toBe(role);
    type('Your role', 'Senior social worker');
    click('Continue');
    expect(rowValue('Your role')).toBe('Senior social worker');
    // The draft keeps the page: a reload comes back to Check your answers.
    expect(JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({ stage: 'check', chosen: ['anonymous', 'protectedCharacteristic'] });
    click('Send the alert');
    await screen.findByRole('heading', { name: 'Your alert has been sent' });
    expect(store.submitAlert).toHaveBeenCalledTimes(1);
    expect((store.submitAlert.mock.calls[0][0] as Alert).role).toBe('Senior social worker');
  });

  it('a reload on Check your answers keeps the page and every answer chosen', async () => {
    const store = raiseStore();
    const first = show(store);
    await organisationRead();
    toFormAsWorker();
    fillNamed();
    click('Continue');
    first.unmount();
    show(store);
    await organisationRead();
    expect(screen.getByRole('heading', { level: 2, name: 'Check your answers before sending the alert' })).toBeTruthy();
    expect(document.body.textContent).toContain('We have kept what you typed earlier in this browser tab.');
    fireEvent.click(screen.getByRole('link', { name: 'Change Relates to a protected characteristic' }));
    expect((screen.getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Give my name, role and team' }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Yes' }));
  });

  it('Enter on a checkbox neither ticks it nor sends the form', async () => {
    const store = raiseStore();
    show(store);
    await organisationRead();
    toFormAsWorker();
    fillNamed();
    const box = screen.getByRole('checkbox', { name: 'The concern involves my manager' });
    box.focus();
    // fireEvent returns false when the page stopped the browser's default (implicit form submission).
    expect(fireEvent.keyDown(box, { key: 'Enter' })).toBe(false);
    fireEvent.keyUp(box, { key: 'Enter' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Check your answers before sending the alert' })).toBeNull();
    expect(store.submitAlert).not.toHaveBeenCalled();
  });
});

describe('on behalf of a colleague (R4)', () => {
  function toColleagueForm(): void {
    choose('I am filling it in for a colleague');
    click('Continue');
    choose('No');
    click('Continue');
    choose('No');
    click('Continue');
    choose('No');
    click('Continue');
    choose('Yes');
    click('Continue');
  }

  function fillColleague(): void {
    choose('Give their name, role and team');
    type("Your colleague's name", 'Jo Bloggs');
    type('Their role', 'Family worker');
    select('Service area', 'children-and-family-wellbeing-service');
    select('Team', 'cfws-family-help');
    type('Details of the concerns being raised', 'Jo has been very low since the restructure.');
    type('What action has already been taken?', 'We talked over coffee.');
    type('What does your colleague feel needs to happen?', 'Someone independent to talk to.');
    choose('No'); // protected characteristic
  }

  it('records how consent was given, says triage will check it, and sends the worker a copy from the raiser', async () => {
    const store = raiseStore();
    show(store, { crypto: webcrypto as unknown as ProofCrypto, pageUrl: PAGE });
    await organisationRead();
    toColleagueForm();
    expect(document.body.textContent).toContain('will check with your colleague that they agree');
    choose('My colleague has seen what I have written, agrees with it and agrees to it being shared');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send my colleague a copy of this alert by email' }));
    fillColleague();
    type("Your colleague's work email address", 'jo.bloggs@');
    click('Continue');
    expect(screen.getByRole('alert').textContent).toContain('Enter an email address in the correct format, like name@example.com');
    expect(store.submitAlert).not.toHaveBeenCalled();
    type("Your colleague's work email address", 'jo.bloggs@leics.gov.uk');
    sendFromCheck();
    await screen.findByRole('heading', { name: 'Your alert has been sent' });
    const alert = store.submitAlert.mock.calls[0][0] as Alert;
    expect(alert).toMatchObject({ completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed', consentStatus: 'StatedByRaiser', sendWorkerCopy: true, route: 'AP' });
    await screen.findByText('A copy has been sent to jo.bloggs@leics.gov.uk.');
    // R4: the copy carries the worker's confirmation link; the alert holds only the hash of its secret.
    expect(store.sendAlertCopy).toHaveBeenCalledWith(alert, 'jo.bloggs@leics.gov.uk', expect.stringContaining(`${PAGE}?wellbeingConfirm=${alert.reference}#proof=`));
    const link = new URL(store.sendAlertCopy.mock.calls[0][2] as string);
    const request = readConfirmationRequest(link.search, link.hash);
    expect(request?.secret).toBeDefined();
    expect(alert.consentProofHash).toBe(await proofHashOf(webcrypto as unknown as ProofCrypto, request?.secret ?? ''));
    expect(alert.workerCopyTo).toBe('jo.bloggs@leics.gov.uk');
    expect(JSON.stringify(alert)).not.toContain(request?.secret);
    expect(document.body.textContent).toContain('The Advanced Practitioner will contact your colleague within 48 hours');
  });

  it('R5: an anonymous alert for a colleague: the copy goes without a link and the alert keeps no address or hash', async () => {
    const store = raiseStore();
    show(store, { crypto: webcrypto as unknown as ProofCrypto, pageUrl: PAGE });
    await organisationRead();
    toColleagueForm();
    choose('We are filling it in together');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send my colleague a copy of this alert by email' }));
    choose('Keep them anonymous');
    select('Service area', 'children-and-family-wellbeing-service');
    type('Details of the concerns being raised', 'Things are hard in the team.');
    type('What action has already been taken?', 'None.');
    type('What does your colleague feel needs to happen?', 'Someone to look into it.');
    choose('No'); // protected characteristic
    type("Your colleague's work email address", 'jo.bloggs@leics.gov.uk');
    sendFromCheck();
    await screen.findByText('A copy has been sent to jo.bloggs@leics.gov.uk.');
    const alert = store.submitAlert.mock.calls[0][0] as Alert;
    expect(alert.anonymous).toBe(true);
    expect(alert.consentProofHash).toBeUndefined();
    expect(alert.workerCopyTo).toBeUndefined();
    expect(store.sendAlertCopy).toHaveBeenCalledWith(alert, 'jo.bloggs@leics.gov.uk', undefined);
  });

  it('R4: without Web Crypto (a page not on https) the copy goes without a link and the alert without a hash', async () => {
    const store = raiseStore();
    show(store, { crypto: { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) } as unknown as ProofCrypto });
    await organisationRead();
    toColleagueForm();
    choose('We are filling it in together');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send my colleague a copy of this alert by email' }));
    fillColleague();
    type("Your colleague's work email address", 'jo.bloggs@leics.gov.uk');
    sendFromCheck();
    await screen.findByText('A copy has been sent to jo.bloggs@leics.gov.uk.');
    const alert = store.submitAlert.mock.calls[0][0] as Alert;
    expect(alert.consentProofHash).toBeUndefined();
    expect(store.sendAlertCopy).toHaveBeenCalledWith(alert, 'jo.bloggs@leics.gov.uk', undefined);
  });

  it('nothing is chosen for the raiser: how the colleague agreed, whether to give their name, the protected characteristic', async () => {
    show(raiseStore());
    await organisationRead();
    toColleagueForm();
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).checked).toBe(false);
    click('Continue');
    const messages = within(screen.getByRole('alert')).getAllByRole('link').map((a) => a.textContent);
    expect(messages).toEqual(expect.arrayContaining(['Select how your colleague has agreed to this', "Select whether you want to give your colleague's name"]));
  });

  it('every page of the colleague path speaks of the worker in the third person, the outcome pages included', async () => {
    const secondPerson = /\byour (manager|team|concerns?|details|name|role)\b|\bcontact you\b|\byou feel\b|\byou stay\b|\byou would rather\b|\babout my own\b/i;
    const pages: string[] = [];
    const page = (): void => {
      // The start is shared by both paths (it asks who is filling it in); every page after it is checked.
      const text = document.querySelector('[data-raise-concern]')?.textContent ?? '';
      pages.push(text);
      expect({ page: pages.length, match: secondPerson.exec(text)?.[0] }).toEqual({ page: pages.length, match: undefined });
    };
    const store = raiseStore();
    show(store);
    await organisationRead();
    choose('I am filling it in for a colleague');
    click('Continue');
    // Every first question on both branches, then the manager page.
    page();
    choose('Yes');
    click('Continue');
    page();
    choose('Yes');
    click('Continue');
    page();
    choose('Yes');
    click('Continue');
    expect(screen.getByRole('heading', { level: 2, name: 'Your colleague can take this forward with their manager' })).toBeTruthy();
    page();
    click('Back');
    click('Back');
    click('Back');
    choose('No');
    click('Continue');
    page();
    choose('No');
    click('Continue');
    page();
    choose('No');
    click('Continue');
    page();
    choose('No'); // would rather not talk to anyone: anonymity offered
    click('Continue');
    page();
    choose('We are filling it in together');
    choose('Keep them anonymous');
    page();
    select('Service area', 'children-and-family-wellbeing-service');
    type('Details of the concerns being raised', 'Jo has been very low since the restructure.');
    type('What action has already been taken?', 'We talked over coffee.');
    type('What does your colleague feel needs to happen?', 'Someone independent to talk to.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'The concern involves their manager' }));
    choose('Yes'); // protected characteristic
    page();
    click('Continue');
    page();
    click('Send the alert');
    await screen.findByRole('heading', { name: 'Your alert has been sent' });
    await screen.findByText('You have not raised any concerns.');
    page();
    expect(pages[pages.length - 1]).toContain('As no name was given, nobody can contact your colleague about it.');
    expect(pages).toHaveLength(12);
  });

  it('a copy that cannot be sent is said plainly and can be sent again; the alert is not sent twice', async () => {
    const sendAlertCopy = jest.fn().mockImplementationOnce(() => fail({ kind: 'noPermission' })).mockImplementation(() => ok(undefined));
    const store = raiseStore({ sendAlertCopy });
    show(store, { crypto: webcrypto as unknown as ProofCrypto, pageUrl: PAGE });
    await organisationRead();
    toColleagueForm();
    choose('We are filling it in together');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send my colleague a copy of this alert by email' }));
    fillColleague();
    type("Your colleague's work email address", 'jo.bloggs@leics.gov.uk');
    sendFromCheck();
    const problem = await screen.findByText(/We could not send the copy to your colleague\./);
    expect(problem.textContent).toContain('The alert itself has been sent.');
    click('Try again');
    await screen.findByText('A copy has been sent to jo.bloggs@leics.gov.uk.');
    expect(sendAlertCopy).toHaveBeenCalledTimes(2);
    // R4: the same link both times: the alert's hash is of that one secret.
    expect(sendAlertCopy.mock.calls[1][2]).toBe(sendAlertCopy.mock.calls[0][2]);
    expect(store.submitAlert).toHaveBeenCalledTimes(1);
  });
});

describe('never lose what was typed, and leave quickly', () => {
  it('a draft survives a reload in this tab and says so; it is never sent to SharePoint before submit', async () => {
    const store = raiseStore();
    const first = show(store);
    await organisationRead();
    toFormAsWorker();
    type('Details of the concerns being raised', 'Half written before the page reloaded.');
    first.unmount();
    const saved = JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? '{}');
    expect(saved.draft.details).toBe('Half written before the page reloaded.');
    show(store);
    await organisationRead();
    expect((screen.getByLabelText('Details of the concerns being raised') as HTMLTextAreaElement).value).toBe('Half written before the page reloaded.');
    expect(document.body.textContent).toContain('We have kept what you typed earlier in this browser tab.');
    expect(store.submitAlert).not.toHaveBeenCalled();
  });

  it('a saved draft that is not one this form wrote is dropped, not shown', async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stage: 'form', draft: { details: 'x' }, answered: [], copyTo: '', reference: 'nope', idempotencyKey: 'nope' }));
    show(raiseStore());
    await organisationRead();
    expect(screen.getByRole('heading', { level: 2, name: 'Raise a wellbeing concern' })).toBeTruthy();
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('Exit this page clears the form and the draft and replaces the page with the neutral one', async () => {
    const { leave } = show(raiseStore());
    await organisationRead();
    toFormAsWorker();
    type('Details of the concerns being raised', 'Private words.');
    expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull();
    click('Exit this page');
    expect(leave).toHaveBeenCalledWith(EXIT);
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(document.body.textContent).not.toContain('Private words.');
  });

  it('pressing Shift three times on its own exits too; held Shift and slow presses do not', async () => {
    jest.useFakeTimers();
    try {
      const { leave } = show(raiseStore());
      await organisationRead();
      act(() => {
        // One press held down: its repeats are not presses.
        shiftDown();
        fireEvent.keyDown(document, { key: 'Shift', shiftKey: true, repeat: true });
        fireEvent.keyDown(document, { key: 'Shift', shiftKey: true, repeat: true });
        shiftUp();
      });
      expect(leave).not.toHaveBeenCalled();
      act(() => {
        jest.advanceTimersByTime(6000);
        lonelyShift();
      });
      // The first press says nothing: every capital letter starts one.
      expect(announced()).toBe('');
      act(() => lonelyShift());
      expect(leave).not.toHaveBeenCalled();
      expect(announced()).toBe('Shift pressed 2 of 3 times');
      act(() => lonelyShift());
      expect(leave).toHaveBeenCalledWith(EXIT);
    } finally {
      jest.useRealTimers();
    }
  });

  it('typing capitals (Shift+M), Shift+Tab and fast rolled-over capitals never exits, and resets what was said', async () => {
    const { leave } = show(raiseStore());
    await organisationRead();
    toFormAsWorker();
    const details = screen.getByLabelText('Details of the concerns being raised');
    details.focus();
    act(() => {
      for (const letter of 'IMMSM') shifted(details, letter); // "I have ... Monday. My Manager Said ... More"
    });
    expect(leave).not.toHaveBeenCalled();
    act(() => {
      for (let i = 0; i < 3; i++) shifted(details, 'Tab');
    });
    expect(leave).not.toHaveBeenCalled();
    act(() => {
      // A fast typist lets go of Shift before the letter: Shift down, M down, Shift up, M up.
      for (let i = 0; i < 3; i++) {
        shiftDown(details);
        fireEvent.keyDown(details, { key: 'M', shiftKey: true });
        shiftUp(details);
        fireEvent.keyUp(details, { key: 'm' });
      }
    });
    expect(leave).not.toHaveBeenCalled();
    // Two lone presses, then a letter: the count starts again and the announcement goes.
    act(() => {
      lonelyShift(details);
      lonelyShift(details);
    });
    expect(announced()).toBe('Shift pressed 2 of 3 times');
    act(() => {
      fireEvent.keyDown(details, { key: 'a' });
      fireEvent.keyUp(details, { key: 'a' });
    });
    expect(announced()).toBe('');
    act(() => lonelyShift(details));
    expect(leave).not.toHaveBeenCalled();
    expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull();
  });
});

describe('my concerns (R21)', () => {
  it('lists only reference, date and a public status', async () => {
    const myAlerts = jest.fn(() =>
      ok<MyAlert[]>([
        { reference: 'WB-7K3M-9QR4', submittedAt: new Date('2026-11-20T10:00:00Z'), publicStatus: 'InProgress' },
        { reference: 'WB-ACDE-FGH3', submittedAt: new Date('2026-10-01T10:00:00Z'), publicStatus: 'Closed' }
      ])
    );
    show(raiseStore({ myAlerts }));
    await organisationRead();
    const table = await screen.findByRole('table');
    const rows = Array.from((table as HTMLTableElement).rows).map((r) => Array.from(r.cells).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Reference', 'Sent', 'Status'],
      ['WB-7K3M-9QR4', '20 November 2026', 'Being worked on'],
      ['WB-ACDE-FGH3', '1 October 2026', 'Closed']
    ]);
  });

  it('a failure to read them is said plainly with a way to try again', async () => {
    const myAlerts = jest.fn().mockImplementationOnce(() => fail({ kind: 'throttled' })).mockImplementation(() => ok<MyAlert[]>([]));
    show(raiseStore({ myAlerts }));
    await organisationRead();
    await screen.findByText(/We could not load the concerns you have raised\./);
    click('Try again');
    await screen.findByText('You have not raised any concerns.');
  });
});
