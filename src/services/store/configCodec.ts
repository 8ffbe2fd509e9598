// List items <-> domain types: Support directory and configuration. (the conventions are in itemValues.ts).

import { parseTriageTeam } from '../../domain/independence';
import type { FirstContactMode } from '../../domain/firstContactClock';
import type { PersonRef } from '../../domain/managerSummary';
import { ConfigList } from '../../schema';
import type { WellbeingConfig } from './IWellbeingStore';
import { SpItem, readText } from './itemValues';
// ---------------------------------------------------------------------------------------------
// Support directory and configuration.

const CFG = ConfigList.fields;

function isPersonRef(value: unknown): value is PersonRef {
  const p = value as PersonRef | null;
  return p !== null && typeof p === 'object' && typeof p.id === 'string' && typeof p.displayName === 'string';
}

/**
 * Parses the config items. A value that is not JSON, or not the expected shape, is ignored and the
 * documented default applies (R10 calendar hours, R20 threshold 3): one bad setting must not stop the board.
 */
export function fromConfigItems(items: readonly SpItem[]): WellbeingConfig {
  const raw: Record<string, unknown> = {};
  for (const item of items) {
    const key = readText(item, CFG.key);
    try {
      raw[key] = JSON.parse(readText(item, CFG.value));
    } catch {
      // ignored: see above
    }
  }
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

