// R20: small-number protection of the quarterly themes report.
//
// R20: suppressSmallCounts turns the raw report into the only shape that may be published.
//      - Primary: a count above 0 and below the threshold (default 3) is suppressed.
//      - Zero is published as 0: it says nothing about any person, and hiding zeros would only make
//        real suppressions easier to locate. Suppressed cells are therefore never 0.
//      - Secondary: the report's published numbers are tied together by sums (teams add up to their
//        service area, service areas/locations/routes/RAG/outcomes/first-contact rows add up to the
//        total, locations add up to each theme in the theme-by-location grid, network themes add up
//        to their network, networks to the network total; with one theme per alert also themes add
//        up to the total and each location row to its location). Organisational knowledge adds two
//        more hidden links anyone on SMT may know: which route a service area goes to (R6) and which
//        office a team works from (modelled as unpublished two-way tables whose empty cells are
//        assumed known). Every suppressed count below the threshold must stay unrecoverable from all
//        of these together. First the classic rule: a sum with exactly one small count hidden gets
//        its next smallest part hidden too. Then an exact audit, repeated until it passes:
//          * linear algebra over all the sums (reduced row echelon form): is the count determined?
//          * bounds: every hidden count is a whole number >= 1 (zeros are published), propagated
//            through the sums and their reduced forms;
//          * linear programming over the null space of the sums: can the count move at all (up, or
//            down when above 1) without pushing another hidden count that is already 1 below 1?
//        A count that fails gets its nearest smallest published neighbour hidden (parts of sums
//        before sums; the headline totals last). Secondary suppressions (counts of threshold or more)
//        only protect small ones; being able to work one of them out reveals no small number.
//        Threat model: exact recovery of a small count from the published numbers and public
//        structure (test/domain/themes/themesAttacker.ts searches exhaustively and must fail).
//      - A suppressed cell carries no value, and primary and secondary suppressions look the same
//        (labelling which is which would hand an attacker bounds that pin values).
//      - Ratios and medians computed on fewer than threshold records are suppressed; a ratio is also
//        suppressed when its numerator or its complement is, because it would give them back.
//      - Change since the previous quarter is computed only from the two published figures: if either
//        cell is suppressed the change is too, so it can never reveal more than the two reports.
//      - Rows are sorted by id (fixed enum order for route, RAG, escalation, outcome, network), never

import type { Quarter } from '../quarters';
import { buildThemesReport } from './aggregate';
import { mapFigures } from './cellBook';
import { changeBetween, trendOf } from './compare';
import { PublicationContext, publicationBook, ROLLING_QUARTERS } from './publication';
import { Protector } from './protector';
import {
  CountCell,
  DEFAULT_SUPPRESSION_THRESHOLD,
  HoursCell,
  NetworkThemeRecord,
  PublishedQuarterFigures,
  PublishedThemesReport,
  RatioCell,
  RawQuarterFigures,
  RollingYearFigures,
  SuppressedCell,
  ThemeGroupDefinition,
  ThemeRecord,
  ThemesReport
} from './types';

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

interface ProtectedFigures {
  figures: PublishedQuarterFigures;
  rollingYear?: RollingYearFigures<CountCell>;
}

function publishFigures(raw: RawQuarterFigures, context: PublicationContext, quarterIds: string[] = []): ProtectedFigures {
  const { threshold } = context;
  const { book, indexed, rolling } = publicationBook(raw, context);
  const protector = new Protector(book, threshold);
  protector.run();
  const sup = protector.suppressed;
  const suppressed: SuppressedCell = { kind: 'suppressed', threshold };
  const count = (i: number): CountCell => (sup[i] ? suppressed : { kind: 'count', value: book.values[i] });
  const ratio = (part: number, other: number): RatioCell => {
    const n = book.values[part] + book.values[other];
    return sup[part] || sup[other] || n < threshold ? suppressed : { kind: 'ratio', value: book.values[part] / n };
  };
  const contacted = raw.firstContact.withinTarget + raw.firstContact.late;
  const rawMedian = raw.firstContact.medianHours;
  const figures: PublishedQuarterFigures = mapFigures(indexed, count, (_s, which) =>
    which === 'firstContact'
      ? ratio(indexed.firstContact.withinTarget, indexed.firstContact.late)
      : ratio(indexed.redFollowUps.onTime, indexed.redFollowUps.late),
    (): HoursCell => (rawMedian === null || contacted < threshold ? suppressed : { kind: 'hours', value: round1(rawMedian) })
  );
  if (rolling === undefined || context.periods === undefined) {
    return { figures };
  }
  const periods = context.periods.slice(-ROLLING_QUARTERS);
  const last = context.periods[context.periods.length - 1];
  const rows = (prefix: string, keys: ReadonlyArray<{ key: string }>): Array<{ key: string; count: CountCell }> =>
    keys.map((r) => ({ key: r.key, count: count(rolling.get(`${prefix}:${r.key}`) as number) }));
  return {
    figures,
    rollingYear: {
      quarterIds: quarterIds.length > 0 ? quarterIds : periods.map((p) => p.quarterId),
      firstLabel: periods[0].label,
      lastLabel: last.label,
      totalAlerts: count(rolling.get('total') as number),
      byGroup: rows('group', last.byGroup),
      byTheme: rows('theme', last.byTheme)
    }
  };
}

/** R18, R20: what a publication is protected within (R20: everything published before it). */
export interface PublishOptions {
  /** R18 (decision): theme groups from the reference data; without them no groups or rolling year. */
  groups?: ReadonlyArray<ThemeGroupDefinition>;
  /** Every report published before (all versions of all quarters; at least the last seven quarters). */
  earlier?: ReadonlyArray<PublishedThemesReport>;
  /** The previous quarter as SMT already saw it (its latest published version), if published. */
  previousPublished?: PublishedQuarterFigures;
}

/**
 * R20: the publishable report. Counts below threshold (and enough others to stop them being worked
 * out, across every earlier publication) become { kind: 'suppressed' } with no value; see the notes
 * at the top of this file.
 */
export function suppressSmallCounts(
  report: ThemesReport,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  options: PublishOptions = {}
): PublishedThemesReport {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError('The suppression threshold must be a whole number, 1 or more');
  }
  const earlier = options.earlier ?? [];
  // A previous quarter never published is protected first, then is part of what the new quarter is
  // protected within; one already published is repeated exactly as SMT saw it (withPublishedPrevious).
  const previous =
    options.previousPublished === undefined
      ? publishFigures(report.previous, {
          threshold,
          earlier,
          periods: report.periods?.slice(-2, -1),
          groups: options.groups
        }).figures
      : (JSON.parse(JSON.stringify(options.previousPublished)) as PublishedQuarterFigures);
  const withPrevious: PublishedThemesReport = {
    threshold,
    current: previous,
    previous,
    change: changeBetween(previous, previous, threshold)
  };
  const { figures: current, rollingYear } = publishFigures(report.current, {
    threshold,
    periods: report.periods,
    earlierFigures: report.earlierFigures,
    groups: options.groups,
    earlier: [...earlier, withPrevious]
  });
  const result: PublishedThemesReport = { threshold, current, previous, change: changeBetween(current, previous, threshold) };
  if (rollingYear !== undefined) {
    result.rollingYear = rollingYear;
    result.trend = trendOf(result, earlier);
  }
  return result;
}

/** R18, R20: aggregate and protect in one step. */
export function publishThemesReport(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  options: PublishOptions = {}
): PublishedThemesReport {
  return suppressSmallCounts(buildThemesReport(records, networkRecords, quarter, options.groups), threshold, options);
}
