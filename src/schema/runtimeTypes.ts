// What the web parts' store needs of a list and its columns (issue 17): the list's title and each column's
// internal name, type, choices and length. runtime.ts holds these facts for every list, generated from lists.ts
// (the one source), so the store's chunk carries no display names, descriptions, security or provisioning rules.
import type { FieldType } from './fields';
import type { ListKey } from './keys';

export interface RuntimeField {
  internalName: string;
  type: FieldType;
  choices?: readonly string[];
  maxLength?: number;
}

/** A choice column whose values are `T` (as the domain spells them), so a read is typed by the column alone. */
export interface RuntimeChoiceField<T extends string = string> extends RuntimeField {
  type: 'Choice' | 'MultiChoice';
  choices: readonly T[];
}

export interface RuntimeList {
  key: ListKey;
  title: string;
  /** Keyed by the name the store uses for the value (lists.ts). */
  fields: Readonly<Record<string, RuntimeField>>;
}

/** The list's fields in definition order (a runtime list's, or lists.ts's full definitions). */
export function fieldsOf<F extends RuntimeField>(list: { fields: Readonly<Record<string, F>> }): F[] {
  return Object.keys(list.fields).map((name) => list.fields[name]);
}
