/*
 * The emulator enforces permissions with its own bit table (emulator/permissions.ts); the product builds its
 * permission levels with another (src/services/provisioning/permissionMask.ts, names from src/schema/security.ts).
 * If the two disagreed on one bit, the emulator would let through (or refuse) what SharePoint would not, and
 * every permission test would prove nothing. This ties them to each other and both to PnPjs's PermissionKind
 * (@pnp/sp security/types.js, which mirrors Microsoft's SP.PermissionKind).
 */
import { PermissionKind } from '@pnp/sp/security';
import { BUILT_IN_ROLES, FULL, has, KIND, KindName, maskOf } from '../../emulator/permissions';
import { BASE_PERMISSIONS, BasePermission, PERMISSION_LEVELS, PERMISSION_LEVEL_NAMES } from '../../src/schema';
import { FULL_MASK, hasPermission, PERMISSION_KIND, toMask } from '../../src/services/provisioning/permissionMask';

const productKinds = BASE_PERMISSIONS.filter((p): p is Exclude<BasePermission, 'FullMask'> => p !== 'FullMask');
const pnpKind = PermissionKind as unknown as Record<string, number>;

describe('the emulator and the product read permission bits alike', () => {
  it('gives every permission the product uses the same SP.PermissionKind number as the product and PnPjs', () => {
    for (const name of productKinds) {
      expect({ name, emulator: (KIND as Record<string, number>)[name] }).toEqual({ name, emulator: PERMISSION_KIND[name] });
      expect({ name, pnp: pnpKind[name] }).toEqual({ name, pnp: PERMISSION_KIND[name] });
    }
  });

  it('numbers the permissions only the emulator knows as PnPjs does, and the product never grants them', () => {
    // Why the tables differ: the emulator also enforces site-level operations the product's levels never
    // include (CreateGroups for new groups, ManageWeb for the web's title), so it needs their bits; the
    // product's 'FullMask' is not a kind but the whole mask (Full Control), compared below.
    const emulatorOnly = (Object.keys(KIND) as KindName[]).filter((k) => !(productKinds as readonly string[]).includes(k));
    expect(emulatorOnly.sort()).toEqual(['CreateGroups', 'ManageWeb']);
    for (const name of emulatorOnly) expect({ name, pnp: pnpKind[name] }).toEqual({ name, pnp: KIND[name] });
    for (const level of PERMISSION_LEVEL_NAMES) {
      for (const name of emulatorOnly) expect(hasPermission(toMask(PERMISSION_LEVELS[level].basePermissions), name as BasePermission)).toBe(level === 'Full Control');
    }
  });

  it('builds the same mask for every permission level the provisioner creates, and the emulator grants exactly its permissions', () => {
    for (const level of PERMISSION_LEVEL_NAMES) {
      const permissions = PERMISSION_LEVELS[level].basePermissions;
      const product = toMask(permissions);
      const emulator = permissions.includes('FullMask') ? FULL : maskOf(permissions as KindName[]);
      expect({ level, mask: emulator }).toEqual({ level, mask: product });
      for (const name of productKinds) {
        expect({ level, name, granted: has(product, name) }).toEqual({ level, name, granted: permissions.includes(name) || permissions.includes('FullMask') });
      }
    }
  });

  it('answers Full Control with the mask the product checks for it', () => {
    const fullControl = BUILT_IN_ROLES.find((r) => r.Name === 'Full Control');
    expect(fullControl?.BasePermissions).toEqual(FULL_MASK);
    expect(FULL).toEqual(FULL_MASK);
  });
});
