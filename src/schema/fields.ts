// Field (column) definitions: the one place a SharePoint internal name is spelt. The provisioner creates
// these columns, the store maps items through them, the emulator validates writes against them.

import { TEXT_LINE_MAX } from '../domain/limits';

export const FIELD_TYPES = [
  'Text',
  'Note',
  'Choice',
  'MultiChoice',
  'Number',
  'Integer',
  'DateTime',
  'Boolean',
  'User',
  'UserMulti'
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * SharePoint caps a multiple-lines-of-text column edited in the browser at 63,999 characters; columns
 * with no tighter domain limit use it so that validation still has a number to check.
 */
export const NOTE_MAX = 63999;

/** Internal names: PascalCase, letters and digits only (nothing SharePoint would escape as _x0020_). */
export const INTERNAL_NAME_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
/** SharePoint truncates internal names at 32 characters. */
export const INTERNAL_NAME_MAX = 32;

/**
 * Internal names SharePoint already uses on a list (built-in or hidden columns, or names that clash with
 * item properties in REST). Our own columns must not use them; `Title` is used only as the built-in.
 */
export const RESERVED_INTERNAL_NAMES: readonly string[] = [
  'ID',
  'Id',
  'Title',
  'Author',
  'Editor',
  'Created',
  'Modified',
  'Attachments',
  'ContentType',
  'ContentTypeId',
  'FileLeafRef',
  'FileRef',
  'FileDirRef',
  'FSObjType',
  'FileSizeDisplay',
  'GUID',
  'UniqueId',
  'Version',
  'Order',
  'Name',
  'Path',
  'Edit',
  'DocIcon',
  'LinkTitle',
  'LinkTitleNoMenu',
  'SelectTitle',
  'ItemChildCount',
  'FolderChildCount',
  'AppAuthor',
  'AppEditor',
  'WorkflowVersion',
  'WorkflowInstanceID',
  'InstanceID',
  'MetaInfo',
  'Level',
  'IsCurrentVersion',
  'Restricted',
  'Owshiddenversion',
  'ScopeId',
  'SortBehavior',
  'SyncClientId',
  'ProgId',
  'ServerUrl',
  'EncodedAbsUrl',
  'BaseName',
  'PermMask',
  'PrincipalCount',
  'ComplianceAssetId',
  'Description',
  'Status',
  'Comments',
  'Owner',
  'Date'
];

export function isReservedInternalName(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED_INTERNAL_NAMES.some((reserved) => reserved.toLowerCase() === lower);
}

interface FieldBase {
  /** The SharePoint internal (static) name. */
  internalName: string;
  displayName: string;
  description: string;
  required: boolean;
  /** Indexed so the store can filter on it past the 5,000-item list view threshold. */
  indexed: boolean;
  /** The built-in column of every list (only `Title`), relabelled rather than created. */
  builtIn?: true;
  /** Enforce unique values (SharePoint requires the column to be indexed). */
  unique?: true;
}

export interface TextFieldDefinition extends FieldBase {
  type: 'Text';
  /** At most 255 (TEXT_LINE_MAX); equal to the domain limit where domain/limits.ts has one. */
  maxLength: number;
}

export interface NoteFieldDefinition extends FieldBase {
  type: 'Note';
  /** SharePoint does not enforce this; validation (domain) and the emulator do. */
  maxLength: number;
  /** Plain text only: no rich text, so no markup is stored or rendered. */
  richText: false;
}

/**
 * A choice column. `T` is the values' type as the domain spells it (a column built from `ROUTES` is a
 * `ChoiceFieldDefinition<Route>`), so the store reads a typed value from the column alone (itemValues.ts
 * `readChoice`) and no mapper passes the list of values again.
 */
export interface ChoiceFieldDefinition<T extends string = string> extends FieldBase {
  type: 'Choice' | 'MultiChoice';
  choices: readonly T[];
  defaultValue?: T;
}

export interface NumberFieldDefinition extends FieldBase {
  type: 'Number' | 'Integer';
  min?: number;
  max?: number;
}

export interface DateTimeFieldDefinition extends FieldBase {
  type: 'DateTime';
  /** Date only (a form date) or date and time (clocks, audit). Stored in UTC either way. */
  dateOnly: boolean;
}

export interface BooleanFieldDefinition extends FieldBase {
  type: 'Boolean';
  defaultValue: boolean;
}

export interface UserFieldDefinition extends FieldBase {
  type: 'User' | 'UserMulti';
  selectionMode: 'PeopleOnly' | 'PeopleAndGroups';
}

export type FieldDefinition =
  | TextFieldDefinition
  | NoteFieldDefinition
  | ChoiceFieldDefinition
  | NumberFieldDefinition
  | DateTimeFieldDefinition
  | BooleanFieldDefinition
  | UserFieldDefinition;

/** Options every builder accepts. */
export interface FieldOptions {
  required?: boolean;
  indexed?: boolean;
  unique?: true;
}

function base(internalName: string, displayName: string, description: string, options: FieldOptions): FieldBase {
  const field: FieldBase = {
    internalName,
    displayName,
    description,
    required: options.required === true,
    indexed: options.indexed === true
  };
  if (options.unique === true) {
    field.unique = true;
  }
  return field;
}

/** The built-in Title column, given a meaning on this list. Never holds a worker's name (R22). */
export function titleField(displayName: string, description: string, options: FieldOptions = {}): TextFieldDefinition {
  return { ...base('Title', displayName, description, options), type: 'Text', maxLength: TEXT_LINE_MAX, builtIn: true };
}

export function textField(
  internalName: string,
  displayName: string,
  maxLength: number,
  description: string,
  options: FieldOptions = {}
): TextFieldDefinition {
  return { ...base(internalName, displayName, description, options), type: 'Text', maxLength };
}

export function noteField(
  internalName: string,
  displayName: string,
  maxLength: number,
  description: string,
  options: FieldOptions = {}
): NoteFieldDefinition {
  return { ...base(internalName, displayName, description, options), type: 'Note', maxLength, richText: false };
}

/** `T` as the other arguments fix it, never inferred from this one (TypeScript 5.4's `NoInfer`; SPFx builds with 5.3). */
type NotInferred<T> = [T][T extends unknown ? 0 : never];

export function choiceField<T extends string>(
  internalName: string,
  displayName: string,
  choices: readonly T[],
  description: string,
  options: FieldOptions & { defaultValue?: NotInferred<T> } = {}
): ChoiceFieldDefinition<T> {
  const field: ChoiceFieldDefinition<T> = { ...base(internalName, displayName, description, options), type: 'Choice', choices };
  if (options.defaultValue !== undefined) {
    field.defaultValue = options.defaultValue;
  }
  return field;
}

/** Multi-value columns cannot be indexed in SharePoint, so this builder takes no `indexed` option. */
export function multiChoiceField<T extends string>(
  internalName: string,
  displayName: string,
  choices: readonly T[],
  description: string,
  options: { required?: boolean } = {}
): ChoiceFieldDefinition<T> {
  return { ...base(internalName, displayName, description, options), type: 'MultiChoice', choices };
}

export function integerField(
  internalName: string,
  displayName: string,
  description: string,
  options: FieldOptions & { min?: number; max?: number } = {}
): NumberFieldDefinition {
  const field: NumberFieldDefinition = { ...base(internalName, displayName, description, options), type: 'Integer' };
  if (options.min !== undefined) {
    field.min = options.min;
  }
  if (options.max !== undefined) {
    field.max = options.max;
  }
  return field;
}

export function dateTimeField(
  internalName: string,
  displayName: string,
  dateOnly: boolean,
  description: string,
  options: FieldOptions = {}
): DateTimeFieldDefinition {
  return { ...base(internalName, displayName, description, options), type: 'DateTime', dateOnly };
}

export function booleanField(
  internalName: string,
  displayName: string,
  defaultValue: boolean,
  description: string,
  options: FieldOptions = {}
): BooleanFieldDefinition {
  return { ...base(internalName, displayName, description, options), type: 'Boolean', defaultValue };
}

export function userField(
  internalName: string,
  displayName: string,
  description: string,
  options: FieldOptions = {}
): UserFieldDefinition {
  return { ...base(internalName, displayName, description, options), type: 'User', selectionMode: 'PeopleOnly' };
}

/** Multi-value columns cannot be indexed in SharePoint. */
export function userMultiField(
  internalName: string,
  displayName: string,
  description: string,
  options: { required?: boolean } = {}
): UserFieldDefinition {
  return { ...base(internalName, displayName, description, options), type: 'UserMulti', selectionMode: 'PeopleOnly' };
}
