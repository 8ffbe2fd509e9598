export * from './LazyView';
