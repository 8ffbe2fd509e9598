// List items <-> domain types: Support directory and configuration. (the conventions are in itemValues.ts).

import { parseTriageTeam } from '../../domain/independence';
import type { FirstContactMode } from '../../domain/firstContactClock';
import type { PersonRef } from '../../domain/managerSummary';
import { CONFIG_KEYS, ConfigList, TRIAGE_SETTING_KEYS, TriageSettingsList } from '../../schema/runtime';
import type { WellbeingConfig } from './IWellbeingStore';
import { SpItem, readText } from './itemValues';
// ---------------------------------------------------------------------------------------------
// Support directory and configuration.

const CFG = ConfigList.fields;

function isPersonRef(value: unknown): value is PersonRef {
  const p = value as PersonRef | null;
  return p !== null && typeof p === 'object' && typeof p.id === 'string' && typeof p.displayName === 'string';
}

function readSettings(items: readonly SpItem[], keys: readonly string[], into: Record<string, unknown>): void {
  const T = TriageSettingsList.fields;
  for (const item of items) {
    // Both lists spell the columns the same (schema/lists.ts); each is read only for its own keys.
    const key = readText(item, keys === CONFIG_KEYS ? CFG.key : T.key);
    if (keys.indexOf(key) < 0) {
      continue;
    }
    try {
      into[key] = JSON.parse(readText(item, keys === CONFIG_KEYS ? CFG.value : T.value));
    } catch {
      // ignored: see fromConfigItems
    }
  }
}

/**
 * Parses the config items and, for triage and the HoS, the triage-only settings (issue 14 defect 4: staff
 * cannot read those, and get none). Each key is taken only from its own list, so a triage key an older site
 * left in WellbeingConfig is never read. A value that is not JSON, or not the expected shape, is ignored and
 * the documented default applies (R10 calendar hours, R20 threshold 3): one bad setting must not stop the board.
 */
export function fromConfigItems(items: readonly SpItem[], triageItems: readonly SpItem[] = []): WellbeingConfig {
  const raw: Record<string, unknown> = {};
  readSettings(items, CONFIG_KEYS, raw);
  readSettings(triageItems, TRIAGE_SETTING_KEYS, raw);
  const mode: FirstContactMode = raw.slaMode === 'working' ? 'working' : 'calendar';
  const threshold = raw.suppressionThreshold;
  const managers: Record<string, PersonRef> = {};
  const rawManagers = raw.serviceManagers;
  if (rawManagers !== null && typeof rawManagers === 'object' && !Array.isArray(rawManagers)) {
    for (const [area, person] of Object.entries(rawManagers as Record<string, unknown>)) {
      if (isPersonRef(person)) {
        managers[area] = { id: person.id, displayName: person.displayName };
      }
    }
  }
  const config: WellbeingConfig = {
    slaMode: mode,
    suppressionThreshold: typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= 1 ? threshold : 3,
    serviceManagers: managers,
    hosSafeguarding: Array.isArray(raw.hosSafeguarding) ? raw.hosSafeguarding.filter(isPersonRef).map((p) => ({ id: p.id, displayName: p.displayName })) : [],
    triageTeam: parseTriageTeam(raw.triageTeam),
    raw
  };
  if (typeof raw.schemaVersion === 'number') {
    config.schemaVersion = raw.schemaVersion;
  }
  return config;
}

