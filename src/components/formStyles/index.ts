export * from './formStyles';
