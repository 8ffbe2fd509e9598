// List items <-> domain types. Pure functions: no PnPjs, no network. Every column name comes from schema/
// (the only place an internal name is spelt); this file only decides how each value is written and read.
//
// Conventions (SharePoint REST, JSON light):
// - a User column is written as `<InternalName>Id` (a site user id) and read back the same way; ids are
//   turned into login names by the caller's lookup, so domain types keep accounts, never numbers;
// - dates are written as ISO strings and read with `new Date`; blank choices and dates are written as null;
// - multi-choice values are arrays (verbose OData's `{ results: [...] }` is accepted on read).

import type { PersonRef } from '../../domain/managerSummary';
import { Answer, RuntimeChoiceField, RuntimeField } from '../../schema/runtime';
import type { StoreUser } from './IWellbeingStore';

/** A list item as SharePoint returns it (JSON light or verbose). */
export type SpItem = Record<string, unknown>;

/** Site user id -> the user, for reading User columns. */
export type UserById = (id: number) => StoreUser | undefined;
/** Login name -> site user id (resolved beforehand with ensureUser), for writing User columns. */
export type UserIdByLogin = (loginName: string) => number | undefined;

/** Thrown when an item cannot be mapped; attempt() turns it into an 'unknown' StoreError (no content, R22). */
export class MappingError extends Error {
  public constructor(what: string) {
    super(`Cannot map list item: ${what}`);
    this.name = 'MappingError';
  }
}

// ---------------------------------------------------------------------------------------------
// Reading values.

export function userKey(field: RuntimeField): string {
  return `${field.internalName}Id`;
}

export function etagOf(item: SpItem): string {
  const metadata = item.__metadata as { etag?: unknown } | undefined;
  const etag = item['odata.etag'] ?? item['@odata.etag'] ?? metadata?.etag;
  if (typeof etag !== 'string' || etag === '') {
    // Never fall back to '*': that would turn a stale update into a silent overwrite.
    throw new MappingError('no ETag');
  }
  return etag;
}

export function idOf(item: SpItem): number {
  const id = item.Id ?? item.ID;
  if (typeof id !== 'number') {
    throw new MappingError('no id');
  }
  return id;
}

export function raw(item: SpItem, field: RuntimeField): unknown {
  return item[field.internalName];
}

export function readText(item: SpItem, field: RuntimeField): string {
  const value = raw(item, field);
  return typeof value === 'string' ? value : '';
}

export function readOptionalText(item: SpItem, field: RuntimeField): string | undefined {
  const value = raw(item, field);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readBool(item: SpItem, field: RuntimeField): boolean {
  const value = raw(item, field);
  return value === true || value === 1 || value === '1' || value === 'true';
}

export function readNumber(item: SpItem, field: RuntimeField): number | undefined {
  const value = raw(item, field);
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) {
    return undefined;
  }
  const date = new Date(value);
  return isNaN(date.getTime()) ? undefined : date;
}

export function readDate(item: SpItem, field: RuntimeField): Date | undefined {
  return parseDate(raw(item, field));
}

export function requireDate(item: SpItem, field: RuntimeField): Date {
  const date = readDate(item, field);
  if (date === undefined) {
    throw new MappingError(`${field.internalName} is not a date`);
  }
  return date;
}

export function readMulti(item: SpItem, field: RuntimeField): string[] {
  const value = raw(item, field);
  const values = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results
      : [];
  return values.filter((v): v is string => typeof v === 'string');
}

/** Whether a value is one the choice column allows (its schema's values, typed as the domain's). */
export function isChoiceOf<T extends string>(field: RuntimeChoiceField<T>, value: unknown): value is T {
  return typeof value === 'string' && (field.choices as readonly string[]).indexOf(value) >= 0;
}

/**
 * A choice read back, checked against the values its schema column allows (the type comes from the column, so
 * no mapper passes the list again): an unknown value is a mapping error, not a guess.
 */
export function readChoice<T extends string>(item: SpItem, field: RuntimeChoiceField<T>): T {
  const value = raw(item, field);
  if (isChoiceOf(field, value)) {
    return value;
  }
  throw new MappingError(`${field.internalName} has an unexpected value`);
}

export function readOptionalChoice<T extends string>(item: SpItem, field: RuntimeChoiceField<T>): T | undefined {
  const value = raw(item, field);
  return value === null || value === undefined || value === '' ? undefined : readChoice(item, field);
}

/** A multi-choice read back: the values its schema column allows, others left out. */
export function readMultiChoice<T extends string>(item: SpItem, field: RuntimeChoiceField<T>): T[] {
  return readMulti(item, field).filter((v): v is T => isChoiceOf(field, v));
}

/**
 * Sets on `target` each of `values` that is defined, and returns it: an optional property read back blank is
 * left out, never set to undefined (so records compare equal however they were made).
 */
export function withDefined<T extends object>(target: T, values: { [K in keyof T]?: T[K] | undefined }): T {
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key];
    if (value !== undefined) {
      target[key] = value as T[keyof T];
    }
  }
  return target;
}

export function readUserId(item: SpItem, field: RuntimeField): number | undefined {
  const value = item[userKey(field)];
  return typeof value === 'number' && value > 0 ? value : undefined;
}

export function readLogin(item: SpItem, field: RuntimeField, users: UserById): string | undefined {
  const id = readUserId(item, field);
  return id === undefined ? undefined : users(id)?.loginName;
}

export function readPerson(item: SpItem, field: RuntimeField, users: UserById): PersonRef | undefined {
  const id = readUserId(item, field);
  const user = id === undefined ? undefined : users(id);
  return user === undefined ? undefined : { id: user.loginName, displayName: user.displayName };
}

/** The site user ids an item's User columns hold, so the caller can look them up in one round trip. */
export function userIdsOf(items: readonly SpItem[], fields: readonly RuntimeField[]): number[] {
  const ids = new Set<number>();
  for (const item of items) {
    for (const field of fields) {
      const id = readUserId(item, field);
      if (id !== undefined) {
        ids.add(id);
      }
    }
  }
  return Array.from(ids);
}

/**
 * One comparable form of a column value as written or as read back: dates as instants (SharePoint drops
 * milliseconds), multi-values as sorted lists, blanks as ''. Used to tell "our own earlier write" from
 * "someone else's change" after a 412.
 */
export function toStoredValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  if (Array.isArray(value)) {
    return JSON.stringify(value.map((v) => toStoredValue(v)).sort());
  }
  if (typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return toStoredValue((value as { results: unknown[] }).results);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !isNaN(Date.parse(value))) {
    return `date:${Math.floor(Date.parse(value) / 1000)}`;
  }
  if (value instanceof Date) {
    return `date:${Math.floor(value.getTime() / 1000)}`;
  }
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Writing values.

export function iso(date: Date | undefined): string | null {
  return date === undefined ? null : date.toISOString();
}

export function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

export function answer(value: boolean | undefined): Answer | null {
  return value === undefined ? null : value ? 'Yes' : 'No';
}

export function readAnswer(item: SpItem, field: RuntimeField): boolean | undefined {
  const value = raw(item, field);
  return value === 'Yes' ? true : value === 'No' ? false : undefined;
}

export function userIdOrNull(login: string | undefined, ids: UserIdByLogin): number | null {
  if (login === undefined || login === '') {
    return null;
  }
  const id = ids(login);
  if (id === undefined) {
    throw new MappingError('an account was not resolved before writing');
  }
  return id;
}

