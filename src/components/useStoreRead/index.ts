export * from './useStoreRead';
