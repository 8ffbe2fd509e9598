import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/fields';
import { spPostMerge } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { AnyListDefinition, fieldsOf, FieldDefinition, refusesUniqueColumns, RETIRED_FIELDS } from '../../schema';
import { ADD_FIELD_OPTIONS, fieldSchemaXml, SP_FIELD_TYPE } from './fieldXml';
import type { ProvisionSteps } from './provisionSteps';

export interface ExistingField {
  InternalName: string;
  TypeAsString?: string;
  Title: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  MaxLength?: number;
  Choices?: string[];
}

export function readFields(list: IList): Promise<ExistingField[]> {
  return list.fields.select('InternalName', 'TypeAsString', 'Title', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'Choices')();
}

/**
 * A field MERGE that names the field's type. SharePoint refuses `Choices` or `MaxLength` on a MERGE typed as
 * the base SP.Field ("The property 'Choices' does not exist on type 'SP.Field'", issue 12 #3), and PnPjs 4's
 * `field.update(props, type)` does not put its type argument in the body, so the body is built here.
 */
export function updateField(list: IList, field: FieldDefinition, properties: Record<string, unknown>): Promise<void> {
  return spPostMerge(
    list.fields.getByInternalNameOrTitle(field.internalName),
    body({ '@odata.type': `#${SP_FIELD_TYPE[field.type]}`, ...properties })
  );
}

/**
 * SharePoint refuses a unique column on a list whose items are read or written only by their authors
 * (ReadSecurity or WriteSecurity not 1), or whose items have their own permissions (issue 12 #1; the rule is
 * schema/security.ts `refusesUniqueColumns`). The schema must never ask for that: refused before any change.
 */
export function assertUniqueColumnsAllowed(definition: AnyListDefinition): void {
  const unique = fieldsOf(definition).filter((f) => f.unique);
  if (unique.length && refusesUniqueColumns(definition.key)) {
    throw new Error(
      `The schema asks for unique values in ${definition.title}.${unique.map((f) => f.internalName).join(', ')}, ` +
        'but SharePoint refuses unique columns on a list with item-level security or item permissions.'
    );
  }
}

/**
 * Unique constraints the schema no longer has go first, before the list's settings or inheritance change:
 * a site an older schema left behind (unique columns on the alerts list, which has item-level security)
 * would otherwise have every later change refused. Returns the fields as they are afterwards.
 */
export async function dropStaleUniqueness(
  steps: ProvisionSteps,
  definition: AnyListDefinition,
  list: IList,
  existing: ExistingField[]
): Promise<ExistingField[]> {
  const after: ExistingField[] = [];
  for (const found of existing) {
    const field = fieldsOf(definition).find((f) => f.internalName === found.InternalName);
    if (field && found.EnforceUniqueValues && !field.unique) {
      await steps.change(`remove the unique constraint from ${definition.title}.${field.internalName}`, () =>
        updateField(list, field, { EnforceUniqueValues: false })
      );
      after.push({ ...found, EnforceUniqueValues: false });
    } else {
      after.push(found);
    }
  }
  return after;
}

/**
 * Adds the fields a list lacks and brings the others to their definition; a retired column is made optional. The
 * unique constraint of a field in `holdUnique` is left as it is (off, for a field added here): items already on
 * the list get that field's value first (backfills.ts), and `enforceHeldUnique` applies it after.
 */
export async function ensureFields(
  steps: ProvisionSteps,
  definition: AnyListDefinition,
  list: IList,
  existing: ExistingField[],
  holdUnique: readonly string[] = []
): Promise<void> {
  for (const retired of RETIRED_FIELDS.filter((r) => r.list === definition.key)) {
    const found = existing.find((f) => f.InternalName === retired.internalName);
    if (found?.Required === true) {
      await steps.change(`make retired field ${definition.title}.${retired.internalName} optional (${retired.why})`, () =>
        list.fields.getByInternalNameOrTitle(retired.internalName).update({ Required: false })
      );
    }
  }
  for (const wanted of fieldsOf(definition)) {
    const found = existing.find((f) => f.InternalName === wanted.internalName);
    const field = holdUnique.includes(wanted.internalName) && !found?.EnforceUniqueValues ? withoutUnique(wanted) : wanted;
    if (!found) {
      await steps.change(`add field ${definition.title}.${field.internalName}${field === wanted ? '' : ' (unique once filled)'}`, () =>
        list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field), Options: ADD_FIELD_OPTIONS })
      );
      continue;
    }
    if (found.TypeAsString === 'Choice' && field.type === 'Text') {
      // Issue 18: a service area, team or office column an older schema made a choice column becomes text holding
      // the key; SharePoint changes the type in place and each item keeps its value (emulator/README.md).
      await steps.change(`change field ${definition.title}.${field.internalName} from a choice column to text (values kept)`, () =>
        spPostMerge(list.fields.getByInternalNameOrTitle(field.internalName), body({ '@odata.type': '#SP.Field', FieldTypeKind: 2 }))
      );
    }
    const update = fieldUpdate(field, found);
    if (Object.keys(update).length) {
      await steps.change(`update field ${definition.title}.${field.internalName} (${Object.keys(update).join(', ')})`, () =>
        updateField(list, field, update)
      );
    }
  }
}

function withoutUnique(field: FieldDefinition): FieldDefinition {
  const copy = { ...field };
  delete copy.unique;
  return copy;
}

/** Applies the unique constraints `ensureFields` held back, once the items have their values. */
export async function enforceHeldUnique(
  steps: ProvisionSteps,
  definition: AnyListDefinition,
  list: IList,
  existing: ExistingField[],
  holdUnique: readonly string[]
): Promise<void> {
  for (const field of fieldsOf(definition).filter((f) => f.unique && holdUnique.includes(f.internalName))) {
    if (existing.find((f) => f.InternalName === field.internalName)?.EnforceUniqueValues) continue;
    await steps.change(`update field ${definition.title}.${field.internalName} (EnforceUniqueValues)`, () =>
      updateField(list, field, { EnforceUniqueValues: true })
    );
  }
}

/** What must change on an existing field to match its definition (empty when it already does). */
export function fieldUpdate(field: FieldDefinition, existing: ExistingField): Record<string, unknown> {
  const update: Record<string, unknown> = {};
  if (existing.Title !== field.displayName) update.Title = field.displayName;
  if (Boolean(existing.Required) !== field.required) update.Required = field.required;
  if (Boolean(existing.Indexed) !== field.indexed) update.Indexed = field.indexed;
  if (Boolean(existing.EnforceUniqueValues) !== Boolean(field.unique)) update.EnforceUniqueValues = Boolean(field.unique);
  if (field.type === 'Text' && Number(existing.MaxLength) !== field.maxLength) update.MaxLength = field.maxLength;
  if ((field.type === 'Choice' || field.type === 'MultiChoice') && !sameChoices(existing.Choices, field.choices)) {
    update.Choices = [...field.choices];
  }
  return update;
}

function sameChoices(existing: string[] | undefined, wanted: readonly string[]): boolean {
  const have = existing ?? [];
  return have.length === wanted.length && wanted.every((choice, i) => have[i] === choice);
}
