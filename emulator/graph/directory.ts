/*
 * The tenant directory as Microsoft Graph shows it (microsoft.graph.user): built from the seeded accounts.
 * A guest's userPrincipalName is `<mail with @ as _>#EXT#@<tenant>` and its userType 'Guest', as Entra ID
 * writes them; its mail is its own address.
 */
import { createHash } from 'crypto';
import type { SeedUser } from '../store';

export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string;
  userPrincipalName: string;
  jobTitle: string | null;
  userType: 'Member' | 'Guest';
  accountEnabled: boolean;
  businessPhones: string[];
  mobilePhone: string | null;
  officeLocation: string | null;
  preferredLanguage: string | null;
}

/** Properties a `$filter` or `$select` may name (Graph answers 400 for others). */
export const DIRECTORY_PROPERTIES: readonly (keyof DirectoryUser)[] = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'userType',
  'accountEnabled',
  'businessPhones',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage'
];

/** What GET /users answers without `$select` (learn.microsoft.com/graph/api/user-list: the default set). */
export const DEFAULT_USER_SELECT: readonly string[] = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id'
];

/** A stable object id per account (Entra object ids are GUIDs, unrelated to the site's user ids). */
function objectId(email: string): string {
  const h = createHash('sha1').update(email.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function directoryUser(seed: SeedUser): DirectoryUser {
  const login = seed.loginName.replace(/^i:0#\.f\|membership\|/i, '').replace(/#ext#/i, '#EXT#');
  const space = seed.title.indexOf(' ');
  return {
    id: objectId(seed.email),
    displayName: seed.title,
    givenName: space > 0 ? seed.title.slice(0, space) : seed.title,
    surname: space > 0 ? seed.title.slice(space + 1) : null,
    mail: seed.email,
    userPrincipalName: login,
    jobTitle: seed.jobTitle ?? null,
    userType: seed.external ? 'Guest' : 'Member',
    accountEnabled: true,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null
  };
}
