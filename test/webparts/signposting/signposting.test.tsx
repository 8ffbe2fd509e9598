/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import { supportDirectory } from '../../../src/referenceData';
import type { PageContext, SupportEntry } from '../../../src/domain/types';
import type { IWellbeingServices } from '../../../src/services/IWellbeingServices';
import type { IWellbeingStore } from '../../../src/services/store/IWellbeingStore';
import type { StoreResult } from '../../../src/services/store/storeErrors';
import { Signposting, signpostingProps } from '../../../src/webparts/signposting/components/Signposting';
import { DIRECTORY_TTL_MS } from '../../../src/webparts/signposting/components/directoryCache';
import { fakeServices } from '../../support/fakeServices';

const RAISE_PAGE = 'https://leics.sharepoint.com/sites/peopleservices/SitePages/Wellbeing.aspx';

function servicesWith(read: jest.Mock<Promise<StoreResult<SupportEntry[]>>, []>): IWellbeingServices {
  const store = { supportDirectory: read } as unknown as IWellbeingStore;
  return { ...fakeServices(), store: () => Promise.resolve(store) };
}

const directory = (): jest.Mock<Promise<StoreResult<SupportEntry[]>>, []> =>
  jest.fn(() => Promise.resolve({ ok: true as const, value: supportDirectory.map((e) => ({ ...e, contexts: [...e.contexts] })) }));

function show(services: IWellbeingServices, pageContext: PageContext, raiseConcernPageUrl = RAISE_PAGE): ReturnType<typeof render> {
  return render(
    <WebPartRoot services={services}>
      <Signposting pageContext={pageContext} raiseConcernPageUrl={raiseConcernPageUrl} />
    </WebPartRoot>
  );
}

beforeEach(() => {
  sessionStorage.clear();
  jest.restoreAllMocks();
});

describe('Wellbeing signposting', () => {
  it.each<PageContext>(['general', 'induction', 'whistleblowing', 'supervision', 'equalityNetworks'])(
    'R1: shows exactly the directory entries for the %s page, in order, with the raise link carrying the page',
    async (context) => {
      const read = directory();
      show(servicesWith(read), context);
      const expected = supportDirectory.filter((e) => e.contexts.includes(context)).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
      await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(expected.map((e) => e.title)));
      const cta = screen.getByRole('link', { name: 'Raise a wellbeing concern' });
      expect(cta.getAttribute('href')).toBe(`${RAISE_PAGE}?from=${context}`);
      expect(read).toHaveBeenCalledTimes(1);
    }
  );

  it('R8: explains on the whistleblowing page whether it is whistleblowing, a grievance or a wellbeing concern', async () => {
    show(servicesWith(directory()), 'whistleblowing');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Is this whistleblowing, a grievance or a wellbeing concern?');
    expect(screen.getByText(/Follow the whistleblowing procedure/)).toBeTruthy();
    expect(screen.getByText(/Use the grievance policy/)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0));
  });

  it('R1, R7: welcomes new starters on induction pages, and explains how reps share themes (never names) on network pages', async () => {
    const induction = show(servicesWith(directory()), 'induction');
    expect(screen.getByText(/including in your first weeks/)).toBeTruthy();
    induction.unmount();
    show(servicesWith(directory()), 'equalityNetworks');
    expect(screen.getByText(/liaise with the Principal Social Worker or an Advanced Practitioner about the themes they are hearing, never names/)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0));
  });

  it('R9: makes contacts that work: tel: and mailto: links named for what they do, and opening hours', async () => {
    show(servicesWith(directory()), 'general');
    const call = await screen.findByRole('link', { name: 'Call Staff Support (24/7 confidential helpline) on 0800 1116 387' });
    expect(call.getAttribute('href')).toBe('tel:08001116387');
    expect(screen.getByText('Open: 24 hours a day, every day of the year')).toBeTruthy();
    const mail = screen.getAllByRole('link', { name: /^Email Mental Health First Aiders at / })[0];
    expect(mail.getAttribute('href')).toBe('mailto:counsellingandwellbeing@leics.gov.uk');
  });

  it('shows what site owners changed in the list (read at run time), and never links a script address', async () => {
    const edited: SupportEntry = { ...supportDirectory[0], id: 'new', title: 'Added by a site owner', url: 'javascript:alert(1)', order: 1 };
    const read = jest.fn(() => Promise.resolve({ ok: true as const, value: [edited] }));
    show(servicesWith(read), 'general');
    await screen.findByRole('heading', { name: 'Added by a site owner' });
    expect(screen.queryByRole('link', { name: 'Visit the Added by a site owner website' })).toBeNull();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '').filter((href) => /^javascript:/i.test(href))).toEqual([]);
  });

  it('reads SharePoint once, and a second page in the same tab reads nothing until the cache is ten minutes old', async () => {
    const read = directory();
    const first = show(servicesWith(read), 'general');
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0));
    first.unmount();
    const second = show(servicesWith(read), 'supervision');
    expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
    expect(read).toHaveBeenCalledTimes(1);
    second.unmount();
    const later = Date.now() + DIRECTORY_TTL_MS + 1;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    show(servicesWith(read), 'general');
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });

  it('R9: when the list cannot be read, says so plainly, still gives the 24/7 line, and tries again', async () => {
    const read = jest
      .fn<Promise<StoreResult<SupportEntry[]>>, []>()
      .mockResolvedValueOnce({ ok: false, error: { kind: 'throttled', retryable: true } })
      .mockResolvedValueOnce({ ok: true, value: supportDirectory.slice() });
    show(servicesWith(read), 'general');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load the support contacts just now. SharePoint is busy.");
    expect(screen.getByRole('link', { name: 'Call Staff Support (24/7 confidential helpline) on 0800 1116 387' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(read).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(1);
  });

  it('tells an editor when the raise page is not set, instead of a broken link', async () => {
    show(servicesWith(directory()), 'general', '');
    expect(screen.queryByRole('link', { name: 'Raise a wellbeing concern' })).toBeNull();
    expect(screen.getByText(/has not been chosen yet/)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0));
  });

  it('maps the web part properties to props, falling back to the general page for an unknown context', () => {
    expect(signpostingProps({ pageContext: 'induction', raiseConcernPageUrl: ` ${RAISE_PAGE} ` })).toEqual({ pageContext: 'induction', raiseConcernPageUrl: RAISE_PAGE });
    expect(signpostingProps({ pageContext: 'nonsense' })).toEqual({ pageContext: 'general', raiseConcernPageUrl: '' });
  });
});
