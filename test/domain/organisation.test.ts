// Issue 18: the organisation as site data (domain/organisation.ts): retired entries readable but not choosable,
// untrusted keys, the editor's validation, routing from the data (R6).
import { prepareAlert, validateAlert } from '../../src/domain/alert';
import type { AlertDraft } from '../../src/domain/alert';
import {
  activeOrganisation,
  entriesOfOrganisation,
  findLocation,
  findServiceArea,
  findTeam,
  keyForNewEntry,
  organisationFromEntries,
  retireEntry,
  validateOrganisationEntry
} from '../../src/domain/organisation';
import type { OrganisationEntry } from '../../src/domain/organisation';
import { routeFor } from '../../src/domain/routing';
import { referenceOrganisation } from '../../src/referenceData';
import { emptyAlertDraft } from '../../src/domain/alert';

const entries = (): OrganisationEntry[] => entriesOfOrganisation(referenceOrganisation);

function withRetired(key: string): OrganisationEntry[] {
  return entries().map((e) => (e.key === key ? retireEntry(e, '2026-12-01') : e));
}

function namedDraft(teamId: string, serviceAreaId: string, locationId = ''): AlertDraft {
  return {
    ...emptyAlertDraft('Worker'),
    workerName: 'Sam Worker',
    role: 'Social worker',
    teamId,
    serviceAreaId,
    locationId,
    details: 'Workload has been very heavy for months.',
    actionTaken: 'Nothing yet.',
    whatNeedsToHappen: 'A conversation with someone outside the team.'
  };
}

describe('issue 18: the organisation as rows and back', () => {
  it('the reference data round-trips through the list rows unchanged', () => {
    expect(organisationFromEntries(entries())).toEqual({
      serviceAreas: referenceOrganisation.serviceAreas,
      locations: referenceOrganisation.locations
    });
  });

  it('a row that cannot be used is left out, never the whole organisation (untrusted list edits)', () => {
    const rows: OrganisationEntry[] = [
      ...entries(),
      { kind: 'team', key: 'orphan', name: 'Orphan team', serviceAreaKey: 'no-such-area' },
      { kind: 'serviceArea', key: 'no-route', name: 'No route' },
      { kind: 'serviceArea', key: 'race', name: 'Race route', route: 'RaceChampionLead' },
      { kind: 'office', key: '', name: 'No key' },
      { kind: 'office', key: 'blank-name', name: '  ' },
      { kind: 'office', key: 'county-hall', name: 'Second County Hall' }
    ];
    const org = organisationFromEntries(rows);
    expect(findTeam(org, 'orphan')).toBeUndefined();
    expect(findServiceArea(org, 'no-route')).toBeUndefined();
    expect(findServiceArea(org, 'race')).toBeUndefined();
    expect(org.locations.map((l) => l.id)).toEqual(referenceOrganisation.locations.map((l) => l.id));
    expect(findLocation(org, 'county-hall')?.name).toBe('County Hall');
  });
});

describe('issue 18: a retired team stays readable but cannot be chosen', () => {
  const org = organisationFromEntries(withRetired('csc-kinship'));

  it('old records still read its name and service area', () => {
    expect(findTeam(org, 'csc-kinship')).toEqual({ id: 'csc-kinship', name: 'Kinship', retiredOn: '2026-12-01', serviceAreaId: 'childrens-social-care' });
  });

  it('the raise form is offered only what is in use', () => {
    const active = activeOrganisation(org);
    expect(findTeam(active, 'csc-kinship')).toBeUndefined();
    expect(findTeam(active, 'csc-virtual-school')?.name).toBe('Virtual School');
  });

  it('R3: validation refuses a forged retired team, office base or service area on a new alert', () => {
    const active = activeOrganisation(org);
    expect(validateAlert(namedDraft('csc-kinship', 'childrens-social-care'), active)).toContainEqual({ field: 'teamId', message: 'Select a team from the list' });
    expect(validateAlert(namedDraft('csc-virtual-school', 'childrens-social-care'), active)).toEqual([]);
    const officeGone = activeOrganisation(organisationFromEntries(withRetired('coalville')));
    expect(validateAlert(namedDraft('csc-virtual-school', 'childrens-social-care', 'coalville'), officeGone)).toContainEqual({
      field: 'locationId',
      message: 'Select a location from the list'
    });
    const areaGone = activeOrganisation(organisationFromEntries(withRetired('children-and-family-wellbeing-service')));
    expect(validateAlert(namedDraft('cfws-family-help', 'children-and-family-wellbeing-service'), areaGone)).toContainEqual({
      field: 'serviceAreaId',
      message: 'Select a service area from the list'
    });
  });

  it('an unknown key is undefined (the screens say "unknown"), whatever it holds', () => {
    expect(findTeam(org, '<script>')).toBeUndefined();
    expect(findServiceArea(org, 'csc-kinship')).toBeUndefined();
    expect(findLocation(org, 'childrens-social-care')).toBeUndefined();
  });
});

