/*
 * The emulator's records (principals, lists, fields, items, mail), its error type and the SharePoint
 * constants they share.
 */
import { BUILT_IN_ROLES, LIMITED_ACCESS_ID, Mask, RoleDefinition } from '../permissions';

export interface SeedUser {
  id: number;
  title: string;
  email: string;
  loginName: string;
  /** Group keys: 'owners' | 'members' | 'visitors'. */
  groups?: string[];
  isSiteAdmin?: boolean;
  /** A guest: not covered by "Everyone except external users". */
  external?: boolean;
  persona?: string;
  key?: string;
  /** The directory's job title (Microsoft Graph `jobTitle`). */
  jobTitle?: string;
  /**
   * false: a tenant account not yet in the site's user list. It is found by Graph's /users and by ensureuser
   * (which adds it), and joins the list on its first request to the site, as SharePoint adds a visitor.
   */
  onSite?: boolean;
}

export interface User {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
  IsSiteAdmin: boolean;
  PrincipalType: number;
  external: boolean;
  /** An app principal (apps.ts): the Entra ID app's client id. Its permissions come only from its site grant. */
  appId?: string;
}

export interface Group {
  Id: number;
  Title: string;
  Description: string;
  OwnerId: number;
  OnlyAllowMembersViewMembership: boolean;
  AllowMembersEditMembership: boolean;
  AllowRequestToJoinLeave: boolean;
  AutoAcceptRequestToJoinLeave: boolean;
  RequestToJoinLeaveEmailSetting: string;
}

export type { RoleDefinition };

export interface ListRecord {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  ReadSecurity: number;
  WriteSecurity: number;
  NoCrawl: boolean;
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  EnableAttachments: boolean;
  EnableFolderCreation: boolean;
  OnQuickLaunch: boolean;
  Hidden: boolean;
  Created: string;
  HasUniqueRoleAssignments: boolean;
  [key: string]: unknown;
}

export interface FieldRecord {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  Description: string;
  MaxLength?: number;
  Choices?: string[];
  AllowMultipleValues?: boolean;
  SchemaXml: string;
  DefaultValue: string | null;
  /** Built in (Id, Title, Created...): never removable. */
  builtIn?: boolean;
  [key: string]: unknown;
}

export interface ItemRecord {
  Id: number;
  GUID: string;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  version: number;
  HasUniqueRoleAssignments: boolean;
  values: Record<string, unknown>;
  /** Earlier versions, oldest first, kept while the list's versioning is on (README "Item versions"). */
  history?: ItemVersionRecord[];
}

/** One earlier version of an item: its values as they were, who saved it and when. */
export interface ItemVersionRecord {
  version: number;
  values: Record<string, unknown>;
  EditorId: number;
  Modified: string;
}

export interface MailRecord {
  id: number;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  contentType: string;
  sentAt: string;
}

export type Scope = { kind: 'web' } | { kind: 'list'; list: ListRecord } | { kind: 'item'; list: ListRecord; item: ItemRecord };

export class EmulatorError extends Error {
  public readonly status: number;
  public readonly code: string;
  public constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const ACCESS_DENIED = (): EmulatorError =>
  new EmulatorError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');

export const EVERYONE_EXCEPT_EXTERNAL = /^c:0-\.f\|rolemanager\|spo-grid-all-users\//i;
export const EVERYONE = /^c:0\(\.s\|true$/i;

export const FIELD_KIND: Readonly<Record<string, number>> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20
};

const FIELD_ODATA_TYPE: Readonly<Record<string, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber',
  DateTime: 'SP.FieldDateTime',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  Counter: 'SP.Field',
  Boolean: 'SP.Field',
  Integer: 'SP.Field'
};

export function fieldODataType(field: FieldRecord): string {
  return FIELD_ODATA_TYPE[field.TypeAsString] || 'SP.Field';
}

export const LIMITED_ACCESS_MASK: Mask = (BUILT_IN_ROLES.find((r) => r.Id === LIMITED_ACCESS_ID) as { BasePermissions: Mask }).BasePermissions;

/** SharePoint's timestamps have whole seconds. */
export const isoSeconds = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

