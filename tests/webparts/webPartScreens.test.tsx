/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { WebPartRoot } from '../../src/components/WebPartRoot';
import { TriageBoard } from '../../src/webparts/triageBoard/components/TriageBoard';
import { fakeServices } from '../support/fakeServices';

function renderInRoot(element: React.ReactElement, services = fakeServices()): void {
  render(<WebPartRoot services={services}>{element}</WebPartRoot>);
}

describe('the web parts still being built render through their services', () => {
  it.each([
    ['Triage board', <TriageBoard key="board" />]
  ])('%s shows its title, an honest "coming soon" and the data site it will use', async (title, element) => {
    renderInRoot(element);
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
    // Fluent's MessageBar renders its text a moment later so that screen readers announce it.
    await waitFor(() =>
      expect(document.body.textContent).toContain('Coming soon. This part of the wellbeing concern process is being built')
    );
    expect(document.body.textContent).toContain('Records will be kept on: https://leics.sharepoint.com/sites/wellbeing-records');
  });

  it('says "this site" when the records are on the current site', () => {
    renderInRoot(<TriageBoard />, fakeServices({ isCurrentSite: true, url: 'https://leics.sharepoint.com/sites/ps' }));
    expect(document.body.textContent).toContain('Records will be kept on: this site');
  });

  it('refuses to render a screen outside a WebPartRoot (services must be handed down, never built)', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<TriageBoard />)).toThrow(/inside a WebPartRoot/);
    error.mockRestore();
  });
});
