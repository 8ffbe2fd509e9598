// The schema's version and the ordered steps that reach it. The provisioner reads the deployed version
// from WellbeingConfig (key `schemaVersion`), applies every later step in order, then writes the new
// version: running it twice changes nothing, and a new version upgrades a site in place.

import type { ListKey } from './lists';
import type { PermissionLevelName, Principal } from './security';

export const SCHEMA_VERSION = 1;

export type SchemaChange =
  | { kind: 'createPermissionLevels'; levels: 'all' | readonly PermissionLevelName[] }
  | { kind: 'createGroups'; principals: 'all' | readonly Principal[] }
  | { kind: 'createList'; list: ListKey }
  | { kind: 'addField'; list: ListKey; internalName: string }
  | { kind: 'changeField'; list: ListKey; internalName: string; what: string }
  | { kind: 'indexField'; list: ListKey; internalName: string }
  | { kind: 'applyPermissions'; list: ListKey }
  | { kind: 'seedSupportDirectory' }
  | { kind: 'seedConfig' };

export interface SchemaUpgradeStep {
  /** The version a site is at after this step. */
  toVersion: number;
  description: string;
  changes: readonly SchemaChange[];
}

const V1_LISTS: readonly ListKey[] = [
  'alerts',
  'cases',
  'discussions',
  'managerSummaries',
  'caseEvents',
  'themeReports',
  'networkThemes',
  'supportDirectory',
  'config'
];

/** Oldest first. Never edit a released step: add a new one and raise SCHEMA_VERSION. */
export const UPGRADE_STEPS: readonly SchemaUpgradeStep[] = [
  {
    toVersion: 1,
    description:
      'Initial schema: the custom permission levels, the four groups (membership visible to members only), the nine ' +
      'lists with every field and index, inheritance broken and the permission table applied, the support directory ' +
      'seeded from reference data, and the default configuration.',
    changes: [
      { kind: 'createPermissionLevels', levels: 'all' },
      { kind: 'createGroups', principals: 'all' },
      ...V1_LISTS.map((list): SchemaChange => ({ kind: 'createList', list })),
      ...V1_LISTS.map((list): SchemaChange => ({ kind: 'applyPermissions', list })),
      { kind: 'seedSupportDirectory' },
      { kind: 'seedConfig' }
    ]
  }
];

/** The steps a site at `deployedVersion` still needs, in order (none when it is current). */
export function pendingUpgradeSteps(deployedVersion: number): SchemaUpgradeStep[] {
  return UPGRADE_STEPS.filter((step) => step.toVersion > deployedVersion);
}
