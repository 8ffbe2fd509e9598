/*
 * SharePoint base permissions: SP.PermissionKind numbers n are bit n-1 of a 64-bit mask sent as two 32-bit
 * halves, Low (kinds 1-32) and High (33-64). Numbers from @pnp/sp security/types.js (PermissionKind), which
 * mirrors Microsoft's SP.PermissionKind enumeration.
 */

export interface Mask {
  High: number;
  Low: number;
}

export const KIND = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 40,
  EnumeratePermissions: 63
} as const;

export type KindName = keyof typeof KIND;

export const EMPTY: Mask = { High: 0, Low: 0 };
export const FULL: Mask = { High: 0x7fffffff, Low: 0xffffffff };

export function maskOf(kinds: readonly KindName[]): Mask {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = KIND[kind] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}

export function union(a: Mask, b: Mask): Mask {
  return { High: (a.High | b.High) >>> 0, Low: (a.Low | b.Low) >>> 0 };
}

export function without(a: Mask, b: Mask): Mask {
  return { High: (a.High & ~b.High) >>> 0, Low: (a.Low & ~b.Low) >>> 0 };
}

export function has(mask: Mask, kind: KindName): boolean {
  const wanted = maskOf([kind]);
  return ((mask.High & wanted.High) >>> 0) === wanted.High && ((mask.Low & wanted.Low) >>> 0) === wanted.Low;
}

export function isEmpty(mask: Mask): boolean {
  return mask.High === 0 && mask.Low === 0;
}

export function normalise(mask: { High: number | string; Low: number | string }): Mask {
  return { High: Number(mask.High) >>> 0, Low: Number(mask.Low) >>> 0 };
}

/** A permission level (SP.RoleDefinition) as the emulator stores and answers it. */
export interface RoleDefinition {
  Id: number;
  Name: string;
  Description: string;
  Order: number;
  RoleTypeKind: number;
  Hidden: boolean;
  BasePermissions: Mask;
}

/**
 * The built-in permission levels of a SharePoint Online team site, with the Ids and masks SharePoint answers
 * for `_api/web/roledefinitions`. Limited Access is computed from the permissions Microsoft lists for it
 * (Open, View Application Pages, Browse User Information, Use Remote Interfaces, Use Client Integration).
 */
export const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  { Id: 1073741829, Name: 'Full Control', Description: 'Has full control.', Order: 1, RoleTypeKind: 5, Hidden: false, BasePermissions: FULL },
  { Id: 1073741828, Name: 'Design', Description: 'Can view, add, update, delete, approve, and customize.', Order: 32, RoleTypeKind: 4, Hidden: false, BasePermissions: { High: 432, Low: 1012866047 } },
  { Id: 1073741830, Name: 'Edit', Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', Order: 48, RoleTypeKind: 6, Hidden: false, BasePermissions: { High: 432, Low: 1011030767 } },
  { Id: 1073741827, Name: 'Contribute', Description: 'Can view, add, update, and delete list items and documents.', Order: 64, RoleTypeKind: 3, Hidden: false, BasePermissions: { High: 432, Low: 1011028719 } },
  { Id: 1073741826, Name: 'Read', Description: 'Can view pages and list items and download documents.', Order: 128, RoleTypeKind: 2, Hidden: false, BasePermissions: { High: 176, Low: 138612833 } },
  {
    Id: 1073741825,
    Name: 'Limited Access',
    Description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    Order: 160,
    RoleTypeKind: 1,
    Hidden: true,
    BasePermissions: maskOf(['Open', 'ViewFormPages', 'BrowseUserInfo', 'UseRemoteAPIs', 'UseClientIntegration'])
  }
];

export const LIMITED_ACCESS_ID = 1073741825;
export const FULL_CONTROL_ID = 1073741829;
export const EDIT_ID = 1073741830;
export const READ_ID = 1073741826;
