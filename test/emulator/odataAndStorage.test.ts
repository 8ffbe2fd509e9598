import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluate, leadingClause, leadingCondition, ODataQueryError, parseFilter, parseOrderBy } from '../../emulator/odata/query';
import { startEmulator } from '../../emulator/server';
import { OWNER, spAs } from './helpers';

describe('$filter', () => {
  const row: Record<string, unknown> = { Title: "O'Neil", Rank: 5, Done: true, Due: '2024-05-01T10:00:00Z', Tags: ['a', 'b'], Empty: null };
  const matches = (filter: string): boolean => evaluate(parseFilter(filter), (f) => row[f]);

  it('evaluates comparisons, logic, functions and literals as SharePoint does', () => {
    expect(matches("Title eq 'O''Neil'")).toBe(true);
    expect(matches("Title eq 'o''neil'")).toBe(true);
    expect(matches('Rank gt 4 and Rank le 5')).toBe(true);
    expect(matches('not (Rank eq 5) or Done eq 1')).toBe(true);
    expect(matches('Done eq false')).toBe(false);
    expect(matches("Due lt datetime'2024-06-01T00:00:00Z'")).toBe(true);
    expect(matches("Tags eq 'b'")).toBe(true);
    expect(matches('Empty eq null')).toBe(true);
    expect(matches("startswith(Title,'O''N') and substringof('neil', Title)")).toBe(true);
  });

  it('rejects what SharePoint rejects', () => {
    expect(() => parseFilter("Title eq 'O'Neil'")).toThrow(ODataQueryError);
    expect(() => parseFilter('Title eq')).toThrow(ODataQueryError);
    expect(() => parseFilter('Title like 1')).toThrow(ODataQueryError);
  });

  it('finds the leading clause the threshold rule looks at', () => {
    expect(leadingClause(parseFilter("A eq 1 and B eq 2 and C eq 3"))).toMatchObject({ field: 'A' });
    expect(leadingClause(parseFilter('A eq 1 or B eq 2'))).toBeUndefined();
    // the whole leading condition: the run of clauses on the lead's column (a range), ended by another column
    expect(leadingCondition(parseFilter('A ge 1 and a lt 5 and B eq 2'))?.map((c) => c.field)).toEqual(['A', 'a']);
    expect(leadingCondition(parseFilter('(A ge 1 and A lt 5) and B eq 2'))).toHaveLength(2);
    expect(leadingCondition(parseFilter('A ge 1 and B eq 2 and A lt 5'))).toHaveLength(1);
    expect(leadingCondition(parseFilter('A ge 1 and A ne 3'))).toHaveLength(1);
    expect(parseOrderBy('Rank desc, Title')).toEqual([
      { field: 'Rank', descending: true },
      { field: 'Title', descending: false }
    ]);
  });
});

describe('storage', () => {
  it('keeps its data in a SQLite file across restarts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-'));
    const dbPath = path.join(dir, 'site.sqlite');
    try {
      const first = await startEmulator({ dbPath });
      await spAs(first, OWNER).web.lists.add('Kept');
      await spAs(first, OWNER).web.lists.getByTitle('Kept').items.add({ Title: 'still here' });
      await first.close();
      const second = await startEmulator({ dbPath });
      const items = await spAs(second, OWNER).web.lists.getByTitle('Kept').items.select('Title')();
      expect(items.map((i) => i.Title)).toEqual(['still here']);
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
