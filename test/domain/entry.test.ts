import { entryFrom, isNewStarterEntry, withEntry } from '../../src/domain/entry';

describe('R1 entry points: where a person came from travels in the raise link', () => {
  it('adds the page context to a plain address', () => {
    expect(withEntry('https://leics.sharepoint.com/sites/hr/SitePages/Wellbeing.aspx', 'induction')).toBe(
      'https://leics.sharepoint.com/sites/hr/SitePages/Wellbeing.aspx?from=induction'
    );
  });

  it('keeps an existing query and fragment and replaces an earlier context', () => {
    expect(withEntry('/SitePages/Wellbeing.aspx?a=1&from=general#raise', 'whistleblowing')).toBe(
      '/SitePages/Wellbeing.aspx?a=1&from=whistleblowing#raise'
    );
    expect(withEntry('/SitePages/Wellbeing.aspx?from=general&a=1', 'supervision')).toBe(
      '/SitePages/Wellbeing.aspx?a=1&from=supervision'
    );
  });

  it('reads the context back, and only contexts it knows', () => {
    expect(entryFrom('?a=1&from=equalityNetworks')).toBe('equalityNetworks');
    expect(entryFrom('from=induction')).toBe('induction');
    expect(entryFrom('?from=somewhere')).toBeUndefined();
    expect(entryFrom('?from=%E0%A4%A')).toBeUndefined();
    expect(entryFrom('')).toBeUndefined();
  });

  it('R1: an alert raised from an induction page is a new starter\'s, from anywhere else it is not', () => {
    expect(isNewStarterEntry(new URL(withEntry('https://x.example/p.aspx', 'induction')).search)).toBe(true);
    expect(isNewStarterEntry('?from=general')).toBe(false);
    expect(isNewStarterEntry('')).toBe(false);
  });
});
