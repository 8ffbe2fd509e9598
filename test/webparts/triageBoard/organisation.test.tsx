/**
 * @jest-environment jsdom
 */
/*
 * Issue 18, the organisation view with a fake store: a refusal said in words with focus on the field; a rename saved
 * with the ETag the row was read with; a colleague's change at the same moment is a conflict that shows theirs and
 * keeps what was typed, and saving again uses the fresh ETag; a save SharePoint refuses (not an owner) says who can.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { OrganisationEntry } from '../../../src/domain/organisation';
import { TriageBoard } from '../../../src/webparts/triageBoard/components/TriageBoard';
import { fail, fakeStore, ok, seededOrganisation, servicesWith } from '../../support/fakeStore';

jest.setTimeout(60000);

const NOW = new Date('2026-11-22T09:00:00Z');

function show(store: ReturnType<typeof fakeStore>): void {
  render(
    <WebPartRoot services={servicesWith(store)}>
      <TriageBoard view="organisation" now={NOW} />
    </WebPartRoot>
  );
}

const row = (key: string) => seededOrganisation().rows.find((r) => r.key === key) as ReturnType<typeof seededOrganisation>['rows'][number];

describe('the organisation view (issue 18)', () => {
  it('refuses a team without a service area in words, focus on the field; then adds it', async () => {
    const saveOrganisationEntry = jest.fn((entry: OrganisationEntry) => ok({ ...entry, id: 99, etag: '"n,1"' }));
    show(fakeStore({ saveOrganisationEntry }));
    const name = (await screen.findByLabelText('Name', { selector: '#org-add-team-name' }, { timeout: 10000 })) as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Kinship Assessments North' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add team' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('org-add-team-serviceAreaKey'));
    expect(screen.getByText('Choose the service area this team belongs to')).toBeTruthy();
    expect(saveOrganisationEntry).not.toHaveBeenCalled();
    fireEvent.change(document.getElementById('org-add-team-serviceAreaKey') as HTMLSelectElement, { target: { value: 'childrens-social-care' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add team' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('org-kinship-assessments-north-rename'));
    expect(saveOrganisationEntry).toHaveBeenCalledWith(
      { kind: 'team', key: 'kinship-assessments-north', name: 'Kinship Assessments North', serviceAreaKey: 'childrens-social-care' },
      undefined
    );
    expect(screen.getByText('Kinship Assessments North has been added.')).toBeTruthy();
  });

  it("a colleague's rename at the same moment is a conflict: theirs is shown, what was typed stays, and the next save uses the fresh ETag", async () => {
    let theirs = false;
    const fresh = { ...row('coalville'), etag: '"fresh,2"' };
    const saveOrganisationEntry = jest
      .fn()
      .mockImplementationOnce(() => {
        theirs = true;
        return fail({ kind: 'conflict', status: 412, retryable: false });
      })
      .mockImplementationOnce((entry: OrganisationEntry) => ok({ ...entry, id: fresh.id, etag: '"fresh,3"' }));
    // The read after the conflict answers with the colleague's name and a new ETag.
    const organisation = jest.fn(() => {
      const data = seededOrganisation((rows) => rows.map((r) => (r.key === 'coalville' && theirs ? { ...r, name: 'Coalville Civic Centre' } : r)));
      if (theirs) data.rows = data.rows.map((r) => (r.key === 'coalville' ? { ...r, etag: fresh.etag } : r));
      return ok(data);
    });
    show(fakeStore({ organisation, saveOrganisationEntry }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Coalville' }, { timeout: 10000 }));
    const input = (await screen.findByLabelText('New name for Coalville')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.change(input, { target: { value: 'Coalville Hub' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText(/Someone else changed this at the same time/);
    expect(saveOrganisationEntry.mock.calls[0][1]).toEqual({ id: row('coalville').id, etag: row('coalville').etag });
    // Theirs is shown (the row's label), and what was typed is still in the field.
    const again = (await screen.findByLabelText('New name for Coalville Civic Centre')) as HTMLInputElement;
    expect(again.value).toBe('Coalville Hub');
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Coalville Civic Centre is now called Coalville Hub.');
    expect(saveOrganisationEntry.mock.calls[1]).toEqual([{ kind: 'office', key: 'coalville', name: 'Coalville Hub' }, { id: fresh.id, etag: '"fresh,2"' }]);
  });

  it('retires (never deletes) after a question; a save SharePoint refuses says only the owners can', async () => {
    const saveOrganisationEntry = jest
      .fn()
      .mockImplementationOnce(() => fail({ kind: 'noPermission', status: 403, retryable: false }))
      .mockImplementationOnce((entry: OrganisationEntry) => ok({ ...entry, id: row('csc-kinship').id, etag: '"k,2"' }));
    show(fakeStore({ saveOrganisationEntry }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retire Kinship' }, { timeout: 10000 }));
    const confirm = await screen.findByRole('button', { name: 'Yes, retire Kinship' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    await screen.findByText(/Only the data site's owners can change/);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, retire Kinship' }));
    await screen.findByText('Kinship has been retired.');
    expect(saveOrganisationEntry.mock.calls[1][0]).toEqual({ kind: 'team', key: 'csc-kinship', name: 'Kinship', serviceAreaKey: 'childrens-social-care', retiredOn: '2026-11-22' });
    await waitFor(() => expect(document.activeElement?.id).toBe('org-csc-kinship-status'));
    expect(document.getElementById('org-csc-kinship-status')?.textContent).toBe('Retired on 22 November 2026');
  });
});
