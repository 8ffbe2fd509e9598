// List items <-> domain types, one codec per list (each a file of pure functions: no PnPjs, no network).
// This module gathers them, so every import of './mapping' works as before.
export * from './itemValues';
export * from './alertCodec';
export * from './caseCodec';
export * from './caseEventCodec';
export * from './summaryCodec';
export * from './themeCodec';
export * from './configCodec';
