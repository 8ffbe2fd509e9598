// How a stored setting reads to a person (the conflict shows theirs and yours side by side), and the service
// areas the settings are kept for. The areas come with the package until the organisation is site data (the
// "Organisation" section of the settings view is where that will be edited).
import * as strings from 'TriageBoardWebPartStrings';
import { parseTriageTeam } from '../../../../domain/independence';
import type { PersonRef } from '../../../../domain/managerSummary';
import { serviceAreas, teamById } from '../../../../referenceData';
import type { EditableSetting } from '../../../../services/store/settingsStore';

const t = strings.Settings;

export const SERVICE_AREAS = serviceAreas;

export function parsed(json: string): unknown {
  try {
    return json === '' ? undefined : (JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}

function people(value: unknown): PersonRef[] {
  return Array.isArray(value) ? value.filter((p): p is PersonRef => typeof (p as PersonRef)?.displayName === 'string') : [];
}

/** One line per part of the setting, in words. */
export function describeSetting(key: EditableSetting, json: string): string[] {
  const value = parsed(json);
  if (value === undefined || value === '') return [t.NotSet];
  switch (key) {
    case 'triageTeam':
      return parseTriageTeam(value).map((m) => {
        const teams = m.managementLineTeamIds.map((id) => teamById(id)?.name ?? id);
        return `${m.displayName}: ${strings.Routes[m.route]}${teams.length ? ` (${teams.join(', ')})` : ''}`;
      });
    case 'hosSafeguarding':
      return people(value).map((p) => p.displayName);
    case 'serviceManagers':
      return SERVICE_AREAS.map((a) => `${a.name}: ${(value as Record<string, PersonRef | undefined>)[a.id]?.displayName ?? t.NotSet}`);
    case 'slaMode':
      return [value === 'working' ? t.Clock.working : t.Clock.calendar];
    case 'quarterStartMonth':
      return [t.Months[Number(value) - 1] ?? String(value)];
    default:
      return [String(value)];
  }
}
