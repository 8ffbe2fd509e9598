import * as fs from 'fs';
import * as path from 'path';
import { londonLongDate, londonShortDateTime, londonTimeOfDay } from '../../src/domain/londonTime';
import { bankHolidays, firstContactSettings } from '../../src/referenceData';

/*
 * Issue 14: things that were written several times are written once. The first-contact clock's settings with
 * the bank holidays are built only in referenceData (they were built in four places: the board, the themes
 * report and twice in the preview's demo data), and dates are put into London words only in domain/londonTime
 * (three formatters, one per web part, before).
 */
const root = path.join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const code = ['src', 'preview', 'tools'].flatMap((dir) => filesUnder(path.join(root, dir)));
const where = (pattern: RegExp, files: string[] = code): string[] =>
  files.filter((f) => pattern.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('written once (issue 14)', () => {
  it('only referenceData reads the bank holidays file and builds the first-contact settings from the defaults', () => {
    expect(where(/bankHolidays\.json/)).toEqual(['src/referenceData/index.ts']);
    expect(where(/\.\.\.DEFAULT_FIRST_CONTACT_SETTINGS/)).toEqual(['src/referenceData/index.ts']);
  });

  it('the one formatter writes London dates, in summer time too, whatever the machine zone', () => {
    const lateEvening = new Date('2025-06-05T23:30:00Z'); // 00:30 on 6 June in London (BST)
    expect([londonLongDate(lateEvening), londonTimeOfDay(lateEvening), londonShortDateTime(lateEvening)]).toEqual(['6 June 2025', '00:30', '6 Jun 2025, 00:30']);
  });

  it('the one set of first-contact settings carries the mode and every bank holiday', () => {
    const settings = firstContactSettings('working');
    expect(settings.mode).toBe('working');
    expect(settings.bankHolidays).toEqual([...bankHolidays]);
    expect(bankHolidays).toContain('2025-12-25');
  });

  it('only domain/londonTime makes a date formatter for London', () => {
    const src = filesUnder(path.join(root, 'src'));
    expect(where(/new Intl\.DateTimeFormat\([^)]*(timeZone|LONDON_TIME_ZONE)/s, src)).toEqual(['src/domain/londonTime.ts']);
  });
});
