// Issue 17: the web parts' store reads src/schema/runtime.ts (titles, internal names, types, choices, lengths),
// not the provisioner's full definitions. runtime.ts is made from lists.ts by tools/runtimeSchema.ts; these tests
// fail when the two disagree, so lists.ts stays the one place a column is defined.
import * as fs from 'fs';
import * as schema from '../../src/schema';
import * as runtime from '../../src/schema/runtime';
import { RUNTIME_SCHEMA_FILE, runtimeSchemaSource } from '../../tools/runtimeSchema';

describe('the runtime schema (issue 17)', () => {
  it('is what tools/runtimeSchema.ts makes from lists.ts (after changing a list: npm run schema:runtime)', () => {
    expect(fs.readFileSync(RUNTIME_SCHEMA_FILE, 'utf8')).toBe(runtimeSchemaSource(schema as unknown as Record<string, unknown>));
  });

  it('has every list with its title and every column with its internal name, type, choices and length', () => {
    const lists = runtime as unknown as Record<string, runtime.RuntimeList>;
    for (const full of schema.ALL_LISTS) {
      const name = Object.keys(schema).find((key) => (schema as Record<string, unknown>)[key] === full) as string;
      const list = lists[name];
      expect({ key: list.key, title: list.title, fields: Object.keys(list.fields) }).toEqual({
        key: full.key,
        title: full.title,
        fields: Object.keys(full.fields)
      });
      for (const key of Object.keys(full.fields)) {
        const f = full.fields[key];
        expect(list.fields[key]).toStrictEqual({
          internalName: f.internalName,
          type: f.type,
          ...('choices' in f ? { choices: f.choices } : {}),
          ...('maxLength' in f ? { maxLength: f.maxLength } : {})
        });
      }
    }
    expect(runtime.ITEM_SHARING).toEqual(schema.ITEM_SHARING);
  });

  it('carries no display names or descriptions (what made the store chunk heavy)', () => {
    const text = fs.readFileSync(RUNTIME_SCHEMA_FILE, 'utf8');
    expect(text).not.toContain(schema.AlertsList.fields.details.description);
    expect(text).not.toContain('displayName');
  });
});
