import {
  describeRoute,
  lineManagerExcluded,
  needsNextPersonInLine,
  NEXT_PERSON_IN_LINE_PROMPT,
  ROUTE_DESCRIPTIONS,
  ROUTE_ROLE_NAMES,
  routeFor
} from '../../src/domain/routing';
import { ROUTES, ServiceArea } from '../../src/domain/types';

const serviceAreas: ServiceArea[] = [
  { id: 'csc', name: "Children's Social Care", route: 'PSW', teams: [] },
  { id: 'cfws', name: 'Children and Family Wellbeing Service', route: 'AP', teams: [] }
];

describe('R6: routing an alert', () => {
  it("R6: Children's Social Care goes to the Principal Social Worker", () => {
    expect(routeFor({ serviceAreaId: 'csc', raceChampionRequested: false }, serviceAreas)).toBe('PSW');
  });

  it('R6: the Children and Family Wellbeing Service goes to the Advanced Practitioner', () => {
    expect(routeFor({ serviceAreaId: 'cfws', raceChampionRequested: false }, serviceAreas)).toBe('AP');
    expect(routeFor({ serviceAreaId: ' cfws ', raceChampionRequested: false }, serviceAreas)).toBe('AP');
  });

  it('R6, R7: a worker who asked for the Race Champion lead is routed there whatever the service area', () => {
    expect(routeFor({ serviceAreaId: 'csc', raceChampionRequested: true }, serviceAreas)).toBe('RaceChampionLead');
    expect(routeFor({ serviceAreaId: 'cfws', raceChampionRequested: true }, serviceAreas)).toBe('RaceChampionLead');
  });

  it('R6, R7: choosing the BAME Network for support alone does not change who reads the alert', () => {
    const draft = { serviceAreaId: 'csc', raceChampionRequested: false, networks: ['BameNetwork'] };
    expect(routeFor(draft, serviceAreas)).toBe('PSW');
  });

  it('R6: an unknown service area has no route', () => {
    expect(routeFor({ serviceAreaId: 'nope', raceChampionRequested: true }, serviceAreas)).toBeUndefined();
    expect(routeFor({ serviceAreaId: '', raceChampionRequested: false }, serviceAreas)).toBeUndefined();
  });

  it('R6, R9: the raiser is told in plain words who receives the alert', () => {
    expect(describeRoute('PSW')).toBe("This goes to the Principal Social Worker for Children's Social Care.");
    expect(describeRoute('AP')).toBe('This goes to the Advanced Practitioner for the Children and Family Wellbeing Service.');
    expect(describeRoute('RaceChampionLead')).toBe('This goes to the Race Champion lead.');
  });

  it('R6: every route has a description and a role name', () => {
    for (const route of ROUTES) {
      expect(ROUTE_DESCRIPTIONS[route]).toContain(ROUTE_ROLE_NAMES[route]);
    }
  });
});

describe('R5: the concern involves the manager', () => {
  it('R5: the form helps find the next person in line management only when the concern involves the manager', () => {
    expect(needsNextPersonInLine({ concernInvolvesManager: true })).toBe(true);
    expect(needsNextPersonInLine({ concernInvolvesManager: false })).toBe(false);
    expect(needsNextPersonInLine({})).toBe(false);
    expect(NEXT_PERSON_IN_LINE_PROMPT).toContain('next person in your line management');
  });

  it('R5: the line manager is excluded from anything shared when the concern involves them', () => {
    expect(lineManagerExcluded({ concernInvolvesManager: true })).toBe(true);
    expect(lineManagerExcluded({ concernInvolvesManager: false })).toBe(false);
  });
});
