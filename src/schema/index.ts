// The lists as code (ARCHITECTURE.md "schema/"): the single source for the provisioner, the store and the
// emulator. Nothing else spells a field internal name.
export * from './fields';
export * from './lists';
export * from './security';
export * from './version';
