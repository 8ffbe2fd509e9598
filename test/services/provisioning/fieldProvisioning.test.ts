import { AlertsList, ALL_LISTS, ConfigList, ManagerSummariesList } from '../../../src/schema';
import { assertUniqueColumnsAllowed } from '../../../src/services/provisioning/fieldProvisioning';

describe('unique columns only where SharePoint allows them (issue 12 #1)', () => {
  it('the schema asks for none on a list with item-level security or item permissions', () => {
    for (const list of ALL_LISTS) {
      expect(() => assertUniqueColumnsAllowed(list)).not.toThrow();
    }
  });

  it('refuses, before any change, a unique column on a list whose items only their authors read or write', () => {
    const reference = { ...AlertsList.fields.reference, unique: true as const };
    const oldAlerts = { ...AlertsList, fields: { ...AlertsList.fields, reference } };
    expect(() => assertUniqueColumnsAllowed(oldAlerts)).toThrow(
      `The schema asks for unique values in ${AlertsList.title}.${reference.internalName}, but SharePoint refuses unique columns on a list with item-level security or item permissions.`
    );
  });

  it('refuses one on a list whose items are shared one by one, even with ReadSecurity 1', () => {
    expect(ManagerSummariesList.readSecurity).toBe(1);
    const key = { ...ConfigList.fields.key };
    const shared = { ...ManagerSummariesList, fields: { ...ManagerSummariesList.fields, key } };
    expect(() => assertUniqueColumnsAllowed(shared)).toThrow(/refuses unique columns/);
    expect(() => assertUniqueColumnsAllowed(ConfigList)).not.toThrow();
  });
});
