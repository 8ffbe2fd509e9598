export * from './Problem';
