import {
  buildThemesReport,
  NetworkThemeRecord,
  publishThemesReport,
  ThemeRecord,
  ThemesReport,
  withPublishedPrevious
} from '../../../src/domain/themes';
import { parseQuarterId, Quarter } from '../../../src/domain/quarters';
import { buildAttackModel, cellsOf, exhaustiveAttack, knowledgeOf, subtractionAttack } from './themesAttacker';

const Q2 = parseQuarterId('FY2026Q2') as Quarter;
const Q3 = parseQuarterId('FY2026Q3') as Quarter;

// ----- across quarters: the previous quarter as SMT saw it -----------------------------------------
function rec(createdAt: string, partial: Partial<ThemeRecord> = {}): ThemeRecord {
  return { createdAt, serviceAreaId: 'csc', teamId: 'csc-fr', locationId: 'hall', route: 'PSW', themeIds: ['workload'], escalations: [], ...partial };
}

/** Q2 as it stood when it was published (early October). */
const q2AtPublishing: ThemeRecord[] = [
  rec('2026-07-10T09:00:00Z', { rag: 'Green', outcome: 'ResolvedWithManager', firstContactHours: 5 }),
  rec('2026-07-20T09:00:00Z', { rag: 'Green', outcome: 'ResolvedWithManager', firstContactHours: 8 }),
  rec('2026-08-03T09:00:00Z', { rag: 'Green', firstContactHours: 10 }),
  rec('2026-08-14T09:00:00Z', { rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 30 }),
  rec('2026-09-01T09:00:00Z', { teamId: 'csc-cit', locationId: 'coal', themeIds: ['racism'], route: 'RaceChampionLead', firstContactHours: 50 }),
  rec('2026-09-11T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 12 }),
  rec('2026-09-12T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 14 }),
  rec('2026-09-13T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Amber', firstContactHours: 20 })
];

/** The same Q2 alerts in November: the racism alert was rated Red and escalated, two cases closed. */
const q2Later: ThemeRecord[] = q2AtPublishing.map((r, i) =>
  i === 4
    ? { ...r, rag: 'Red', escalations: ['GreenToRed'], outcome: 'ManagementActionTaken', redFollowUpOnTime: true }
    : i === 2
      ? { ...r, outcome: 'SignpostedToSupport' }
      : r
);

const q3: ThemeRecord[] = [
  rec('2026-10-05T09:00:00Z', { rag: 'Green', outcome: 'ResolvedWithManager', firstContactHours: 4 }),
  rec('2026-10-15T09:00:00Z', { rag: 'Green', firstContactHours: 6 }),
  rec('2026-10-25T09:00:00Z', { rag: 'Green', firstContactHours: 7 }),
  rec('2026-11-02T09:00:00Z', { rag: 'Red', escalations: ['AmberToRed'], firstContactHours: 60 }),
  rec('2026-11-05T09:00:00Z', { teamId: 'csc-cit', locationId: 'coal', themeIds: ['racism'], route: 'RaceChampionLead', rag: 'Amber', firstContactHours: 9 }),
  rec('2026-11-06T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 3 }),
  rec('2026-11-09T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 5 })
];

const networks: NetworkThemeRecord[] = [
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'racism', count: 4 },
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'workload', count: 1 },
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: 2 },
  { network: 'LgbtStaffNetwork', quarterId: 'FY2026Q3', themeId: 'workload', count: 3 }
];

describe('the previous quarter as SMT already saw it (R18, R20)', () => {
  const q2Report = publishThemesReport(q2AtPublishing, networks, Q2);
  const recomputed = publishThemesReport([...q2Later, ...q3], networks, Q3);
  const withSnapshot = withPublishedPrevious(recomputed, q2Report.current);

  it('R18: without the snapshot the new report would show SMT a second, different version of the previous quarter', () => {
    expect(recomputed.previous).not.toEqual(q2Report.current);
  });

  it('R20: with the snapshot the previous quarter is exactly what SMT saw, and the change is worked out from published figures', () => {
    expect(withSnapshot.previous).toEqual(q2Report.current);
    expect(withSnapshot.current).toEqual(recomputed.current);
    expect(withSnapshot.threshold).toBe(3);
    // Two published counts: 7 alerts now, 8 then.
    expect(withSnapshot.change.totalAlerts).toEqual({ kind: 'change', value: -1 });
    // A change against a hidden figure stays hidden.
    const raceNow = withSnapshot.current.byRoute.find((r) => r.key === 'RaceChampionLead');
    expect(raceNow?.count.kind).toBe('suppressed');
    expect(withSnapshot.change.byRoute.find((r) => r.key === 'RaceChampionLead')?.count).toEqual({ kind: 'suppressed', threshold: 3 });
    // The snapshot is a copy: changing the report cannot change what was published.
    expect(withSnapshot.previous).not.toBe(q2Report.current);
  });

  it('R20: holding both reports, no small count of either quarter can be recovered (subtraction or exhaustive search)', () => {
    const raw: ThemesReport = {
      current: buildThemesReport([...q2Later, ...q3], networks, Q3).current,
      previous: buildThemesReport(q2AtPublishing, networks, Q2).current
    };
    const model = buildAttackModel(withSnapshot, knowledgeOf(q3), knowledgeOf(q2AtPublishing));
    const truth = { cur: cellsOf(raw.current), prev: cellsOf(raw.previous) };
    const small = (found: Map<string, number>): string[] =>
      [...found].filter(([v, value]) => {
        const [quarter, path] = v.split('|');
        expect((quarter === 'cur' ? truth.cur : truth.prev).get(path)).toBe(value);
        return value < 3;
      }).map(([v]) => v);
    expect(model.secrets.length).toBeGreaterThan(10);
    expect(small(subtractionAttack(model))).toEqual([]);
    expect(small(exhaustiveAttack(model))).toEqual([]);
  });

  it('keeps the report as it is when the previous quarter was never published', () => {
    expect(withPublishedPrevious(recomputed, undefined)).toBe(recomputed);
  });
});
