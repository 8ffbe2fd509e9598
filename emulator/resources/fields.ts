/*
 * Fields: routes, created from SchemaXml or properties, updated (with their type: fieldTypes.ts), and the
 * rule that a unique column and item-level security do not mix.
 */
import { err, NOT_FOUND_RESOURCE, SPEXCEPTION, UNIQUE_ON_ITEM_SECURITY, UNIQUE_ON_UNIQUE_ITEMS } from '../http/errors';
import { empty, entityReply, parseBody } from '../http/replies';
import { Env } from '../http/types';
import { collection } from '../odata/collection';
import { fieldODataType, FieldRecord, ListRecord } from '../store';
import { checkFieldProperties } from './fieldTypes';
import { toArray } from './items';
import { ActionHandler, Actions, requireOn, Routes } from './targets';

export function fieldEntity(env: Env, list: ListRecord, field: FieldRecord): Record<string, unknown> {
  const { builtIn, ...rest } = field;
  void builtIn;
  return {
    'odata.type': fieldODataType(field),
    'odata.id': `${env.webUrl}/_api/Web/Lists(guid'${list.Id}')/Fields(guid'${field.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')/Fields(guid'${field.Id}')`,
    ...rest
  };
}

export function addFieldFromXml(env: Env, list: ListRecord, xml: string): FieldRecord {
  const field = parseFieldXml(xml);
  if (field.EnforceUniqueValues) checkUniqueAllowed(env, list, field.InternalName);
  return env.store.insertField(list, field);
}

export function addFieldFromProps(env: Env, list: ListRecord, props: Record<string, unknown>): FieldRecord {
  const kindToType: Record<number, string> = { 1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 8: 'Boolean', 9: 'Number', 15: 'MultiChoice', 20: 'User' };
  const title = String(props.Title || '');
  const type = kindToType[Number(props.FieldTypeKind)] || 'Text';
  const choices = props.Choices as unknown;
  if (props.EnforceUniqueValues) checkUniqueAllowed(env, list, title);
  return env.store.insertField(list, {
    InternalName: title.replace(/[^A-Za-z0-9_]/g, ''),
    Title: title,
    TypeAsString: type === 'User' && props.AllowMultipleValues ? 'UserMulti' : type,
    Required: Boolean(props.Required),
    Indexed: Boolean(props.Indexed),
    EnforceUniqueValues: Boolean(props.EnforceUniqueValues),
    MaxLength: type === 'Text' ? Number(props.MaxLength || 255) : undefined,
    Choices: type === 'Choice' || type === 'MultiChoice' ? toArray(choices).map(String) : undefined
  });
}

export function uniqueColumns(env: Env, list: ListRecord): string[] {
  return env.store
    .fields(list)
    .filter((f) => f.EnforceUniqueValues)
    .map((f) => f.InternalName);
}

/** A column may enforce unique values only on a list without item-level permissions or items with their own. */
export function checkUniqueAllowed(env: Env, list: ListRecord, name: string): void {
  if (Number(list.ReadSecurity ?? 1) !== 1 || Number(list.WriteSecurity ?? 1) !== 1) throw UNIQUE_ON_ITEM_SECURITY(name);
  if (env.store.items(list).some((i) => i.HasUniqueRoleAssignments)) throw UNIQUE_ON_UNIQUE_ITEMS(name);
}

/** Field MERGE: the properties the body's declared type defines (see fieldTypes.ts), or a whole new SchemaXml. */
export function updateField(env: Env, list: ListRecord, field: FieldRecord, props: Record<string, unknown>): void {
  checkFieldProperties(props, fieldODataType(field));
  let updated: FieldRecord = { ...field };
  if (typeof props.SchemaXml === 'string') {
    const parsed = parseFieldXml(props.SchemaXml);
    if (parsed.TypeAsString !== field.TypeAsString || parsed.InternalName.toLowerCase() !== field.InternalName.toLowerCase()) {
      throw err(400, '-2146232832, Microsoft.SharePoint.SPException', `The SchemaXml of '${field.InternalName}' must keep its name and type.`);
    }
    updated = { ...updated, ...parsed, Id: field.Id, InternalName: field.InternalName };
  }
  updated = changedType(env, list, updated, props);
  for (const [key, value] of Object.entries(props)) {
    if (key === '__metadata' || key.startsWith('@odata.') || key.startsWith('odata.') || value === undefined) continue;
    if (key === 'SchemaXml' || key === 'TypeAsString' || key === 'FieldTypeKind' || key === 'StaticName') continue;
    updated[key] = key === 'Choices' ? toArray(value).map(String) : value;
  }
  if (updated.EnforceUniqueValues && !updated.Indexed) {
    throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'You must index this column before enforcing unique values.');
  }
  if (updated.EnforceUniqueValues && !field.EnforceUniqueValues) checkUniqueAllowed(env, list, field.InternalName);
  env.store.saveField(list, updated);
}

/**
 * A field's type changed by a MERGE of `FieldTypeKind` or `TypeAsString` (both read/write on SP.Field: Microsoft's
 * Fields REST API reference, learn.microsoft.com dn600182). Only Choice to single line of text is applied, as
 * SharePoint's column settings offer it for a choice column and keep each item's value as its text (both are stored
 * as text); the text then holds 255 characters, and an item whose value is longer refuses the change (our stricter
 * guess). Every other change of type is refused with 400 (our stricter guess: conversions such as text to number
 * can lose data, and the product never needs one). A SchemaXml update still cannot change the type (above).
 */
