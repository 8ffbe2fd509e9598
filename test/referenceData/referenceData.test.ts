import {
  allTeams,
  entriesForContext,
  locationById,
  locations,
  serviceAreaById,
  serviceAreaOfTeam,
  serviceAreas,
  supportDirectory,
  teamById,
  themeById,
  themes
} from '../../src/referenceData';
import { EQUALITY_NETWORKS, PAGE_CONTEXTS, SUPPORT_ENTRY_KINDS, THEME_SOURCES } from '../../src/domain/types';
import type { SupportEntry } from '../../src/domain/types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DIALABLE = /^[0-9][0-9 ]*[0-9]$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

function entry(id: string): SupportEntry {
  const found = supportDirectory.find((e) => e.id === id);
  if (found === undefined) {
    throw new Error(`support directory has no entry "${id}"`);
  }
  return found;
}

function expectUniqueKebab(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    expect(id).toMatch(KEBAB);
  }
}

describe('service areas and teams (seed 001)', () => {
  it('R6, R18: service area ids and team ids are unique and kebab-case', () => {
    expectUniqueKebab(serviceAreas.map((a) => a.id));
    expectUniqueKebab(allTeams.map((t) => t.id));
  });

  it('R5, R6: every team belongs to exactly one service area', () => {
    for (const team of allTeams) {
      const owners = serviceAreas.filter((a) => a.teams.some((t) => t.id === team.id));
      expect(owners).toHaveLength(1);
      expect(serviceAreaOfTeam(team.id)?.id).toBe(owners[0].id);
    }
  });

  it("R6: Children's Social Care routes to the PSW", () => {
    const csc = serviceAreas.find((a) => a.name === "Children's Social Care");
    expect(csc?.route).toBe('PSW');
    expect(csc?.teams.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Family Safeguarding North', 'Family Safeguarding South', 'Virtual School'])
    );
  });

  it('R6: the Children and Family Wellbeing Service routes to the AP', () => {
    const cfws = serviceAreas.find((a) => a.name === 'Children and Family Wellbeing Service');
    expect(cfws?.route).toBe('AP');
    expect(cfws?.teams.map((t) => t.name)).toEqual(
      expect.arrayContaining(['0-19 CFWS', 'Family Help', 'Youth Justice', 'Wellbeing Practitioners'])
    );
  });

  it('R6: only the two service areas of the Terms of Reference exist; the Race Champion lead is chosen per alert, not per area', () => {
    expect(serviceAreas.map((a) => a.route).sort()).toEqual(['AP', 'PSW']);
  });

  it('R3: every service area has at least one team and every name is non-empty', () => {
    for (const area of serviceAreas) {
      expect(area.name.trim()).not.toBe('');
      expect(area.teams.length).toBeGreaterThan(0);
      for (const team of area.teams) {
        expect(team.name.trim()).not.toBe('');
      }
    }
  });

  it('R5, R6: lookups find areas and teams by id and return undefined for unknown ids', () => {
    expect(serviceAreaById('childrens-social-care')?.route).toBe('PSW');
    expect(serviceAreaById('nope')).toBeUndefined();
    expect(teamById('cfws-youth-justice')).toEqual({ id: 'cfws-youth-justice', name: 'Youth Justice' });
    expect(teamById('nope')).toBeUndefined();
    expect(serviceAreaOfTeam('nope')).toBeUndefined();
  });
});

describe('locations (seed 001)', () => {
  it('R18: ids are unique and kebab-case and include the office bases the induction procedure names', () => {
    expectUniqueKebab(locations.map((l) => l.id));
    expect(locations.map((l) => l.name)).toEqual(
      expect.arrayContaining(['County Hall', 'Coalville', 'Loughborough', 'Market Harborough', 'Wigston'])
    );
    expect(locationById('wigston')?.name).toBe('Wigston');
    expect(locationById('nope')).toBeUndefined();
  });
});

describe('themes (seeds 000 and 003)', () => {
  it('R12, R18: ids are unique and kebab-case, every theme has a name, description and known source', () => {
    expectUniqueKebab(themes.map((t) => t.id));
    for (const theme of themes) {
      expect(theme.name.trim()).not.toBe('');
      expect(theme.description.trim()).not.toBe('');
      expect(THEME_SOURCES).toContain(theme.source);
    }
  });

  it('R18: the peer scheme categories of seed 003 are all present', () => {
    const peer = themes.filter((t) => t.source === 'peerScheme').map((t) => t.name);
    expect(peer).toEqual([
      'Domestic abuse',
      'Allegations of misconduct',
      'Financial concern',
      'Mental health',
      'Concerns about a line manager',
      'Bullying in the workplace',
      'Substance misuse',
      'Promotion process',
      'Concerns linked to industrial action',
      'Gambling',
      'Matrimonial',
      'Misogyny',
      'Homophobia',
      'Other'
    ]);
  });

  it('R7, R15: the Terms of Reference triggers (protected characteristics, whistleblowing) are present', () => {
    for (const id of ['race', 'disability', 'lgbt', 'safeguarding-whistleblowing', 'worries-within-team-or-service']) {
      expect(themeById(id)?.source).toBe('termsOfReference');
    }
    for (const id of ['workload-and-caseload', 'supervision', 'vicarious-trauma-or-critical-incident', 'induction']) {
      expect(themeById(id)).toBeDefined();
    }
    expect(themeById('nope')).toBeUndefined();
  });

  it('R12, R19: "Other" is the last theme, so every list that offers the themes (the meeting record, network themes) ends with it', () => {
    expect(themes[themes.length - 1].id).toBe('other');
    expect(themes.filter((t) => t.name === 'Other')).toHaveLength(1);
  });
});

