// R6: who an alert goes to; R5: the "concern involves my manager" path. Pure TypeScript.

import { Route, ServiceArea } from './types';

// The parts of an alert draft routing reads, spelt here (not imported from alert.ts, which imports routing:
// issue 14, no import circles). An AlertDraft has them all.
interface RoutingAnswers {
  serviceAreaId: string;
  raceChampionRequested: boolean;
  concernInvolvesManager: boolean;
}

/**
 * R6: the PSW (Children's Social Care), the AP (Children and Family Wellbeing Service) or the identified
 * Race Champion lead.
 * Decision (R6, R7): the alert goes to the Race Champion lead only when the worker asked for that
 * (raceChampionRequested). Choosing the BAME Network for support (networks) signposts the worker to the
 * network but does not by itself change who reads the alert: the worker must never be surprised by who
 * receives their concern. The form offers the Race Champion question beside the BAME Network choice.
 * Otherwise the service area's route. Undefined when the service area is unknown (validation refuses it).
 */
export function routeFor(
  draft: Pick<RoutingAnswers, 'serviceAreaId' | 'raceChampionRequested'>,
  serviceAreas: ReadonlyArray<ServiceArea>
): Route | undefined {
  const serviceArea = serviceAreas.find((s) => s.id === draft.serviceAreaId.trim());
  if (serviceArea === undefined) {
    return undefined;
  }
  return draft.raceChampionRequested ? 'RaceChampionLead' : serviceArea.route;
}

/** R6: the role that receives each route, in the Terms of Reference's words. */
export const ROUTE_ROLE_NAMES: Readonly<Record<Route, string>> = {
  PSW: 'Principal Social Worker',
  AP: 'Advanced Practitioner',
  RaceChampionLead: 'Race Champion lead'
};

/**
 * R6, R9: what the raiser is told about where the alert goes. Kept as constants so the UI can move them
 * into its loc files; tests pin the wording.
 */
export const ROUTE_DESCRIPTIONS: Readonly<Record<Route, string>> = {
  PSW: "This goes to the Principal Social Worker for Children's Social Care.",
  AP: 'This goes to the Advanced Practitioner for the Children and Family Wellbeing Service.',
  RaceChampionLead: 'This goes to the Race Champion lead.'
};

/** R6: the sentence telling the raiser who receives the alert. */
export function describeRoute(route: Route): string {
  return ROUTE_DESCRIPTIONS[route];
}

/**
 * R5: when the concern involves the worker's manager, the form helps them think of who else they could
 * share their worries with: the next person in the line management.
 */
export const NEXT_PERSON_IN_LINE_PROMPT: string =
  "As the concern involves your manager, think about who else you could share your worries with. " +
  "This could be the next person in your line management, such as your manager's manager.";

/** R5: does the form need to help find the next person in line management? */
export function needsNextPersonInLine(answers: { concernInvolvesManager?: boolean }): boolean {
  return answers.concernInvolvesManager === true;
}

/**
 * R5: the line manager must not receive anything about a concern that involves them. managerSummary.ts
 * uses this to leave them out of a Red summary and to go to the next person in line instead.
 */
export function lineManagerExcluded(alert: Pick<RoutingAnswers, 'concernInvolvesManager'>): boolean {
  return alert.concernInvolvesManager;
}
