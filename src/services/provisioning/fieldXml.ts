import type { FieldDefinition } from '../../schema';

/**
 * A field as SharePoint's CreateFieldAsXml takes it. One form for every type, so a field is created in one
 * request with its internal name, limits, choices and index (AddFieldInternalNameHint keeps `Name` as the
 * internal name instead of deriving it from the display name).
 */
export const ADD_FIELD_OPTIONS = 8 | 16; // AddFieldInternalNameHint | AddToDefaultView

const SP_TYPE: Readonly<Record<FieldDefinition['type'], string>> = {
  Text: 'Text',
  Note: 'Note',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  Number: 'Number',
  Integer: 'Number',
  DateTime: 'DateTime',
  Boolean: 'Boolean',
  User: 'User',
  UserMulti: 'UserMulti'
};

/** SP.Field* type names, for updates (PnPjs asks SharePoint for it otherwise: one request saved per field). */
export const SP_FIELD_TYPE: Readonly<Record<FieldDefinition['type'], string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber',
  Integer: 'SP.FieldNumber',
  DateTime: 'SP.FieldDateTime',
  Boolean: 'SP.Field',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser'
};

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const bool = (value: boolean): string => (value ? 'TRUE' : 'FALSE');

export function fieldSchemaXml(field: FieldDefinition): string {
  const attributes: [string, string][] = [
    ['Type', SP_TYPE[field.type]],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Description', field.description],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed)]
  ];
  if (field.unique) {
    attributes.push(['EnforceUniqueValues', 'TRUE']);
  }
  let children = '';
  switch (field.type) {
    case 'Text':
      attributes.push(['MaxLength', String(field.maxLength)]);
      break;
    case 'Note':
      attributes.push(['RichText', 'FALSE'], ['NumLines', '6'], ['UnlimitedLengthInDocumentLibrary', 'FALSE']);
      break;
    case 'Choice':
    case 'MultiChoice':
      attributes.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
      children =
        `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>` +
        (field.defaultValue === undefined ? '' : `<Default>${escapeXml(field.defaultValue)}</Default>`);
      break;
    case 'Number':
    case 'Integer':
      attributes.push(['Decimals', field.type === 'Integer' ? '0' : '2']);
      if (field.min !== undefined) attributes.push(['Min', String(field.min)]);
      if (field.max !== undefined) attributes.push(['Max', String(field.max)]);
      break;
    case 'DateTime':
      attributes.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
      break;
    case 'Boolean':
      children = `<Default>${field.defaultValue ? '1' : '0'}</Default>`;
      break;
    case 'User':
    case 'UserMulti':
      attributes.push(['UserSelectionMode', field.selectionMode], ['Mult', bool(field.type === 'UserMulti')]);
      break;
  }
  const attrs = attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
  return children ? `<Field ${attrs}>${children}</Field>` : `<Field ${attrs} />`;
}
