// What one user action does across the store (ARCHITECTURE.md "workflows/"): components call these and say the
// outcome in words; none of them renders anything.
export * from './outcome';
export * from './submitAlert';
export * from './openWaitingCases';
export * from './saveCaseChange';
export * from './saveRecordThenThemes';
export * from './shareSummary';
export * from './publishQuarter';
export * from './replyToRaiser';
