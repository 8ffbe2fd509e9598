// List items <-> domain types: Support directory and configuration. (the conventions are in itemValues.ts).

import { parseTriageTeam } from '../../domain/independence';
import { DEFAULT_QUARTER_SETTINGS } from '../../domain/quarters';
import { checkRetentionYears, DEFAULT_RETENTION } from '../../domain/retention';
import { checkQuarterStartMonth, checkRelayAddress, checkSuppressionThreshold } from '../../domain/siteSettings';
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

/** A stored number or text as the settings view would have typed it; anything else is refused by the checks. */
function asText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : value === undefined ? '' : '\u0000';
}

/**
 * Parses the config items and, for triage and the HoS, the triage-only settings (issue 14 defect 4: staff
 * cannot read those, and get none). Each key is taken only from its own list, so a triage key an older site
 * left in WellbeingConfig is never read. A value that is not JSON, or not the expected shape, is ignored and
 * the documented default applies (R10 calendar hours, R20 threshold 3, R23 six years, quarters from April, no relay):
 * one bad setting must not stop the board. Each is checked by the rule the settings view saves it with
 * (domain/siteSettings.ts), so a value typed into the list by hand that the view would refuse (a threshold under
 * three, a relay that is not https) is never used.
 */
export function fromConfigItems(items: readonly SpItem[], triageItems: readonly SpItem[] = []): WellbeingConfig {
  const raw: Record<string, unknown> = {};
  readSettings(items, CONFIG_KEYS, raw);
  readSettings(triageItems, TRIAGE_SETTING_KEYS, raw);
  const mode: FirstContactMode = raw.slaMode === 'working' ? 'working' : 'calendar';
  const threshold = checkSuppressionThreshold(asText(raw.suppressionThreshold));
  const retention = checkRetentionYears(asText(raw.retentionYears));
  const quarterStart = checkQuarterStartMonth(asText(raw.quarterStartMonth));
  const relay = checkRelayAddress(asText(raw.relayAddress));
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
    suppressionThreshold: threshold.ok ? threshold.value : 3,
    serviceManagers: managers,
    hosSafeguarding: Array.isArray(raw.hosSafeguarding) ? raw.hosSafeguarding.filter(isPersonRef).map((p) => ({ id: p.id, displayName: p.displayName })) : [],
    triageTeam: parseTriageTeam(raw.triageTeam),
    retentionYears: retention.ok ? retention.years : DEFAULT_RETENTION.years,
    quarterStartMonth: quarterStart.ok ? quarterStart.value : DEFAULT_QUARTER_SETTINGS.firstMonth,
    raw
  };
  if (relay.ok && relay.value !== '') {
    config.relayAddress = relay.value;
  }
  if (typeof raw.schemaVersion === 'number') {
    config.schemaVersion = raw.schemaVersion;
  }
  return config;
}

