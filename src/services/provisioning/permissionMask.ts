import type { BasePermission } from '../../schema';

/**
 * SharePoint's base permission numbers (SP.PermissionKind). A permission numbered n is bit n-1 of a 64-bit
 * mask, sent to SharePoint as two 32-bit halves: Low (1-32) and High (33-64). FullMask is every bit.
 */
export const PERMISSION_KIND: Readonly<Record<Exclude<BasePermission, 'FullMask'>, number>> = {
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
  BrowseUserInfo: 28,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 40,
  ManagePermissions: 26,
  EnumeratePermissions: 63
};

export interface BasePermissionsMask {
  High: number;
  Low: number;
}

export const FULL_MASK: BasePermissionsMask = { High: 0x7fffffff, Low: 0xffffffff };

export function toMask(permissions: readonly BasePermission[]): BasePermissionsMask {
  if (permissions.indexOf('FullMask') >= 0) {
    return { ...FULL_MASK };
  }
  let high = 0;
  let low = 0;
  for (const permission of permissions) {
    const bit = PERMISSION_KIND[permission as Exclude<BasePermission, 'FullMask'>] - 1;
    if (bit < 32) {
      low = (low | (1 << bit)) >>> 0;
    } else {
      high = (high | (1 << (bit - 32))) >>> 0;
    }
  }
  return { High: high, Low: low };
}

/** SharePoint answers masks as numbers or numeric strings. */
export function sameMask(a: { High: number | string; Low: number | string }, b: BasePermissionsMask): boolean {
  return Number(a.High) >>> 0 === b.High >>> 0 && Number(a.Low) >>> 0 === b.Low >>> 0;
}

export function hasPermission(mask: { High: number | string; Low: number | string }, permission: BasePermission): boolean {
  const wanted = toMask([permission]);
  const high = Number(mask.High) >>> 0;
  const low = Number(mask.Low) >>> 0;
  return ((high & wanted.High) >>> 0) === wanted.High && ((low & wanted.Low) >>> 0) === wanted.Low;
}
