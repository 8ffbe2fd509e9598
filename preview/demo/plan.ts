/*
 * What the demo data will contain, decided up front from the seed and "now" alone (no emulator, no clock,
 * no Math.random): every alert with the steps its case goes through and when, the network themes and the
 * quarterly publications. demoSeed.ts then plays it through the real store in time order.
 *
 * Six financial quarters ending with the one containing "now". Older alerts are spread over their quarter
 * and their cases run their natural course (most are closed; anything still under way at "now" stays
 * open where it got to). The last four weeks are scripted, so the board always has every open state and
 * every RAG, alerts not yet opened, due soon and overdue first contacts (R10), and HoS follow-ups still due.
 */
import { AlertDraft, emptyAlertDraft, FirstQuestions } from '../../src/domain/alert';
import { isWorkingDay } from '../../src/domain/firstContactClock';
import { addDays, londonDate, londonDateTime, londonMidnight } from '../../src/domain/londonTime';
import { lastQuarters, Quarter, quarterId, quarterOf, quarterRange } from '../../src/domain/quarters';
import { newIdempotencyKey, newReference } from '../../src/domain/reference';
import type { CaseOutcome, ContactMethod, EqualityNetwork, Rag } from '../../src/domain/types';
import seedUsers from '../../emulator/seed/users.json';
import { bankHolidays, locations, serviceAreas, themes } from '../../src/referenceData';
import { Account, DEMO_STAFF, DemoStaff } from '../site';
import type { Persona } from '../site';
import * as text from './text';

export const HOUR = 3600000;
const DAY = 24 * HOUR;
export const QUARTERS = 6;
/** The scripted stretch before "now"; ordinary alerts are raised before it. */
const RECENT_DAYS = 28;

/** mulberry32: small, fast and good enough to make the same demo every time. */
export class Random {
  private state: number;

  public constructor(seed: number) {
    this.state = seed >>> 0;
  }

