// The independence rule (issue 6; ToR step 2: "the Principal Social Worker or Advanced Practitioner will act
// as the independent person ... outside of the team"). A triage member is warned, never blocked, when an
// alert may not be independent of them, so they can hand it to a colleague (case continuity is by
// reassignment on the board). Pure TypeScript.
//
// Decision: who a triage member is comes from the data site's configuration (config key `triageTeam`, an
// array of members keyed by login name; see src/schema/lists.ts CONFIG_KEYS and WellbeingConfig.triageTeam),
// kept by the site owners: their route (R6), the service areas they work in, the teams in their management
// line, and the names of the people in their management line (their manager, their manager's manager). The
// product cannot know a management line from SharePoint alone: the ToR (seeds/000, steps 2 and 6) makes the
// PSW/AP "the independent person outside of the team" and points to "the next person in the line
// management" when a concern involves the manager, but names no directory to read it from, and the
// induction procedure (seeds/001) lists the service areas and teams, not who manages whom.
// Decision: a warning, never a block. The 48-hour clock (R10) and the offer of a meeting (R11) run whoever
// holds the case, so refusing the case would only delay contact; the warning says why at the point of
// taking or holding the case, so the member can reassign it to a colleague on another route or area.

import type { Alert } from './alert';
import type { PersonRef } from './managerSummary';
import type { Route } from './types';

export interface TriageMember extends PersonRef {
  route: Route;
  /** Service areas the member works in or manages. */
  serviceAreaIds: string[];
  /** Teams whose line management runs through the member (or their own managers). */
  managementLineTeamIds: string[];
  /** Names of the people in the member's management line. */
  managementLineNames: string[];
}

export type IndependenceConcern =
  /** The alert's service area is the member's own. */
  | { kind: 'ownServiceArea'; serviceAreaId: string }
  /** The worker's team is in the member's management line. */
  | { kind: 'teamInManagementLine'; teamId: string }
  /** The alert names someone in the member's management line. */
  | { kind: 'namesManagementLine'; name: string };

type AlertFacts = Pick<Alert, 'serviceAreaId' | 'teamId' | 'details' | 'actionTaken' | 'whatNeedsToHappen' | 'nextPersonInLine'>;

const WORD = 'A-Za-z0-9\\u00C0-\\u024F';

/** A whole-word, case-insensitive mention ("Ann" is not found in "planning"); names under 3 letters are ignored. */
export function mentionsName(text: string, name: string): boolean {
  const n = name.trim();
  if (n.length < 3) {
    return false;
  }
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^${WORD}])${escaped}($|[^${WORD}])`, 'i').test(text);
}

/** Why this alert may not be independent of this member (empty: nothing known). */
export function independenceConcerns(alert: AlertFacts, member: TriageMember | undefined): IndependenceConcern[] {
  if (member === undefined) {
    return [];
  }
  const found: IndependenceConcern[] = [];
  if (alert.serviceAreaId !== '' && member.serviceAreaIds.includes(alert.serviceAreaId)) {
    found.push({ kind: 'ownServiceArea', serviceAreaId: alert.serviceAreaId });
  }
  if (alert.teamId !== '' && member.managementLineTeamIds.includes(alert.teamId)) {
    found.push({ kind: 'teamInManagementLine', teamId: alert.teamId });
  }
  const text = [alert.details, alert.actionTaken, alert.whatNeedsToHappen, alert.nextPersonInLine].join('\n');
  for (const name of member.managementLineNames) {
    if (mentionsName(text, name)) {
      found.push({ kind: 'namesManagementLine', name: name.trim() });
    }
  }
  return found;
}

/** The configured member for a signed-in account (login name or e-mail, any case). */
export function memberFor(team: readonly TriageMember[], account: { loginName: string; email: string }): TriageMember | undefined {
  const keys = [account.loginName, account.email].map((k) => k.toLowerCase()).filter((k) => k !== '');
  return team.find((m) => keys.includes(m.id.toLowerCase()));
}

/** Reads the `triageTeam` setting; entries that are not the expected shape are dropped, not fatal. */
export function parseTriageTeam(raw: unknown): TriageMember[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const routes: readonly string[] = ['PSW', 'AP', 'RaceChampionLead'];
  return raw.flatMap((entry: unknown): TriageMember[] => {
    const e = entry as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.displayName !== 'string' || !routes.includes(String(e.route))) {
      return [];
    }
    return [
      {
        id: e.id,
        displayName: e.displayName,
        route: e.route as Route,
        serviceAreaIds: strings(e.serviceAreaIds),
        managementLineTeamIds: strings(e.managementLineTeamIds),
        managementLineNames: strings(e.managementLineNames)
      }
    ];
  });
}