function changedType(env: Env, list: ListRecord, field: FieldRecord, props: Record<string, unknown>): FieldRecord {
  const kindToType: Record<number, string> = { 1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 8: 'Boolean', 9: 'Number', 15: 'MultiChoice', 20: 'User' };
  const asked = typeof props.TypeAsString === 'string' ? props.TypeAsString : props.FieldTypeKind !== undefined ? kindToType[Number(props.FieldTypeKind)] : undefined;
  if (asked === undefined || asked === field.TypeAsString) return field;
  if (!(field.TypeAsString === 'Choice' && asked === 'Text')) {
    throw err(400, '-2146232832, Microsoft.SharePoint.SPException', `The type of '${field.InternalName}' cannot be changed from ${field.TypeAsString} to ${asked || 'an unknown type'}.`);
  }
  const tooLong = env.store.items(list).find((item) => String(item.values[field.InternalName] ?? '').length > 255);
  if (tooLong) {
    throw err(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `Item ${tooLong.Id} holds a value of '${field.InternalName}' longer than a single line of text.`);
  }
  const text: FieldRecord = { ...field, TypeAsString: 'Text', FieldTypeKind: 2, MaxLength: 255, DefaultValue: null };
  delete text.Choices;
  delete text.DisplayFormat;
  return text;
}

/** A `<Field .../>` as createfieldasxml and a SchemaXml update read it. */
export function parseFieldXml(xml: string): Partial<FieldRecord> & { InternalName: string; TypeAsString: string } {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'The field schema XML is not valid.');
  const attrs: Record<string, string> = {};
  for (const m of open[1].matchAll(/([A-Za-z_:]+)="([^"]*)"/g)) attrs[m[1]] = unescapeXml(m[2]);
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => unescapeXml(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const tf = (v: string | undefined): boolean => (v || '').toUpperCase() === 'TRUE';
  let type = attrs.Type || 'Text';
  if (type === 'User' && tf(attrs.Mult)) type = 'UserMulti';
  const name = attrs.Name || attrs.StaticName || attrs.DisplayName;
  if (!name) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'The field has no name.');
  const field: Partial<FieldRecord> & { InternalName: string; TypeAsString: string } = {
    InternalName: name,
    StaticName: attrs.StaticName || name,
    Title: attrs.DisplayName || name,
    TypeAsString: type,
    Description: attrs.Description || '',
    Required: tf(attrs.Required),
    Indexed: tf(attrs.Indexed),
    EnforceUniqueValues: tf(attrs.EnforceUniqueValues),
    SchemaXml: xml,
    DefaultValue: def ? unescapeXml(def[1]) : null
  };
  if (type === 'Text') field.MaxLength = Number(attrs.MaxLength || 255);
  if (type === 'Choice' || type === 'MultiChoice') field.Choices = choices;
  if (attrs.Min !== undefined) field.MinimumValue = Number(attrs.Min);
  if (attrs.Max !== undefined) field.MaximumValue = Number(attrs.Max);
  if (attrs.Format !== undefined) field.DisplayFormat = attrs.Format;
  return field;
}


export function unescapeXml(v: string): string {
  return v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export const fieldRoutes: Routes = {
  fields: {
    GET: (env, ctx, target) => collection(env, ctx, env.store.fields(target.list).map((f) => fieldEntity(env, target.list, f))),
    POST: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'list', list: target.list }, 'ManageLists');
      const props = parseBody(ctx);
      checkFieldProperties(props);
      return entityReply(env, ctx, 201, fieldEntity(env, target.list, addFieldFromProps(env, target.list, props)));
    }
  },
  field: {
    GET: (env, ctx, target) => entityReply(env, ctx, 200, fieldEntity(env, target.list, target.field)),
    MERGE: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'list', list: target.list }, 'ManageLists');
      updateField(env, target.list, target.field, parseBody(ctx));
      return empty(204);
    },
    DELETE: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'list', list: target.list }, 'ManageLists');
      if (target.field.builtIn) throw err(400, SPEXCEPTION, 'You cannot delete a hidden column.');
      env.store.deleteField(target.list, target.field);
      return empty(200);
    }
  }
};

/** createfieldasxml ({ parameters: { SchemaXml } }) and addfield ({ parameters: SP.FieldCreationInformation }). */
const addField: ActionHandler = (env, ctx, target) => {
  const parent = target.parent;
  if (parent.kind !== 'fields') throw NOT_FOUND_RESOURCE();
  requireOn(env, ctx.user, { kind: 'list', list: parent.list }, 'ManageLists');
  const params = (parseBody(ctx).parameters || {}) as Record<string, unknown>;
  const field =
    target.name === 'createfieldasxml' ? addFieldFromXml(env, parent.list, String(params.SchemaXml || '')) : addFieldFromProps(env, parent.list, params);
  return entityReply(env, ctx, 200, fieldEntity(env, parent.list, field));
};

export const fieldActions: Actions = { createfieldasxml: addField, addfield: addField };