  public next = (): number => {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  public pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  public chance(p: number): boolean {
    return this.next() < p;
  }

  public between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  public weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
}

// ---- what is likely ------------------------------------------------------------------------------

/**
 * Who raises the background alerts (every alert that is not part of a persona's story, issue 13): the demo
 * staff accounts, never a persona, so what a persona sees of their own history is only their story. Each
 * stands in for many workers (the alert names an invented worker). Two raise on a colleague's behalf.
 */
const BACKGROUND_RAISERS: readonly (readonly [DemoStaff, number])[] = DEMO_STAFF.map((key) => [key, 1] as const);

/** R4: who raises on someone else's behalf (completed by a colleague, with consent stated by them). */
const ON_BEHALF: ReadonlySet<Account> = new Set<Account>(['colleague', 'demoStaff7', 'demoStaff8']);

/**
 * The personas' stories, so what each sees of their own history fits who they are (issue 13):
 * - Alex Staff (staffA) talked a workload worry through with triage last spring (closed), and raised a new
 *   concern about themselves yesterday, waiting for first contact (RECENT).
 * - Bea Staff (staffB) raised their first concern six days ago; the meeting is held, not yet rated (RECENT).
 * - Chris Colleague raised twice on colleagues' behalf in the last few days (RECENT), nothing before.
 * - Nia Newstarter joined the council eight weeks before "now" (the induction page is theirs): nothing before
 *   that day; a worry about their induction in their third week (closed), and a new one today (RECENT).
 */
export const NEW_STARTER_STARTED_DAYS_AGO = 56;

/** Where each persona who writes about themselves works: their own alerts say the same each time (issue 13). */
export const PERSONA_HOMES: Readonly<Partial<Record<Persona, { serviceAreaId: string; teamId: string; locationId: string }>>> = {
  staffA: { serviceAreaId: 'childrens-social-care', teamId: 'csc-first-response', locationId: 'county-hall' },
  staffB: { serviceAreaId: 'childrens-social-care', teamId: 'csc-disabled-childrens-service', locationId: 'wigston' },
  newStarter: { serviceAreaId: 'childrens-social-care', teamId: 'csc-family-safeguarding-north', locationId: 'loughborough' }
};

/** The day the new starter started (London midnight, eight weeks before now). */
export function newStarterStartedOn(now: Date): Date {
  return londonMidnight(addDays(londonDate(now), -NEW_STARTER_STARTED_DAYS_AGO));
}

const SERVICE_AREA_WEIGHTS: Readonly<Record<string, number>> = { 'childrens-social-care': 55, 'children-and-family-wellbeing-service': 45 };

/** Big front-line teams raise more; unlisted teams weigh 1. */
const TEAM_WEIGHTS: Readonly<Record<string, number>> = {
  'csc-first-response': 6,
  'csc-family-safeguarding-north': 5,
  'csc-family-safeguarding-south': 5,
  'csc-children-in-care-and-care-leavers': 4,
  'csc-disabled-childrens-service': 3,
  'csc-out-of-hours': 2,
  'csc-families-together': 2,
  'csc-fostering-assessments': 2,
  'csc-permanence-and-adoption': 2,
  'cfws-0-19': 6,
  'cfws-family-help': 6,
  'cfws-youth-support': 3,
  'cfws-youth-justice': 3,
  'cfws-triage': 3,
  'cfws-business-support': 2,
  'cfws-send': 2
};

const LOCATION_WEIGHTS: Readonly<Record<string, number>> = {
  'county-hall': 7,
  'working-from-home': 5,
  loughborough: 3,
  coalville: 3,
  wigston: 3,
  'market-harborough': 2,
  'cfws-locality-centre': 1
};

/** The theme triage will record (R12); unlisted themes weigh 1. */
const THEME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['workload-and-caseload', 16],
  ['mental-health', 9],
  ['vicarious-trauma-or-critical-incident', 8],
  ['concerns-about-line-manager', 7],
  ['worries-within-team-or-service', 7],
  ['supervision', 6],
  ['bullying', 4],
  ['race', 4],
  ['lone-working-and-personal-safety', 4],
  ['starting-a-conversation-with-manager', 4],
  ['induction', 3],
  ['disability', 3],
  ['financial-concern', 3],
  ['misogyny', 2],
  ['lgbt', 2],
  ['domestic-abuse', 2],
  ['promotion-process', 2],
  ['allegations-of-misconduct', 2],
  ['safeguarding-whistleblowing', 2],
  ['matrimonial', 2],
  ['homophobia', 1],
  ['substance-misuse', 1],
  ['gambling', 1],
  ['industrial-action', 1],
  ['other', 2]
];

/** R7: the network a protected-characteristic theme points to (misogyny has none of the three). */
const THEME_NETWORK: Readonly<Record<string, EqualityNetwork>> = {
  race: 'BameNetwork',
  disability: 'DisabledWorkersGroup',
  lgbt: 'LgbtStaffNetwork',
  homophobia: 'LgbtStaffNetwork'
};
const PROTECTED_THEMES = ['race', 'disability', 'lgbt', 'homophobia', 'misogyny'];

/** R19: what each network tends to hear about. */
const NETWORK_THEMES: Readonly<Record<EqualityNetwork, readonly string[]>> = {
  DisabledWorkersGroup: ['disability', 'mental-health', 'workload-and-caseload', 'lone-working-and-personal-safety'],
  LgbtStaffNetwork: ['lgbt', 'homophobia', 'bullying', 'worries-within-team-or-service'],
  BameNetwork: ['race', 'bullying', 'promotion-process', 'worries-within-team-or-service']
};
const NETWORKS: readonly EqualityNetwork[] = ['DisabledWorkersGroup', 'LgbtStaffNetwork', 'BameNetwork'];

