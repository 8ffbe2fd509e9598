/*
 * Issue 13: the demo personas' histories fit their stories. The generated demo (the same seed and clock as the
 * preview and the end-to-end tests) is checked as each persona would meet their own part of it, against the
 * stories in preview/demo/plan.ts: how many alerts each raised, when, about whom and how far each has got. The
 * background alerts (everything else) come from the demo staff accounts, which are not personas. What the
 * personas then see on a seeded site ("My alerts") is checked in demoSeed.test.ts.
 */
import { demoPlans } from '../../preview/demoSeed';
import { NEW_STARTER_STARTED_DAYS_AGO, newStarterStartedOn, PERSONA_HOMES } from '../../preview/demo/plan';
import { PERSONAS } from '../../preview/personas';
import { DEMO_STAFF, seedUser } from '../../preview/site';
import type { Account, Persona } from '../../preview/site';
import { londonDate } from '../../src/domain/londonTime';

const NOW = new Date('2026-11-22T09:00:00Z');
const SEED = 20261122;
const HOUR = 3600000;
const plans = demoPlans({ seed: SEED, now: NOW });

type Plan = (typeof plans)[number];

function raisedBy(account: Account): Plan[] {
  return plans.filter((p) => p.raiser === account);
}

/** One alert as the persona would tell it: when (London day), about whom, and the last thing done on it. */
function told(p: Plan): { day: string; completedBy: string; worker: string; last: string } {
  return {
    day: londonDate(p.raisedAt),
    completedBy: p.draft.completedBy ?? '',
    worker: p.draft.anonymous ? '(anonymous)' : p.draft.workerName,
    last: p.steps.length > 0 ? p.steps[p.steps.length - 1].kind : 'not opened'
  };
}

function hoursAgo(p: Plan): number {
  return (NOW.getTime() - p.raisedAt.getTime()) / HOUR;
}

