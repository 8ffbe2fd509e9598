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
import { addSums, CellBook, IndexedFigures, mapFigures } from './cellBook';
import { changeBetween } from './compare';
import { Protector } from './protector';
import {
  CountCell,
  DEFAULT_SUPPRESSION_THRESHOLD,
  NetworkThemeRecord,
  PublishedQuarterFigures,
  PublishedThemesReport,
  RatioCell,
  RawQuarterFigures,
  SuppressedCell,
  ThemeRecord,
  ThemesReport
} from './types';

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function publishFigures(raw: RawQuarterFigures, threshold: number): PublishedQuarterFigures {
  const book = new CellBook();
  const indexed: IndexedFigures = mapFigures(
    raw,
    (v: number) => book.add(v),
    () => null,
    () => null
  );
  addSums(book, indexed, raw.linkage);
  book.headline.add(indexed.totalAlerts);
  book.headline.add(indexed.networkThemes.total);
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
  return mapFigures(indexed, count, (_s, which) =>
    which === 'firstContact'
      ? ratio(indexed.firstContact.withinTarget, indexed.firstContact.late)
      : ratio(indexed.redFollowUps.onTime, indexed.redFollowUps.late),
    () => (rawMedian === null || contacted < threshold ? suppressed : { kind: 'hours', value: round1(rawMedian) })
  );
}

/**
 * R20: the publishable report. Counts below threshold (and enough others to stop them being worked
 * out) become { kind: 'suppressed' } with no value; see the notes at the top of this file.
 */
export function suppressSmallCounts(
  report: ThemesReport,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD
): PublishedThemesReport {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError('The suppression threshold must be a whole number, 1 or more');
  }
  const current = publishFigures(report.current, threshold);
  const previous = publishFigures(report.previous, threshold);
  return { threshold, current, previous, change: changeBetween(current, previous, threshold) };
}

/** R18, R20: aggregate and protect in one step. */
export function publishThemesReport(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD
): PublishedThemesReport {
  return suppressSmallCounts(buildThemesReport(records, networkRecords, quarter), threshold);
}
