/*
 * Issue 13: the demo personas' histories fit their stories. The generated demo (the same seed and clock as the
 * preview and the end-to-end tests) is checked as each persona would meet their own part of it: the new
 * starter raised nothing before the day they started, and what they raised after is marked as from a new
 * starter; nobody else's alert is; the colleague only ever raises on someone's behalf; an alert a persona
 * raises about themselves carries their own name.
 */
import { demoPlans } from '../../preview/demoSeed';
import { NEW_STARTER_STARTED_DAYS_AGO, newStarterStartedOn } from '../../preview/demo/plan';
import { seedUser } from '../../preview/site';
import { londonDate } from '../../src/domain/londonTime';

const NOW = new Date('2026-11-22T09:00:00Z');
const SEED = 20261122;
const plans = demoPlans({ seed: SEED, now: NOW });

describe("the demo data fits each persona's story (issue 13)", () => {
  it('the new starter started eight weeks ago, and every alert they raised came after that day', () => {
    const started = newStarterStartedOn(NOW);
    expect(londonDate(started)).toBe('2026-09-27');
    expect(NEW_STARTER_STARTED_DAYS_AGO).toBe(56);
    const theirs = plans.filter((p) => p.raiser === 'newStarter');
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((p) => p.raisedAt.getTime() < started.getTime()).map((p) => p.raisedAt.toISOString())).toEqual([]);
    for (const p of theirs) expect(p.draft.newStarter).toBe(true);
  });

  it('the whole demo still spans six quarters, raised by the other personas before the new starter joined', () => {
    const earliest = plans.reduce((min, p) => Math.min(min, p.raisedAt.getTime()), Infinity);
    expect(NOW.getTime() - earliest).toBeGreaterThan(365 * 86400000);
    expect(plans.some((p) => p.raisedAt.getTime() < newStarterStartedOn(NOW).getTime())).toBe(true);
  });

  it("nobody else's alert is marked as from a new starter, and the colleague always raises on someone's behalf", () => {
    expect(plans.filter((p) => p.raiser !== 'newStarter' && p.draft.newStarter).map((p) => p.reference)).toEqual([]);
    const colleague = plans.filter((p) => p.raiser === 'colleague');
    expect(colleague.length).toBeGreaterThan(0);
    for (const p of colleague) expect(p.draft.completedBy).toBe('Colleague');
    for (const p of plans.filter((x) => x.raiser !== 'colleague')) expect(p.draft.completedBy).toBe('Worker');
  });

  it('the scripted alerts a persona raises about themselves carry their own name', () => {
    const own = plans.filter((p) => !p.draft.anonymous && p.draft.workerName === seedUser(p.raiser).title);
    expect(own.map((p) => p.raiser).sort()).toEqual(['newStarter', 'staffA', 'staffB']);
  });
});