describe("the demo data fits each persona's story (issue 13)", () => {
  it('Alex Staff raised two concerns about themselves: one talked through and closed last spring, one yesterday waiting for first contact', () => {
    const theirs = raisedBy('staffA');
    expect(theirs.map(told)).toEqual([
      { day: '2026-05-06', completedBy: 'Worker', worker: 'Alex Staff', last: 'close' },
      { day: '2026-11-20', completedBy: 'Worker', worker: 'Alex Staff', last: 'open' }
    ]);
    // R10: the recent one is inside its 48 hours (due soon on the board), not yet contacted.
    expect(hoursAgo(theirs[1])).toBeGreaterThan(36);
    expect(hoursAgo(theirs[1])).toBeLessThan(48);
    expect(theirs[0].steps.some((s) => s.kind === 'meeting')).toBe(true);
  });

  it('Bea Staff raised one concern, six days ago: the meeting is held, not yet rated', () => {
    const theirs = raisedBy('staffB');
    expect(theirs.map(told)).toEqual([{ day: '2026-11-16', completedBy: 'Worker', worker: 'Bea Staff', last: 'meeting' }]);
    expect(hoursAgo(theirs[0])).toBeGreaterThan(5 * 24);
    expect(hoursAgo(theirs[0])).toBeLessThan(7 * 24);
  });

  it("Chris Colleague raised twice in the last four days, each on a colleague's behalf about someone else", () => {
    const theirs = raisedBy('colleague');
    expect(theirs).toHaveLength(2);
    for (const p of theirs) {
      expect(hoursAgo(p)).toBeLessThan(4 * 24);
      expect(p.draft.completedBy).toBe('Colleague');
      expect(p.draft.anonymous).toBe(false);
      expect(p.draft.workerName).not.toBe(seedUser('colleague').title);
      expect(p.draft.workerName).not.toBe('');
    }
  });

  it('Nia Newstarter started eight weeks ago and raised two concerns since: one about their induction in their third week (closed), one today', () => {
    const started = newStarterStartedOn(NOW);
    expect(londonDate(started)).toBe('2026-09-27');
    expect(NEW_STARTER_STARTED_DAYS_AGO).toBe(56);
    const theirs = raisedBy('newStarter');
    expect(theirs.map(told)).toEqual([
      { day: '2026-10-15', completedBy: 'Worker', worker: 'Nia Newstarter', last: 'close' },
      { day: '2026-11-22', completedBy: 'Worker', worker: 'Nia Newstarter', last: 'not opened' }
    ]);
    expect(theirs.every((p) => p.raisedAt.getTime() > started.getTime() && p.draft.newStarter)).toBe(true);
    expect(theirs[0].draft.details.length).toBeGreaterThan(0);
    expect(hoursAgo(theirs[1])).toBeLessThan(3);
  });

  it("a persona's own alerts give their own job, team and office, the same each time", () => {
    for (const persona of ['staffA', 'staffB', 'newStarter'] as const) {
      const home = PERSONA_HOMES[persona];
      const where = new Set(raisedBy(persona).map((p) => JSON.stringify([p.draft.role.toLowerCase(), p.draft.serviceAreaId, p.draft.teamId, p.draft.locationId])));
      expect({ persona, where: [...where] }).toEqual({
        persona,
        where: [JSON.stringify([seedUser(persona).jobTitle?.toLowerCase(), home?.serviceAreaId, home?.teamId, home?.locationId])]
      });
    }
  });

  it('every other alert is raised by a demo staff account, none of which is in the persona switch, and all of them raise some', () => {
    const personaKeys = new Set<Account>(PERSONAS.map((p) => p.key));
    const storied: Persona[] = ['staffA', 'staffB', 'colleague', 'newStarter'];
    const background = plans.filter((p) => !storied.includes(p.raiser as Persona));
    expect(background.length).toBeGreaterThan(150);
    expect(background.filter((p) => !(DEMO_STAFF as readonly Account[]).includes(p.raiser)).map((p) => p.raiser)).toEqual([]);
    expect(plans.filter((p) => personaKeys.has(p.raiser)).length).toBe(7);
    for (const key of DEMO_STAFF) {
      expect(personaKeys.has(key)).toBe(false);
      expect(seedUser(key).loginName).toMatch(/^i:0#\.f\|membership\|.+@leics\.example$/);
      expect(raisedBy(key).length).toBeGreaterThan(5);
    }
    // The background still spans six quarters, from long before the new starter joined.
    const earliest = Math.min(...background.map((p) => p.raisedAt.getTime()));
    expect(NOW.getTime() - earliest).toBeGreaterThan(365 * 24 * HOUR);
  });

  it('the demo staff ids do not clash with any other account', () => {
    const ids = DEMO_STAFF.map((k) => seedUser(k).id);
    expect(new Set(ids).size).toBe(DEMO_STAFF.length);
    const others = PERSONAS.map((p) => seedUser(p.key).id);
    expect(ids.filter((id) => others.includes(id))).toEqual([]);
  });

  it("nobody else's alert is marked as from a new starter; demo staff raise both for themselves and on a colleague's behalf", () => {
    expect(plans.filter((p) => p.raiser !== 'newStarter' && p.draft.newStarter).map((p) => p.reference)).toEqual([]);
    const completedBy = new Set(plans.filter((p) => (DEMO_STAFF as readonly Account[]).includes(p.raiser)).map((p) => p.draft.completedBy));
    expect([...completedBy].sort()).toEqual(['Colleague', 'Worker']);
    // Each account raises in one way only: a colleague does not also raise about themselves.
    for (const key of DEMO_STAFF) expect(new Set(raisedBy(key).map((p) => p.draft.completedBy)).size).toBe(1);
  });

  it('only a persona writing about themselves uses their own name, and the background alerts name invented workers', () => {
    const own = plans.filter((p) => !p.draft.anonymous && p.draft.workerName === seedUser(p.raiser).title);
    expect(own.map((p) => p.raiser).sort()).toEqual(['newStarter', 'newStarter', 'staffA', 'staffA', 'staffB']);
    const accountNames = new Set([...PERSONAS.map((p) => p.title), ...DEMO_STAFF.map((k) => seedUser(k).title)]);
    const background = plans.filter((p) => (DEMO_STAFF as readonly Account[]).includes(p.raiser));
    expect(background.filter((p) => accountNames.has(p.draft.workerName)).map((p) => p.reference)).toEqual([]);
  });
});
