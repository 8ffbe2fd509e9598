import { csvField, csvFileName, csvLine, reportCsv } from '../../../src/webparts/wellbeingThemes/components/csv';
import { organisationNames } from '../../../src/components/organisation';
import { referenceOrganisation } from '../../../src/referenceData';
import { changeCell, countCell, hoursCell, ratioCell } from '../../../src/webparts/wellbeingThemes/components/format';
import { reportTables } from '../../../src/webparts/wellbeingThemes/components/reportTables';
import { mayUse } from '../../../src/webparts/wellbeingThemes/components/WellbeingThemes';
import { wellbeingThemesProps } from '../../../src/webparts/wellbeingThemes/components/wellbeingThemesProps';
import { Q2_REPORT } from './themesData';

describe('the CSV for the SMT pack (R18)', () => {
  it('quotes what needs quoting and doubles quotes (RFC 4180)', () => {
    expect(csvField('County Hall')).toBe('County Hall');
    expect(csvField("Children's Social Care, CSC")).toBe('"Children\'s Social Care, CSC"');
    expect(csvField('She said "no"')).toBe('"She said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",');
  });

  it('keeps a spreadsheet from running text as a formula, but leaves the report\'s own figures as they are', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+cmd|x')).toBe("'+cmd|x");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    for (const figure of ['+4', '-1', '0', '78%', '+5 points', '-1.5 hours', '10 hours']) {
      expect(csvField(figure)).toBe(figure);
    }
    expect(csvField('-1,204')).toBe('"-1,204"');
  });

  it('writes every table of the report with its caption, header and rows, in order', () => {
    const tables = reportTables(Q2_REPORT, organisationNames(referenceOrganisation));
    const csv = reportCsv(tables, { title: 'Wellbeing themes, 2026-27 Q2', threshold: 3 });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"Wellbeing themes, 2026-27 Q2"');
    expect(lines[1]).toBe('"[c] confidential: fewer than 3, or hidden so that a small number cannot be worked out."');
    expect(lines.filter((l) => l === '').length).toBe(tables.length + 1);
    let at = 3;
    for (const t of tables) {
      expect(lines[at]).toBe(csvField(t.caption));
      expect(lines[at + 1]).toBe(csvLine([t.rowHeader, ...t.columns]));
      at += t.rows.length + 3;
    }
    expect(csvFileName('2026-27 Q2')).toBe('wellbeing-themes-2026-27-Q2.csv');
  });
});

describe('figures as the report writes them (R20)', () => {
  it('never writes a hidden count as a number', () => {
    expect(countCell({ kind: 'suppressed', threshold: 3 })).toEqual({
      text: '[c]',
      suppressed: true,
      label: 'confidential: fewer than 3, or hidden so that a small number cannot be worked out'
    });
    expect(countCell({ kind: 'suppressed', threshold: 5 }).label).toBe('confidential: fewer than 5, or hidden so that a small number cannot be worked out');
    expect(countCell({ kind: 'count', value: 1204 })).toEqual({ text: '1,204', suppressed: false, value: 1204 });
    expect(countCell({ kind: 'count', value: 0 }).text).toBe('0');
    expect(ratioCell({ kind: 'ratio', value: 7 / 9 }).text).toBe('78%');
    expect(ratioCell({ kind: 'suppressed', threshold: 3 }).text).toBe('[c]');
    expect(hoursCell({ kind: 'hours', value: 20.5 }).text).toBe('20.5 hours');
    expect(changeCell({ kind: 'change', value: 3 }).text).toBe('+3');
    expect(changeCell({ kind: 'change', value: -2 }).text).toBe('-2');
    expect(changeCell({ kind: 'change', value: 0.051 }, 'ratio').text).toBe('+5 points');
    expect(changeCell({ kind: 'change', value: -1.25 }, 'hours').text).toBe('-1.3 hours');
    expect(changeCell({ kind: 'suppressed', threshold: 3 }).text).toBe('[c]');
  });
});

describe('web part properties and access (R21)', () => {
  it('maps the editor\'s choice to props, falling back to the published reports', () => {
    expect(wellbeingThemesProps({ view: 'publish' })).toEqual({ view: 'publish' });
    expect(wellbeingThemesProps({ view: 'networkThemes' })).toEqual({ view: 'networkThemes' });
    expect(wellbeingThemesProps({ view: 'published' })).toEqual({ view: 'published' });
    expect(wellbeingThemesProps({})).toEqual({ view: 'published' });
    expect(wellbeingThemesProps({ view: 'admin' })).toEqual({ view: 'published' });
  });

  it('offers each view only to those SharePoint lets use it', () => {
    const smt = { readPublished: true, publish: false, recordNetworkThemes: false };
    const rep = { readPublished: true, publish: false, recordNetworkThemes: true };
    const triage = { readPublished: true, publish: true, recordNetworkThemes: false };
    expect([mayUse('published', smt), mayUse('publish', smt), mayUse('networkThemes', smt)]).toEqual([true, false, false]);
    expect([mayUse('published', rep), mayUse('publish', rep), mayUse('networkThemes', rep)]).toEqual([true, false, true]);
    expect([mayUse('published', triage), mayUse('publish', triage), mayUse('networkThemes', triage)]).toEqual([true, true, false]);
  });
});
