export * from './organisationNames';
