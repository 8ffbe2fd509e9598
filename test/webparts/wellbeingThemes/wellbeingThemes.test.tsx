/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { fail, fakeStore, ok, showThemes, SMT_ACCESS } from './themesFixtures';

// The network reps' view cannot be downloaded (its chunk fails, as on a dropped connection).
jest.mock('../../../src/webparts/wellbeingThemes/components/NetworkThemes', () => {
  throw new Error('Loading chunk wellbeing-themes-network failed');
});

afterEach(() => jest.restoreAllMocks());

describe('Wellbeing themes: the web part (R21)', () => {
  it('checks what the person may see first; if SharePoint is busy it says so and tries again', async () => {
    const store = fakeStore({
      themeAccess: jest.fn().mockReturnValueOnce(fail({ kind: 'throttled', status: 429 })).mockReturnValue(ok({ ...SMT_ACCESS, readPublished: false })),
      latestThemeReports: jest.fn(() => ok([]))
    });
    showThemes('published', store);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('We could not load this. SharePoint is busy just now. Please wait a moment and try again.Try again');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'You do not have access to this' })).toBeTruthy();
    expect(screen.getByText('If you think you should have access, ask the owners of the wellbeing site to add you.')).toBeTruthy();
    expect(store.latestThemeReports).not.toHaveBeenCalled();
  });

  it('a view whose code cannot be downloaded is a problem to retry, not a crash', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    showThemes('networkThemes', fakeStore());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load this. We could not reach SharePoint.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Themes from the staff networks' })).toBeTruthy();
    error.mockRestore();
  });
});
