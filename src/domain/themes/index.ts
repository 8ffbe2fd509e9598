// R17-R20, R22: the quarterly themes report for SMT. One entry point for the rest of the solution.

export * from './types';
export { buildThemesReport, PERIODS_CARRIED } from './aggregate';
export type { PublishOptions } from './protect';
export { publishThemesReport, suppressSmallCounts } from './protect';
export { changeBetween, withPublishedPrevious } from './compare';
export type { CaseForThemes } from './fromCase';
export { themeRecordOfCase } from './fromCase';
export type { IdentifyingKind, IdentifyingText } from './identifyingText';
export { findIdentifyingText } from './identifyingText';
