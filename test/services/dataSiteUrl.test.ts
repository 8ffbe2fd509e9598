import { resolveDataSiteUrl, siteUrlOf } from '../../src/services/dataSite/dataSiteUrl';

const current = 'https://leics.sharepoint.com/sites/peopleservices';

describe('data site URL setting (ARCHITECTURE: one data site URL per web part)', () => {
  it('uses the current site when the setting is empty or blank', () => {
    expect(resolveDataSiteUrl(undefined, current)).toEqual({ ok: true, url: current });
    expect(resolveDataSiteUrl('   ', `${current}/`)).toEqual({ ok: true, url: current });
  });

  it('accepts a restricted site in the same tenant and trims pages, lists and slashes', () => {
    expect(resolveDataSiteUrl(' https://leics.sharepoint.com/sites/wellbeing-records/ ', current)).toEqual({
      ok: true,
      url: 'https://leics.sharepoint.com/sites/wellbeing-records'
    });
    expect(resolveDataSiteUrl('https://LEICS.sharepoint.com/sites/wb/SitePages/Home.aspx', current)).toEqual({
      ok: true,
      url: 'https://leics.sharepoint.com/sites/wb'
    });
    expect(resolveDataSiteUrl('https://leics.sharepoint.com/sites/wb/Lists/WellbeingAlerts/AllItems.aspx?x=1', current)).toEqual({
      ok: true,
      url: 'https://leics.sharepoint.com/sites/wb'
    });
  });

  it('refuses an address that is not a full https address on this tenant', () => {
    expect(resolveDataSiteUrl('sites/wellbeing', current)).toEqual({ ok: false, problem: 'notAbsolute' });
    expect(resolveDataSiteUrl('http://leics.sharepoint.com/sites/wb', current)).toEqual({ ok: false, problem: 'notHttps' });
    expect(resolveDataSiteUrl('ftp://leics.sharepoint.com/sites/wb', current)).toEqual({ ok: false, problem: 'notAbsolute' });
    expect(resolveDataSiteUrl('https://contoso.sharepoint.com/sites/wb', current)).toEqual({
      ok: false,
      problem: 'otherTenant'
    });
  });

  it('keeps the site part of an address only', () => {
    expect(siteUrlOf('https://leics.sharepoint.com/sites/wb/_layouts/15/viewlsts.aspx')).toBe('https://leics.sharepoint.com/sites/wb');
    expect(siteUrlOf('https://leics.sharepoint.com/')).toBe('https://leics.sharepoint.com');
  });
});
