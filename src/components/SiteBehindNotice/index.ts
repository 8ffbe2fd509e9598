export * from './SiteBehindNotice';
