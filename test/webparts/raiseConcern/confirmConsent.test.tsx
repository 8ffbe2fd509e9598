/**
 * @jest-environment jsdom
 */
/*
 * R4: the worker confirms, from the link in their copy, an alert a colleague raised on their behalf. The view
 * shows nothing of the alert but the reference they were sent; Confirm writes through the store, "This is not
 * right" writes nothing and says how to reach the PSW; failures are said plainly and can be tried again.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import { confirmationLink, proofSecretFromBytes } from '../../../src/domain/workerConfirmation';
import type { WorkerConfirmationOutcome } from '../../../src/services/store/IWellbeingStore';
import { raiseConcernProps } from '../../../src/webparts/raiseConcern/components/raiseConcernProps';
import { RaiseConcern } from '../../../src/webparts/raiseConcern/components/RaiseConcern';
import { fail, fakeStore, FakeStore, ok, servicesWith } from '../../support/fakeStore';

jest.setTimeout(30000);

const SECRET = proofSecretFromBytes(Uint8Array.from({ length: 32 }, (_, i) => (i * 37) % 256));
const REFERENCE = 'WB-7K3M-9QR4';
const LINK = new URL(confirmationLink('https://leics.sharepoint.com/sites/peopleservices/SitePages/Wellbeing.aspx', REFERENCE, SECRET));
const CONFIRMED_AT = new Date('2026-11-23T14:05:00Z');

function confirmStore(overrides: Partial<Record<keyof FakeStore, jest.Mock>> = {}): FakeStore {
  return fakeStore({
    supportDirectory: jest.fn(() => fail({ kind: 'offline' })),
    confirmAsWorker: jest.fn(() => ok<WorkerConfirmationOutcome>({ reference: REFERENCE, confirmedAt: CONFIRMED_AT, alreadyConfirmed: false })),
    ...overrides
  });
}

function show(store: FakeStore, search: string = LINK.search, hash: string = LINK.hash): void {
  const props = raiseConcernProps({ exitPageUrl: '/sites/peopleservices/SitePages/Weather.aspx' }, search, hash);
  render(
    <WebPartRoot services={servicesWith(store)}>
      <RaiseConcern {...props} leave={jest.fn()} />
    </WebPartRoot>
  );
}

describe('R4 the worker confirms from the link in their copy', () => {
  it('reads the reference and the secret from the link, and shows the confirm view instead of the form', () => {
    expect(raiseConcernProps({}, LINK.search, LINK.hash).confirm).toEqual({ reference: REFERENCE, secret: SECRET });
    expect(raiseConcernProps({}, '?from=induction', '').confirm).toBeUndefined();
    show(confirmStore());
    expect(screen.getByRole('heading', { level: 2, name: 'Confirm the wellbeing concern raised for you' })).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    // The reference, read out character by character, and no record content.
    expect(screen.getByLabelText('W B, 7 K 3 M, 9 Q R 4').textContent).toBe(REFERENCE);
    expect(document.body.textContent).toContain('This page does not show what was written');
    expect(document.body.textContent).toContain('Your colleague is not told.');
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('Confirm records it once, says when, and moves focus to the result', async () => {
    const store = confirmStore();
    show(store);
    const button = screen.getByRole('button', { name: 'Confirm' });
    button.focus();
    fireEvent.click(button);
    // While it is being recorded the button keeps focus and a second press does nothing.
    const sending = screen.getByRole('button', { name: 'Confirming' });
    expect(sending.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(sending);
    fireEvent.click(sending);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Thank you, you have confirmed it' });
    expect(document.activeElement).toBe(heading);
    expect(store.confirmAsWorker).toHaveBeenCalledTimes(1);
    expect(store.confirmAsWorker).toHaveBeenCalledWith(REFERENCE, SECRET);
    expect(document.body.textContent).toContain(`You confirmed ${REFERENCE} on 23 November 2026 at 14:05.`);
  });

  it('a repeat (the link opened again) says it was already confirmed', async () => {
    show(confirmStore({ confirmAsWorker: jest.fn(() => ok<WorkerConfirmationOutcome>({ reference: REFERENCE, confirmedAt: CONFIRMED_AT, alreadyConfirmed: true })) }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`You had already confirmed ${REFERENCE}, on 23 November 2026 at 14:05. There is nothing more to do.`);
  });

  it('"This is not right" writes nothing, says how to reach the PSW with the reference, and can go back', () => {
    const store = confirmStore();
    show(store);
    fireEvent.click(screen.getByRole('button', { name: 'This is not right' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Nothing has been confirmed' });
    expect(document.activeElement).toBe(heading);
    expect(document.body.textContent).toContain(`Email or call the Principal Social Worker's office and quote the reference ${REFERENCE}`);
    expect(document.body.textContent).toContain('Nothing with your name will be shared until the wellbeing team has spoken to you.');
    expect(store.confirmAsWorker).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Confirm the wellbeing concern raised for you' }));
  });

  it('a failure is said plainly, nothing is shared, and it can be tried again', async () => {
    const confirmAsWorker = jest
      .fn()
      .mockImplementationOnce(() => fail({ kind: 'offline' }))
      .mockImplementation(() => ok<WorkerConfirmationOutcome>({ reference: REFERENCE, confirmedAt: CONFIRMED_AT, alreadyConfirmed: false }));
    show(confirmStore({ confirmAsWorker }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your confirmation has not been recorded.');
    expect(alert.textContent).toContain('Nothing has been shared.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 2, name: 'Thank you, you have confirmed it' });
    expect(confirmAsWorker).toHaveBeenCalledTimes(2);
  });

  it('a link without its secret (cut short, or typed) writes nothing and says what to do', async () => {
    const store = confirmStore();
    show(store, LINK.search, '');
    expect(screen.getByRole('heading', { level: 2, name: 'This link is not complete' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
    expect(document.body.textContent).toContain('the wellbeing team will contact you and check with you in person');
    await waitFor(() => expect(store.confirmAsWorker).not.toHaveBeenCalled());
  });
});