const NAMED_RAG_PATHS: readonly (readonly [Rag[], number])[] = [
  [['Green'], 30],
  [['Amber'], 26],
  [['Red'], 9],
  [['Green', 'Amber'], 10],
  [['Amber', 'Red'], 8],
  [['Green', 'Red'], 4],
  [['Amber', 'Green'], 4]
];
const ANONYMOUS_RAG_PATHS: readonly (readonly [Rag[], number])[] = [
  [[], 4],
  [['Amber'], 3],
  [['Red'], 2],
  [['Green'], 1]
];

// ---- the plan ------------------------------------------------------------------------------------

/**
 * One thing that happens to an alert's case. open: triage opens the case; contact: first contact (a call,
 * an offered meeting, or a discussion held there and then); offer; meeting (with the brief record, R12);
 * rate: a RAG (R13; later ones may escalate, R17); share: the Red summary (R14); forward: an anonymous alert
 * sent on (R16); hosFollowUp: the HoS records the follow-up (R14); ack: triage notes it on the case; close.
 */
export type StepKind = 'open' | 'contact' | 'offer' | 'meeting' | 'rate' | 'forward' | 'share' | 'hosFollowUp' | 'ack' | 'close';

export interface PlannedStep {
  kind: StepKind;
  at: Date;
  rag?: Rag;
}

export interface AlertPlan {
  reference: string;
  idempotencyKey: string;
  raisedAt: Date;
  raiser: Account;
  draft: AlertDraft;
  /** R12: the themes triage records at the meeting (first = the one the details describe). */
  themeIds: string[];
  /** How first contact is made: a call, a meeting offered, or a discussion held on the first call. */
  contactKind: 'call' | 'offer' | 'meet';
  contactMethod: ContactMethod;
  meetingMethod: ContactMethod;
  /** R15 */
  whistleblowing: boolean;
  /** R14: the worker agreed to their name going with a Red summary. */
  nameShared: boolean;
  lineManager: Persona;
  outcome: CaseOutcome;
  words: {
    discussionSummary: string;
    agreedActions: string;
    summaryConcerns: string;
    summaryActions: string;
    hosOutcome: string;
    followUpNote: string;
  };
  /** The steps that happen before "now", in order (none: the alert has just arrived). */
  steps: PlannedStep[];
}

export interface NetworkThemePlan {
  at: Date;
  network: EqualityNetwork;
  quarterId: string;
  themeId: string;
  count: number;
  note: string;
}

export interface PublicationPlan {
  at: Date;
  quarter: Quarter;
  republish: boolean;
  commentary: string;
}

export interface DemoPlan {
  quarters: Quarter[];
  alerts: AlertPlan[];
  networkThemes: NetworkThemePlan[];
  publications: PublicationPlan[];
}

/** A scripted recent alert: how long ago, and the first step that has NOT happened by now. */
interface Scripted {
  hoursAgo: number;
  /** The first step not yet happened by now (none: the case has run its natural course up to now). */
  until?: StepKind;
  rag?: Rag[];
  anonymous?: boolean;
  raiser?: Persona;
  /** The raiser writes about themselves under their own name (so the preview's story joins up). */
  ownName?: boolean;
  /** The theme the details describe (otherwise drawn). */
  theme?: string;
  contactKind?: AlertPlan['contactKind'];
  late?: boolean;
  /** Hours before now by which the steps before `until` must have happened. */
  slack?: number;
}

