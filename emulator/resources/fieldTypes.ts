/*
 * Which properties a field write may carry. SharePoint reads a field's REST body as the entity type the body
 * names (`"__metadata": { "type": "SP.FieldChoice" }` in verbose JSON, `"@odata.type": "#SP.FieldChoice"` in
 * JSON light) and as SP.Field when it names none, so `Choices` or `MaxLength` without the type is refused:
 * 400 "The property 'Choices' does not exist on type 'SP.Field'. Make sure to only use property names that
 * are defined by the type." (a real SharePoint Online response quoted in pnp/pnpcore#1644). Property names per
 * type are those of Microsoft's SP.Field* REST types (learn.microsoft.com, SP.Field / SP.FieldText /
 * SP.FieldMultiLineText / SP.FieldMultiChoice / SP.FieldChoice / SP.FieldNumber / SP.FieldDateTime /
 * SP.FieldLookup / SP.FieldUser). Note: PnPjs v4 `field.update(props, fieldType)` does not send `fieldType`
 * (@pnp/sp fields/types.js reads it and drops it), so a caller must put the type in `props` itself.
 */
import { EmulatorError } from '../store';

const FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'SP.Field': [
    'ClientSideComponentId',
    'ClientSideComponentProperties',
    'ClientValidationFormula',
    'ClientValidationMessage',
    'CustomFormatter',
    'DefaultFormula',
    'DefaultValue',
    'Description',
    'Direction',
    'EnforceUniqueValues',
    'FieldTypeKind',
    'Group',
    'Hidden',
    'Indexed',
    'JSLink',
    'NoCrawl',
    'ReadOnlyField',
    'Required',
    'SchemaXml',
    'ShowInFiltersPane',
    'StaticName',
    'Title',
    'TypeAsString',
    'ValidationFormula',
    'ValidationMessage'
  ],
  'SP.FieldText': ['MaxLength'],
  'SP.FieldMultiLineText': ['AllowHyperlink', 'AppendOnly', 'NumberOfLines', 'RestrictedMode', 'RichText', 'UnlimitedLengthInDocumentLibrary', 'WikiLinking'],
  'SP.FieldMultiChoice': ['Choices', 'FillInChoice', 'Mappings'],
  'SP.FieldChoice': ['EditFormat'],
  'SP.FieldNumber': ['DisplayFormat', 'MaximumValue', 'MinimumValue', 'ShowAsPercentage'],
  'SP.FieldDateTime': ['DateTimeCalendarType', 'DisplayFormat', 'FriendlyDisplayFormat'],
  'SP.FieldLookup': ['AllowMultipleValues', 'DependentLookupInternalNames', 'IsRelationship', 'LookupField', 'LookupList', 'LookupWebId', 'PrimaryFieldId', 'RelationshipDeleteBehavior'],
  'SP.FieldUser': ['AllowDisplay', 'Presence', 'SelectionGroup', 'SelectionMode']
};

/** Each type's base type (SP.FieldChoice derives from SP.FieldMultiChoice, SP.FieldUser from SP.FieldLookup). */
const BASE_TYPE: Readonly<Record<string, string>> = {
  'SP.FieldChoice': 'SP.FieldMultiChoice',
  'SP.FieldUser': 'SP.FieldLookup'
};

/** The type and its base types, most derived first, ending with SP.Field. */
export function typeChain(type: string): string[] {
  const chain: string[] = [];
  for (let t: string | undefined = type; t && chain.indexOf(t) < 0; t = BASE_TYPE[t] || (t === 'SP.Field' ? undefined : 'SP.Field')) chain.push(t);
  return chain;
}

/** The entity type a REST body names: `__metadata.type` (verbose) or `@odata.type` ('#SP.FieldChoice'); SP.Field otherwise. */
export function declaredType(body: Record<string, unknown>): string {
  const meta = body.__metadata as { type?: unknown } | undefined;
  if (meta && typeof meta.type === 'string') return meta.type;
  const light = body['@odata.type'];
  if (typeof light === 'string') return light.replace(/^#/, '');
  return 'SP.Field';
}

function isAnnotation(key: string): boolean {
  return key === '__metadata' || key.startsWith('@odata.') || key.startsWith('odata.');
}

const invalid = (message: string): EmulatorError => new EmulatorError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

/**
 * Refuses a property the declared type does not define, and a declared type the field is not (a Text field
 * cannot be written as SP.FieldChoice: our stricter guess, as SharePoint publishes no text for it).
 * `fieldType` is the field's own SP.Field* type (undefined when the field is being created).
 */
export function checkFieldProperties(body: Record<string, unknown>, fieldType?: string): void {
  const type = declaredType(body);
  if (!FIELD_PROPERTIES[type]) throw invalid(`The type '${type}' is not a field type.`);
  if (fieldType !== undefined && typeChain(fieldType).indexOf(type) < 0) {
    throw invalid(`A field of type '${fieldType}' cannot be updated as '${type}'.`);
  }
  const allowed = typeChain(type).reduce<string[]>((all, t) => all.concat(FIELD_PROPERTIES[t] || []), []);
  for (const key of Object.keys(body)) {
    if (isAnnotation(key) || allowed.indexOf(key) >= 0) continue;
    throw invalid(`The property '${key}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);
  }
}
