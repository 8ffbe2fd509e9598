import { createHash } from 'crypto';
import {
  ALL_LISTS,
  CONFIG_KEYS,
  CUSTOM_PERMISSION_LEVELS,
  GROUPS,
  ITEM_SHARING,
  LIST_SECURITY,
  PRINCIPAL_DEFINITIONS,
  SCHEMA_DIGEST,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY
} from '../../src/schema';

/** JSON with keys sorted at every level, so the digest does not depend on the order properties were written in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])])
    );
  }
  return value;
}

/** Everything the provisioner applies to a site. */
function schemaDigest(): string {
  const schema = { ALL_LISTS, CUSTOM_PERMISSION_LEVELS, GROUPS, ITEM_SHARING, LIST_SECURITY, PRINCIPAL_DEFINITIONS };
  return createHash('sha256').update(JSON.stringify(canonical(schema))).digest('hex');
}

describe('the schema version means something', () => {
  it('the schema has not changed since SCHEMA_VERSION was raised (raise it and record the digest this prints when it has)', () => {
    const digest = schemaDigest();
    expect({ SCHEMA_VERSION, SCHEMA_DIGEST: digest }).toEqual({ SCHEMA_VERSION, SCHEMA_DIGEST });
  });

  it('the digest sees a change anywhere in what the provisioner applies', () => {
    const before = schemaDigest();
    const field = ALL_LISTS[0].fields[Object.keys(ALL_LISTS[0].fields)[1]] as { indexed: boolean };
    field.indexed = !field.indexed;
    try {
      expect(schemaDigest()).not.toBe(before);
    } finally {
      field.indexed = !field.indexed;
    }
    expect(schemaDigest()).toBe(before);
  });

  it('the version is a setting the web parts can read', () => {
    expect(Number.isInteger(SCHEMA_VERSION) && SCHEMA_VERSION > 0).toBe(true);
    expect(CONFIG_KEYS).toContain(SCHEMA_VERSION_KEY);
  });
});