/** The board's last four weeks (R10-R17): every open state and RAG, whatever the seed. */
const RECENT: readonly Scripted[] = [
  { hoursAgo: 1.5, until: 'open', raiser: 'newStarter', ownName: true },
  { hoursAgo: 4, until: 'open', raiser: 'colleague' },
  { hoursAgo: 15, until: 'open' },
  { hoursAgo: 40, until: 'open' }, // not opened, due soon
  { hoursAgo: 63, until: 'open', anonymous: true }, // not opened, overdue
  { hoursAgo: 20, until: 'contact' },
  { hoursAgo: 39, until: 'contact', raiser: 'staffA', ownName: true }, // due soon
  { hoursAgo: 54, until: 'contact' }, // overdue
  { hoursAgo: 78, until: 'contact', raiser: 'colleague' }, // overdue, consent not yet confirmed
  { hoursAgo: 28, until: 'offer', contactKind: 'call' },
  { hoursAgo: 100, until: 'offer', contactKind: 'call', late: true }, // contacted after 48 hours
  { hoursAgo: 70, until: 'meeting', contactKind: 'offer' },
  { hoursAgo: 130, until: 'meeting', contactKind: 'call' },
  { hoursAgo: 150, until: 'rate', contactKind: 'offer', raiser: 'staffB', ownName: true }, // held, not yet rated
  { hoursAgo: 200, until: 'close', rag: ['Green'] },
  { hoursAgo: 230, until: 'close', rag: ['Amber'] },
  { hoursAgo: 300, until: 'close', rag: ['Green', 'Amber'] }, // escalated
  { hoursAgo: 130, until: 'share', rag: ['Red'], contactKind: 'meet' }, // Red, summary not yet shared
  { hoursAgo: 320, until: 'hosFollowUp', rag: ['Red'] }, // shared; HoS follow-up due in a few days
  { hoursAgo: 560, until: 'hosFollowUp', rag: ['Amber', 'Red'], slack: 16 * 24 }, // shared over 14 days ago; HoS follow-up overdue
  { hoursAgo: 260, until: 'hosFollowUp', anonymous: true, rag: ['Amber'] }, // forwarded (R16); follow-up due
  { hoursAgo: 620, until: 'close', rag: ['Green', 'Red'] } // HoS has followed up; ready to close
];

/** The personas' earlier alerts (their stories above; the recent ones are in RECENT): each runs its natural course. */
const STORY: readonly Scripted[] = [
  { hoursAgo: 200 * 24 - 5, raiser: 'staffA', ownName: true, theme: 'workload-and-caseload', rag: ['Amber'] },
  { hoursAgo: 38 * 24 - 3, raiser: 'newStarter', ownName: true, theme: 'induction', rag: ['Green'] }
];

const holidays = new Set<string>(bankHolidays);

function inWorkingHours(t: Date): boolean {
  const { hour, minute } = londonDateTime(t);
  const h = hour + minute / 60;
  return isWorkingDay(londonDate(t), holidays) && h >= 8.5 && h < 17.5;
}