describe('support directory (seeds 000, 001, 002)', () => {
  it('R1: ids are unique and kebab-case, kinds and contexts are known, orders are unique', () => {
    expectUniqueKebab(supportDirectory.map((e) => e.id));
    expect(new Set(supportDirectory.map((e) => e.order)).size).toBe(supportDirectory.length);
    for (const e of supportDirectory) {
      expect(SUPPORT_ENTRY_KINDS).toContain(e.kind);
      expect(e.contexts.length).toBeGreaterThan(0);
      for (const c of e.contexts) {
        expect(PAGE_CONTEXTS).toContain(c);
      }
      expect(e.title.trim()).not.toBe('');
      expect(e.description.trim()).not.toBe('');
    }
  });

  it.each(PAGE_CONTEXTS.map((c) => [c]))('R1: the %s page context has at least one entry, in order', (context) => {
    const entries = entriesForContext(context);
    expect(entries.length).toBeGreaterThan(0);
    const orders = entries.map((e) => e.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(entries.every((e) => e.contexts.indexOf(context) >= 0)).toBe(true);
  });

  it('R9: Staff Support 24/7 shows its number, organisation code and portal on the general and induction pages', () => {
    const staffSupport = entry('staff-support');
    expect(staffSupport.phone).toBe('0800 1116 387');
    expect(staffSupport.note).toContain('LCCwell');
    expect(staffSupport.url).toBe('https://www.my-eap.com');
    expect(staffSupport.hours).toMatch(/24 hours/);
    expect(entriesForContext('general')[0].id).toBe('staff-support');
    expect(entriesForContext('induction')[0].id).toBe('staff-support');
  });

  it('R8: the Grievance, Disciplinary and Performance Management policies and the Code of Conduct are linked on the general page', () => {
    const general = entriesForContext('general').map((e) => e.id);
    for (const id of ['grievance-policy', 'disciplinary-policy', 'performance-management-policy', 'code-of-conduct']) {
      expect(general).toContain(id);
      expect(entry(id).kind).toBe('policy');
      expect(entry(id).url).toMatch(/^https:\/\//);
    }
    expect(entry('grievance-policy').url).toContain('grievance-policy-and-procedure.doc');
    expect(entry('code-of-conduct').url).toBe(
      'https://www.leicestershire.gov.uk/jobs-and-volunteering/staff-policies/employee-code-of-conduct'
    );
  });

  it('R8, R15: the whistleblowing procedure (seed 002) is on the whistleblowing page with its 10 working days and 28 days', () => {
    const wb = entry('whistleblowing-procedure');
    expect(entriesForContext('whistleblowing').map((e) => e.id)).toContain('whistleblowing-procedure');
    expect(wb.description).toMatch(/line manager/);
    expect(wb.description).toMatch(/senior manager/);
    expect(wb.description).toMatch(/prescribed person/);
    expect(wb.note).toMatch(/10 working days/);
    expect(wb.note).toMatch(/28 days/);
  });

  it('R7: the three equality networks and Race Champions are present with their seed contacts', () => {
    expect(EQUALITY_NETWORKS).toHaveLength(3);
    const pages = entriesForContext('equalityNetworks').map((e) => e.id);
    for (const id of ['disabled-workers-group', 'lgbt-staff-network', 'bame-network', 'race-champions']) {
      expect(entry(id).kind).toBe('network');
      expect(pages).toContain(id);
    }
    expect(entry('disabled-workers-group').email).toBe('dwg@leics.gov.uk');
    expect(entry('lgbt-staff-network').email).toBe('lgbt@leics.gov.uk');
    expect(entry('bame-network').email).toBe('bame@leics.gov.uk');
    expect(entry('bame-network').note).toContain('Rabinder Lail');
  });

  it('R9: Mental Health First Aiders and the Health, Safety and Wellbeing Service carry their seed contacts', () => {
    expect(entry('mental-health-first-aiders').email).toBe('counsellingandwellbeing@leics.gov.uk');
    expect(entry('health-safety-and-wellbeing-service').phone).toBe('0116 305 5515');
    expect(entry('health-safety-and-wellbeing-service').email).toBe('healthandsafety@leics.gov.uk');
  });

  it('R1: phone numbers are dialable (digits and spaces only, usable in a tel: link)', () => {
    const phones = supportDirectory.filter((e) => e.phone !== undefined).map((e) => e.phone as string);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) {
      expect(phone).toMatch(DIALABLE);
      expect(`tel:${phone.replace(/ /g, '')}`).toMatch(/^tel:0[0-9]{9,10}$/);
    }
  });

  it('R1: emails are valid addresses', () => {
    for (const e of supportDirectory.filter((x) => x.email !== undefined)) {
      expect(e.email).toMatch(EMAIL);
    }
  });

  it('R1: links are https URLs', () => {
    for (const e of supportDirectory.filter((x) => x.url !== undefined)) {
      const url = new URL(e.url as string);
      expect(url.protocol).toBe('https:');
    }
  });
});
