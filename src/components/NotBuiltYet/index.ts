export { NotBuiltYet } from './NotBuiltYet';
export type { INotBuiltYetProps } from './NotBuiltYet';