/** The next working day at or after t's date (London), skipping today when `after` is set. */
function nextWorkingDay(t: Date, after: boolean): string {
  let day = after ? addDays(londonDate(t), 1) : londonDate(t);
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

/** Triage works office hours: t itself, or the next working morning (09:00-10:30 London). */
function officeHours(t: Date, jitter: number): Date {
  if (inWorkingHours(t)) return t;
  const { hour, minute } = londonDateTime(t);
  const today = londonDate(t);
  const day = isWorkingDay(today, holidays) && hour + minute / 60 < 8.5 ? today : nextWorkingDay(t, true);
  return new Date(londonMidnight(day).getTime() + (9 + 1.5 * jitter) * HOUR);
}

/** The time of each step: the gaps (scaled) one after another, each moved to office hours unless `snap` is off. */
function layout(start: number, gaps: readonly Gap[], scale: number, snap: boolean): number[] {
  let t = start;
  return gaps.map((g) => {
    t += g.hours * HOUR * scale;
    // Triage works office hours, except to finish what it is doing (the rating after a discussion).
    if (snap && !g.sameSitting) t = officeHours(new Date(t), g.jitter).getTime();
    return t;
  });
}

interface Gap {
  kind: StepKind;
  hours: number;
  rag?: Rag;
  /** Done in the same sitting as the step before (not moved to office hours on its own). */
  sameSitting: boolean;
  jitter: number;
}

class Planner {
  private readonly random: Random;
  private readonly limit: number;

  public constructor(
    seed: number,
    private readonly now: Date
  ) {
    this.random = new Random(seed);
    // Nothing happens in the last half hour, so the board's clock reads as the plan says.
    this.limit = now.getTime() - HOUR / 2;
  }

  public plan(): DemoPlan {
    const quarters = lastQuarters(quarterOf(this.now), QUARTERS);
    const alerts: AlertPlan[] = [];
    const ordinaryEnd = this.now.getTime() - RECENT_DAYS * DAY;
    for (const q of quarters) {
      const range = quarterRange(q);
      const start = range.startInstant.getTime();
      const end = Math.min(range.endInstant.getTime(), ordinaryEnd);
      const perQuarter = this.random.between(25, 36);
      if (end <= start) continue;
      const count = Math.round((perQuarter * (end - start)) / (range.endInstant.getTime() - start));
      for (let i = 0; i < count; i++) alerts.push(this.alert(this.raisedBetween(start, end), {}));
    }
    for (const s of RECENT) {
      const hoursAgo = s.hoursAgo + this.random.between(-0.3, 0.3);
      alerts.push(this.alert(new Date(this.now.getTime() - hoursAgo * HOUR), { anonymous: false, ...s }));
    }
    const networkThemes = this.networkThemes(quarters);
    const publications = this.publications(quarters);
    // Drawn last, so the stories do not move anything else the seed gives.
    for (const s of STORY) alerts.push(this.alert(new Date(this.now.getTime() - s.hoursAgo * HOUR), { anonymous: false, ...s }));
    alerts.sort((a, b) => a.raisedAt.getTime() - b.raisedAt.getTime());
    return { quarters, alerts, networkThemes, publications };
  }

  /** Most alerts are raised in office hours; about a quarter in the evening or at the weekend (R9). */
  private raisedBetween(start: number, end: number): Date {
    const t = new Date(start + this.random.next() * (end - start));
    const moveToOffice = this.random.chance(0.7);
    const r = this.random.next();
    if (inWorkingHours(t) || !moveToOffice) return t;
    const day = nextWorkingDay(t, true);
    const moved = new Date(londonMidnight(day).getTime() + (8.5 + 9 * r) * HOUR);
    return moved.getTime() < end ? moved : t;
  }

  private workerName(): string {
    return `${this.random.pick(text.FIRST_NAMES)} ${this.random.pick(text.SURNAMES)}`;
  }

  private alert(raisedAt: Date, s: Partial<Scripted>): AlertPlan {
    const r = this.random;
    const reference = newReference(r.next);
    const idempotencyKey = newIdempotencyKey(r.next);
    // A persona raises only their story; the demo staff raise everything else.
    const raiser: Account = s.raiser ?? r.weighted(BACKGROUND_RAISERS);
    const onBehalf = ON_BEHALF.has(raiser);
    // A persona writing about themselves gives their own job and team (drawn all the same, so the seed's
    // sequence does not move).
    const home = s.ownName && s.raiser ? PERSONA_HOMES[s.raiser] : undefined;
    const drawnArea = r.weighted(serviceAreas.map((a) => [a, SERVICE_AREA_WEIGHTS[a.id] ?? 1] as const));
    const area = serviceAreas.find((a) => a.id === home?.serviceAreaId) ?? drawnArea;
    const anonymousRoll = r.chance(0.12);
    const anonymous = s.anonymous ?? (!onBehalf && anonymousRoll);
    const inductionRoll = r.chance(0.5);
    const primary = s.theme ?? (raiser === 'newStarter' && inductionRoll ? 'induction' : r.weighted(THEME_WEIGHTS));
    const secondRoll = r.chance(0.3);
    const second = r.weighted(THEME_WEIGHTS);
    const themeIds = secondRoll && second !== primary ? [primary, second] : [primary];
    const networkRolls = [r.chance(0.7), r.chance(0.5)];
    const networks = themeIds.map((t) => THEME_NETWORK[t]).filter((n, i, all): n is EqualityNetwork => n !== undefined && all.indexOf(n) === i);
    const wantsNetwork = networkRolls[0];
    const protectedCharacteristic = themeIds.some((t) => PROTECTED_THEMES.includes(t));
    const chosenNetworks = protectedCharacteristic && wantsNetwork ? networks : [];
    const raceChampionRequested = chosenNetworks.includes('BameNetwork') && networkRolls[1];
    const involvesManagerRoll = r.chance(0.05);
    const concernInvolvesManager = themeIds.includes('concerns-about-line-manager') || involvesManagerRoll;
    const drawnTeam = r.weighted(area.teams.map((t) => [t, TEAM_WEIGHTS[t.id] ?? 1] as const));
    const team = area.teams.find((t) => t.id === home?.teamId) ?? drawnTeam;
    const drawnLocation = r.weighted(
      locations.map((l) => [l, (LOCATION_WEIGHTS[l.id] ?? 1) * (l.id === 'cfws-locality-centre' && area.route === 'AP' ? 6 : 1)] as const)
    );
    const location = locations.find((l) => l.id === home?.locationId) ?? drawnLocation;
    const drawnRole = r.pick(text.ROLES[area.id] ?? text.DEFAULT_ROLES);
    const role = home && s.raiser ? personaJob(s.raiser) : drawnRole;
    const name = this.workerName();
    const raisedWithManager = !anonymous && !concernInvolvesManager && r.chance(0.35);
    const acknowledged = r.chance(0.6);
    const managerResponse = r.chance(0.5) ? r.pick(text.MANAGER_RESPONSES) : undefined;
    const firstQuestions: FirstQuestions = raisedWithManager
      ? { raisedWithManager: true, ...(managerResponse ? { managerResponse } : {}), acknowledged, helpful: false, wantsIndependentPerson: true }
      : {
          raisedWithManager: false,
          concernInvolvesManager,
          ...(concernInvolvesManager ? {} : { ableToRaiseWithManager: false }),
          wantsIndependentPerson: !anonymous
        };
    const consentMode = r.chance(0.55) ? ('CompletedTogether' as const) : ('WorkerSeenAndAgreed' as const);
    const copyRoll = r.chance(0.5);
    const nextPersonRoll = r.chance(0.5);
    const nextPerson = this.workerName();
    const draft: AlertDraft = {
      ...emptyAlertDraft(onBehalf ? 'Colleague' : 'Worker'),
      consentMode: onBehalf ? consentMode : 'NotNeeded',
      anonymous,
      workerName: anonymous ? '' : s.ownName ? personaTitle(raiser) : name,
      role: anonymous ? '' : role,
      teamId: anonymous ? '' : team.id,
      serviceAreaId: area.id,
      locationId: location.id,
      details: r.pick(text.DETAILS[primary] ?? [text.DEFAULT_DETAILS]),
      actionTaken: r.pick(raisedWithManager ? text.ACTIONS_TAKEN_WITH_MANAGER : text.ACTIONS_TAKEN),
      whatNeedsToHappen: r.pick(text.NEEDS),
      protectedCharacteristic,
      networks: chosenNetworks,
      raceChampionRequested,
      concernInvolvesManager,
      nextPersonInLine: concernInvolvesManager && nextPersonRoll ? nextPerson : '',
      newStarter: raiser === 'newStarter',
      sendWorkerCopy: onBehalf && consentMode === 'WorkerSeenAndAgreed' && copyRoll,
      firstQuestions
    };

    const ragPath = s.rag ?? r.weighted(anonymous ? ANONYMOUS_RAG_PATHS : NAMED_RAG_PATHS);
    const whistleblowing = !anonymous && themeIds.includes('safeguarding-whistleblowing') && r.chance(0.6);
    const finalRag = ragPath[ragPath.length - 1];
    const outcome: CaseOutcome = whistleblowing
      ? 'WhistleblowingFollowed'
      : anonymous
        ? r.weighted([['ManagementActionTaken', 3], ['NoFurtherActionNeeded', 2]] as const)
        : finalRag === 'Red'
          ? r.weighted([['ManagementActionTaken', 3], ['TargetedSupportArranged', 2]] as const)
          : finalRag === 'Amber'
            ? r.weighted([['TargetedSupportArranged', 4], ['ResolvedWithManager', 2], ['SignpostedToSupport', 1], ['WorkerDeclinedSupport', 1]] as const)
            : r.weighted([['SignpostedToSupport', 4], ['ResolvedWithManager', 3], ['NoFurtherActionNeeded', 2], ['WorkerDeclinedSupport', 1]] as const);
    const contactKind = s.contactKind ?? r.weighted([['call', 4], ['offer', 5], ['meet', 1]] as const);
    const late = s.late ?? r.chance(0.05);
    const firstRag: Rag | 'None' = ragPath[0] ?? 'None';
    const themeName = themeLabel(primary);
    const plan: AlertPlan = {
      reference,
      idempotencyKey,
      raisedAt,
      raiser,
      draft,
      themeIds,
      contactKind,
      contactMethod: r.weighted(text.CONTACT_METHODS),
      meetingMethod: r.weighted(text.MEETING_METHODS),
      whistleblowing,
      nameShared: r.chance(0.65),
      lineManager: area.teams.indexOf(team) % 2 === 0 ? 'lineManager1' : 'lineManager2',
      outcome,
      words: {
        discussionSummary: r.pick(text.DISCUSSION_SUMMARY[firstRag]),
        agreedActions: r.pick(text.AGREED_ACTIONS[firstRag]),
        summaryConcerns: r.pick(anonymous ? text.REFERRAL_CONCERNS : text.SUMMARY_CONCERNS).replace('{theme}', themeName),
        summaryActions: r.pick(anonymous ? text.REFERRAL_ACTIONS : text.SUMMARY_ACTIONS),
        hosOutcome: r.pick(text.HOS_OUTCOMES),
        followUpNote: r.pick(text.FOLLOW_UP_NOTES)
      },
      steps: []
    };
    plan.steps = this.steps(plan, this.gaps(plan, ragPath, late), s.until, s.slack ?? 0);
    return plan;
  }

  /** The natural course of the case, as gaps in hours from the step before (the first from the alert). */
  private gaps(plan: AlertPlan, ragPath: Rag[], late: boolean): Gap[] {
    const r = this.random;
    const gaps: Gap[] = [];
    const add = (kind: StepKind, hours: number, rag?: Rag, sameSitting = false): void => {
      gaps.push({ kind, hours, rag, sameSitting, jitter: r.next() });
    };
    const followUp = (): void => {
      // R14: due 14 days after sharing; mostly done in the days before, sometimes late.
      add('hosFollowUp', 14 * 24 + (r.chance(0.15) ? r.between(72, 240) : r.between(-96, 24)));
      add('ack', r.between(1, 24));
      add('close', r.between(0.5, 120));
    };
    add('open', r.between(0.2, 4));
    if (plan.draft.anonymous) {
      add('forward', r.between(1, 24));
      if (ragPath.length > 0) add('rate', r.between(0.1, 1), ragPath[0], true);
      followUp();
      return gaps;
    }
    // R10: most first contacts the same day or the next; a few late when triage is stretched.
    add('contact', late ? r.between(50, 75) : r.chance(0.65) ? r.between(0.2, 6) : r.between(6, 30));
    if (plan.contactKind === 'call') add('offer', r.between(1, 30));
    if (plan.contactKind !== 'meet') add('meeting', r.between(24, 120));
    ragPath.forEach((rag, i) => {
      add('rate', i === 0 ? r.between(0.2, 2) : r.between(48, 400), rag, i === 0);
      if (rag === 'Red') add('share', r.between(2, 48));
    });
    if (ragPath.includes('Red')) {
      followUp();
    } else {
      add('close', ragPath[ragPath.length - 1] === 'Amber' ? r.between(24, 900) : r.between(2, 240));
    }
    return gaps;
  }

  /** Lays the gaps out in office hours and keeps what has happened by now (and, if scripted, before `until`). */
  private steps(plan: AlertPlan, gaps: Gap[], until: StepKind | undefined, slack: number): PlannedStep[] {
    const required = until === undefined ? 0 : gaps.findIndex((g) => g.kind === until);
    if (until !== undefined && required < 0) throw new Error(`Demo data: a scripted alert has no '${until}' step`);
    const start = plan.raisedAt.getTime();
    const deadline = this.limit - slack * HOUR;
    let times = layout(start, gaps, 1, true);
    // A scripted case must have got this far by now: quicken its course until it fits, in office hours if
    // possible (otherwise triage worked late that week).
    for (let scale = 0.8; required > 0 && times[required - 1] >= deadline; scale *= 0.8) {
      if (scale < 0.05) {
        const natural = gaps.slice(0, required).reduce((sum, g) => sum + g.hours, 0) * HOUR;
        times = layout(start, gaps, Math.min(1, (deadline - HOUR - start) / natural), false);
        break;
      }
      times = layout(start, gaps, scale, true);
    }
    const steps: PlannedStep[] = [];
    for (let i = 0; i < gaps.length; i++) {
      if (times[i] >= this.limit || (until !== undefined && i >= required)) break;
      steps.push({ kind: gaps[i].kind, at: new Date(times[i]), ...(gaps[i].rag ? { rag: gaps[i].rag } : {}) });
    }
    return steps;
  }

  /** R19: a few themes from each network rep every quarter. */
  private networkThemes(quarters: Quarter[]): NetworkThemePlan[] {
    const r = this.random;
    const plans: NetworkThemePlan[] = [];
    for (const q of quarters) {
      const start = quarterRange(q).startInstant.getTime();
      for (const network of NETWORKS) {
        const entries = 1 + Math.floor(r.next() * 3);
        for (let i = 0; i < entries; i++) {
          const at = officeHours(new Date(start + r.between(5, 85) * DAY), r.next());
          const themeId = r.pick(NETWORK_THEMES[network]);
          const count = 1 + Math.floor(r.next() * 6);
          const note = r.pick(text.NETWORK_NOTES);
          if (at.getTime() < this.limit) plans.push({ at, network, quarterId: quarterId(q), themeId, count, note });
        }
      }
    }
    return plans;
  }

  /** R18: each finished quarter published about ten days after it ends; one republished after SMT (a history). */
  private publications(quarters: Quarter[]): PublicationPlan[] {
    const r = this.random;
    const finished = quarters.slice(0, -1);
    const plans: PublicationPlan[] = finished.map((quarter) => {
      const end = quarterRange(quarter).endInstant.getTime();
      const wanted = officeHours(new Date(end + r.between(7, 12) * DAY), r.next()).getTime();
      const at = new Date(Math.max(end + 60000, Math.min(wanted, this.limit - HOUR)));
      return { at, quarter, republish: false, commentary: r.pick(text.COMMENTARY) };
    });
    const again = plans[plans.length - 2];
    if (again) {
      // After SMT has met on it (about two or three weeks later), with the commentary SMT agreed.
      const at = officeHours(new Date(again.at.getTime() + r.between(14, 21) * DAY), r.next());
      if (at.getTime() < this.limit) plans.push({ at, quarter: again.quarter, republish: true, commentary: text.REPUBLISH_COMMENTARY });
    }
    return plans;
  }
}

function seedAccount(persona: Account): { title: string; jobTitle: string } {
  const user = seedUsers.users.find((u) => u.key === persona);
  if (!user) throw new Error(`Demo data: no persona ${persona}`);
  return user;
}

function personaTitle(persona: Account): string {
  return seedAccount(persona).title;
}

/** The persona's job as they would write it on the form ("Social worker"). */
function personaJob(persona: Account): string {
  const job = seedAccount(persona).jobTitle;
  return job.charAt(0) + job.slice(1).toLowerCase();
}

function themeLabel(id: string): string {
  return themes.find((t) => t.id === id)?.name ?? id;
}

/** The whole demo, from the seed and "now" alone (the same inputs give the same plan). */
export function planDemo(seed: number, now: Date): DemoPlan {
  return new Planner(seed, now).plan();
}
