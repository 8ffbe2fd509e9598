/*
 * The emulator's state (emulator/state/): the Store and the records it keeps, in one import for the server,
 * the preview and the tests.
 */
export * from './state/types';
export { Store } from './state/store';