describe('R6: routing takes a service area route from the data', () => {
  it('a service area whose route the owners changed routes the new way; an unknown area has no route', () => {
    const changed = organisationFromEntries(entries().map((e) => (e.key === 'childrens-social-care' ? { ...e, route: 'AP' as const } : e)));
    expect(routeFor({ serviceAreaId: 'childrens-social-care', raceChampionRequested: false }, changed.serviceAreas)).toBe('AP');
    expect(routeFor({ serviceAreaId: 'childrens-social-care', raceChampionRequested: false }, referenceOrganisation.serviceAreas)).toBe('PSW');
    expect(routeFor({ serviceAreaId: 'nowhere', raceChampionRequested: false }, changed.serviceAreas)).toBeUndefined();
  });

  it('a new service area added by the owners can be chosen and routes as they said', () => {
    const added = organisationFromEntries([
      ...entries(),
      { kind: 'serviceArea', key: 'adult-social-care', name: 'Adult Social Care', route: 'PSW' },
      { kind: 'team', key: 'asc-reablement', name: 'Reablement', serviceAreaKey: 'adult-social-care' }
    ]);
    const prepared = prepareAlert(namedDraft('asc-reablement', 'adult-social-care'), activeOrganisation(added), {
      submittedAt: new Date('2026-12-08T10:00:00Z'),
      reference: 'WB-TEST-0001',
      idempotencyKey: 'k-1'
    });
    expect(prepared.ok && prepared.alert.route).toBe('PSW');
  });
});

describe('issue 18: the editor refuses what cannot be saved, in words the loc file gives', () => {
  const all = entries();

  it('a name is required, at most 255 characters, and not the name of another entry of its kind in use', () => {
    expect(validateOrganisationEntry({ kind: 'office', key: 'x', name: '  ' }, all)).toEqual([{ field: 'name', problem: 'nameMissing' }]);
    expect(validateOrganisationEntry({ kind: 'office', key: 'x', name: 'a'.repeat(256) }, all)).toEqual([{ field: 'name', problem: 'nameTooLong' }]);
    expect(validateOrganisationEntry({ kind: 'office', key: 'x', name: ' county hall ' }, all)).toEqual([{ field: 'name', problem: 'nameTaken' }]);
    // A team's name is unique within its service area only.
    expect(validateOrganisationEntry({ kind: 'team', key: 'x', name: 'Kinship', serviceAreaKey: 'children-and-family-wellbeing-service' }, all)).toEqual([]);
    expect(validateOrganisationEntry({ kind: 'team', key: 'x', name: 'Kinship', serviceAreaKey: 'childrens-social-care' }, all)).toEqual([
      { field: 'name', problem: 'nameTaken' }
    ]);
    // The name of a retired entry can be used again.
    expect(validateOrganisationEntry({ kind: 'office', key: 'x', name: 'Coalville' }, withRetired('coalville'))).toEqual([]);
  });

  it('a team needs a service area in use; a service area needs the PSW or the AP as its route', () => {
    expect(validateOrganisationEntry({ kind: 'team', key: 'x', name: 'New' }, all)).toEqual([{ field: 'serviceAreaKey', problem: 'serviceAreaMissing' }]);
    expect(
      validateOrganisationEntry({ kind: 'team', key: 'x', name: 'New', serviceAreaKey: 'childrens-social-care' }, withRetired('childrens-social-care'))
    ).toEqual([{ field: 'serviceAreaKey', problem: 'serviceAreaRetired' }]);
    expect(validateOrganisationEntry({ kind: 'serviceArea', key: 'x', name: 'New area' }, all)).toEqual([{ field: 'route', problem: 'routeMissing' }]);
    expect(validateOrganisationEntry({ kind: 'serviceArea', key: 'x', name: 'New area', route: 'RaceChampionLead' }, all)).toEqual([
      { field: 'route', problem: 'routeMissing' }
    ]);
  });

  it('a key is made once from the name, unique in the organisation, and never changes on a rename', () => {
    expect(keyForNewEntry('team', "Children's Rights & Participation", all)).toBe('children-s-rights-participation');
    expect(keyForNewEntry('office', 'County Hall', all)).toBe('county-hall-2');
    expect(keyForNewEntry('office', '!!!', all)).toBe('office');
    const before = all.find((e) => e.key === 'coalville') as OrganisationEntry;
    expect(validateOrganisationEntry({ ...before, name: 'Coalville Hub' }, all, before)).toEqual([]);
    expect(validateOrganisationEntry({ ...before, key: 'coalville-hub' }, all, before)).toContainEqual({ field: 'key', problem: 'keyChanged' });
    expect(validateOrganisationEntry({ kind: 'team', key: 'coalville', name: 'New', serviceAreaKey: 'childrens-social-care' }, all)).toContainEqual({
      field: 'key',
      problem: 'keyTaken'
    });
  });
});
