/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { Problem } from '../../src/components/Problem';
import { WebPartRoot } from '../../src/components/WebPartRoot';
import type { IWellbeingServices } from '../../src/services/IWellbeingServices';
import type { SiteSchemaStatus } from '../../src/services/siteSchema/siteSchema';
import { rememberStatus } from '../../src/services/siteSchema/rememberStatus';
import type { StoreErrorKind } from '../../src/services/store/storeErrors';
import { fakeServices } from '../support/fakeServices';

function withSiteSchema(status: () => Promise<SiteSchemaStatus>): { services: IWellbeingServices; asked: jest.Mock } {
  const asked = jest.fn(status);
  return { services: { ...fakeServices(), siteSchema: asked }, asked };
}

function showProblem(services: IWellbeingServices, kind: StoreErrorKind): void {
  render(
    <WebPartRoot services={services}>
      <Problem what="Your alert was not sent." error={{ kind, retryable: false }} onRetry={() => undefined} reassurance="Everything you typed is still here." />
    </WebPartRoot>
  );
}

const behind = (siteVersion: number | undefined): Promise<SiteSchemaStatus> => Promise.resolve({ status: 'behind', siteVersion, packageVersion: 3 });

describe('a site behind the package says an administrator needs to run the provisioner (issue 12)', () => {
  it('a refused request on a site behind: the notice, with what did not happen and what was kept, and no "Try again"', async () => {
    const { services, asked } = withSiteSchema(() => behind(2));
    showProblem(services, 'invalidInput');
    const alert = await screen.findByText('The wellbeing site needs an update');
    const notice = alert.closest('[role="alert"]') as HTMLElement;
    expect(notice.textContent).toContain('Your alert was not sent. This part of the page cannot work until the wellbeing site is brought up to date.');
    expect(notice.textContent).toContain('an administrator needs to run the provisioner. Everything you typed is still here.');
    expect(notice.textContent).toContain("the site's lists are at version 2; this page needs version 3.");
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('a site never provisioned (no lists, no version) says so', async () => {
    showProblem(withSiteSchema(() => behind(undefined)).services, 'notFound');
    await screen.findByText(/the site has no wellbeing lists yet \(or no version recorded\); this page needs version 3\./);
  });

  it('a current site keeps the plain problem and its "Try again"', async () => {
    const { services, asked } = withSiteSchema(() => Promise.resolve({ status: 'current' }));
    showProblem(services, 'invalidInput');
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('alert').textContent).toBe('Your alert was not sent. SharePoint did not accept what was sent. Everything you typed is still here.Try again');
    expect(screen.queryByText('The wellbeing site needs an update')).toBeNull();
  });

  it.each<StoreErrorKind>(['throttled', 'offline', 'signedOut', 'noPermission', 'conflict'])('a %s failure never asks (it cannot be the schema)', (kind) => {
    const { services, asked } = withSiteSchema(() => behind(1));
    showProblem(services, kind);
    expect(asked).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('the answer is read once per web part; a failed read is asked again next time', async () => {
    const read = jest
      .fn<Promise<SiteSchemaStatus>, []>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce({ status: 'unknown' })
      .mockResolvedValue({ status: 'current' });
    const status = rememberStatus(read);
    await expect(status()).resolves.toEqual({ status: 'unknown' });
    await expect(status()).resolves.toEqual({ status: 'unknown' });
    await expect(status()).resolves.toEqual({ status: 'current' });
    await expect(status()).resolves.toEqual({ status: 'current' });
    expect(read).toHaveBeenCalledTimes(3);
  });
});
