import { independenceConcerns, memberFor, mentionsName, parseTriageTeam, TriageMember } from '../../src/domain/independence';

const member: TriageMember = {
  id: 'i:0#.f|membership|priya.psw@leics.example',
  displayName: 'Priya PSW',
  route: 'PSW',
  serviceAreaIds: ['children-and-family-wellbeing-service'],
  managementLineTeamIds: ['csc-out-of-hours'],
  managementLineNames: ['Dana Director', 'Ann']
};

const alert = {
  serviceAreaId: 'childrens-social-care',
  teamId: 'csc-first-response',
  details: 'Caseload is too high and planning is poor.',
  actionTaken: 'Nothing yet.',
  whatNeedsToHappen: 'A review.',
  nextPersonInLine: ''
};

describe('the independence rule (issue 6, ToR step 2: the independent person is outside the team)', () => {
  it('finds nothing for an alert from elsewhere, or for someone not configured', () => {
    expect(independenceConcerns(alert, member)).toEqual([]);
    expect(independenceConcerns({ ...alert, serviceAreaId: 'children-and-family-wellbeing-service' }, undefined)).toEqual([]);
  });

  it("warns when the alert's service area is the member's own", () => {
    expect(independenceConcerns({ ...alert, serviceAreaId: 'children-and-family-wellbeing-service', teamId: '' }, member)).toEqual([
      { kind: 'ownServiceArea', serviceAreaId: 'children-and-family-wellbeing-service' }
    ]);
  });

  it("warns when the worker's team is in the member's management line, or the alert names someone in it", () => {
    expect(independenceConcerns({ ...alert, teamId: 'csc-out-of-hours', whatNeedsToHappen: 'Dana  director should know.' }, member)).toEqual([
      { kind: 'teamInManagementLine', teamId: 'csc-out-of-hours' },
      { kind: 'namesManagementLine', name: 'Dana Director' }
    ]);
    expect(independenceConcerns({ ...alert, nextPersonInLine: 'Ann' }, member)).toEqual([{ kind: 'namesManagementLine', name: 'Ann' }]);
  });

  it('matches whole names only', () => {
    expect(mentionsName('planning is poor', 'Ann')).toBe(false);
    expect(mentionsName('Ann said no', 'ann')).toBe(true);
    expect(mentionsName('Al said', 'Al')).toBe(false);
  });

  it('knows a member by login name or e-mail, and keeps only well-formed settings', () => {
    const team = parseTriageTeam([member, { id: 'x', displayName: 'No route' }, 'nonsense', { ...member, id: 'ap@leics.example', route: 'AP', serviceAreaIds: 'bad' }]);
    expect(team).toHaveLength(2);
    expect(team[1].serviceAreaIds).toEqual([]);
    expect(memberFor(team, { loginName: 'I:0#.F|MEMBERSHIP|PRIYA.PSW@LEICS.EXAMPLE', email: '' })?.displayName).toBe('Priya PSW');
    expect(memberFor(team, { loginName: 'i:0#.f|membership|ap@leics.example', email: 'AP@leics.example' })?.route).toBe('AP');
    expect(parseTriageTeam({})).toEqual([]);
  });
});
