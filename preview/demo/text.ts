/*
 * The words the demo data is made of: invented worker names and short, neutral phrases for each part of
 * the process. No real people; no demo persona's name is in these lists (the test checks). Phrases avoid
 * every name part below, so a redacted Red summary never trips the name check in managerSummary.ts.
 */
import type { ContactMethod, Rag } from '../../src/domain/types';

export const FIRST_NAMES: readonly string[] = [
  'Amira', 'Ben', 'Carys', 'Dev', 'Ellie', 'Farhan', 'Gemma', 'Hamza', 'Isla', 'Jack', 'Kiran', 'Lola', 'Marek', 'Niamh', 'Olu',
  'Poppy', 'Rhys', 'Sana', 'Tom', 'Uma', 'Vikram', 'Wendy', 'Yusuf', 'Zara', 'Ade', 'Bronwen', 'Callum', 'Deepa', 'Eilidh', 'Fiona'
];

export const SURNAMES: readonly string[] = [
  'Ashworth', 'Bains', 'Clarke', 'Dhillon', 'Evans', 'Fenwick', 'Gill', 'Hughes', 'Iqbal', 'Jarvis', 'Kaur', 'Lowe', 'Mistry',
  'Nolan', 'Okafor', 'Patel', 'Quinn', 'Rowe', 'Shah', 'Turner', 'Adeyemi', 'Brennan', 'Chauhan', 'Doyle', 'Ellis'
];

/** Roles by service area (free text on the form, R3). */
export const ROLES: Readonly<Record<string, readonly string[]>> = {
  'childrens-social-care': [
    'Social worker', 'Social worker', 'Senior practitioner', 'Team manager', 'Family support worker',
    'Independent reviewing officer', 'Supervising social worker', 'Business support officer'
  ],
  'children-and-family-wellbeing-service': [
    'Family wellbeing worker', 'Family wellbeing worker', 'Youth worker', 'Youth justice officer', 'Early help practitioner',
    'Team leader', 'Business support officer', 'Volunteer development officer'
  ]
};
export const DEFAULT_ROLES: readonly string[] = ['Practitioner', 'Business support officer'];

/** R3 "Details of concerns being raised", by the theme triage later records (R12). */
export const DETAILS: Readonly<Record<string, readonly string[]>> = {
  'workload-and-caseload': [
    'Caseload has grown steadily over several months and there is no time left to keep on top of visits and recording.',
    'Covering vacancies in the team has meant working late most evenings for weeks.'
  ],
  supervision: ['Supervision has been cancelled several times this quarter, leaving no space to reflect on difficult cases.'],
  'vicarious-trauma-or-critical-incident': [
    'A distressing incident on a recent case keeps coming back, and sleep has been affected.',
    'A serious case review brought back a difficult piece of work from last year.'
  ],
  'mental-health': [
    'Feeling low and anxious for some weeks, and it is starting to affect work.',
    'The return to work after sickness absence has not gone as planned.'
  ],
  'concerns-about-line-manager': ['It is difficult to raise things with the line manager, and concerns do not seem to be heard.'],
  'worries-within-team-or-service': [
    'There has been tension in the team since the restructure and people have stopped talking to each other.',
    'Several people have left the team recently and morale is low.'
  ],
  bullying: ['Comments in team meetings have left a feeling of being singled out and excluded.'],
  race: ['Remarks about background and culture have been made in the office and nobody challenged them.'],
  disability: ['Reasonable adjustments agreed some time ago have still not been put in place.'],
  lgbt: ['It does not feel possible to be open about home life at work because of the atmosphere in the office.'],
  homophobia: ['Jokes about gay colleagues have been made in the office and were laughed off when challenged.'],
  misogyny: ['Comments about women in the team have been made at meetings and it is becoming uncomfortable.'],
  induction: [
    'Started recently and the induction and shadowing that were planned have not happened yet.',
    'Still waiting for system access and a mentor a month after starting.'
  ],
  'lone-working-and-personal-safety': ['Two recent home visits felt unsafe and there is worry about going back alone.'],
  'domestic-abuse': ['Things at home are difficult and some support is needed to keep working safely.'],
  'financial-concern': ['Money worries are building up and it is hard to concentrate at work.'],
  'starting-a-conversation-with-manager': ['Would like to talk to the manager about flexible working but unsure how to start the conversation.'],
  'promotion-process': ['Unsuccessful in a recent promotion process, with feedback that did not help to understand why.'],
  'allegations-of-misconduct': ['Subject to an allegation at work; the wait for an outcome is affecting health.'],
  'safeguarding-whistleblowing': ['Worried about practice in the team and unsure who to tell, or whether it counts as whistleblowing.'],
  'substance-misuse': ['Drinking more than usual to cope with work, and would like some help.'],
  gambling: ['Gambling has become a worry, and would like to know what help is available.'],
  matrimonial: ['Going through a separation and struggling to manage work alongside it.'],
  'industrial-action': ['Disagreements over the industrial action have made the office uncomfortable.'],
  other: ['Several things have built up at once and it is hard to know where to start.']
};
export const DEFAULT_DETAILS = 'Several things have built up at once and it is hard to know where to start.';

export const ACTIONS_TAKEN: readonly string[] = [
  'Mentioned it in supervision.',
  'Spoken to Occupational Health.',
  'Nothing yet.',
  'Used the Staff Support line.',
  'Talked it through with a colleague.'
];
export const ACTIONS_TAKEN_WITH_MANAGER: readonly string[] = [
  'Raised it with the manager, who said they would look into it.',
  'Discussed it with the manager in supervision.'
];

export const NEEDS: readonly string[] = [
  'A conversation with someone independent.',
  'Some adjustments to the caseload.',
  'Help to talk to the manager.',
  'Advice on what support is available.',
  'Time to reflect on a difficult case with someone outside the team.',
  "For the team's behaviour to be addressed."
];

/** R2: what the manager said, when the worker had raised it. */
export const MANAGER_RESPONSES: readonly string[] = [
  'They said they would look at the caseload, but nothing has changed.',
  'We agreed to talk again in supervision.',
  'They were sympathetic but very busy.'
];

/** R12 (appendix 2): summary of discussions and agreed actions, by the RAG the discussion led to. */
export const DISCUSSION_SUMMARY: Readonly<Record<Rag | 'None', readonly string[]>> = {
  None: ['We talked through what has been happening and what would help. To agree next steps at a second conversation.'],
  Green: [
    'We talked through what has been happening and what would help. Reflection and signposting are enough for now.',
    'A helpful conversation; the worker feels able to take this forward with their manager with some preparation.'
  ],
  Amber: [
    'We discussed the pressures in detail and agreed targeted support alongside a follow-up conversation with the team manager.',
    'The worker would value a mentor and some training; a follow-up meeting with the service manager was agreed.'
  ],
  Red: [
    'Significant concerns about the worker\'s wellbeing and about the team; further action by the service is needed.',
    'The concerns are serious and affect others in the team; the service needs to act.'
  ]
};
export const AGREED_ACTIONS: Readonly<Record<Rag | 'None', readonly string[]>> = {
  None: ['Second conversation booked.'],
  Green: [
    'Signposted to the Staff Support line and the Employee Assistance Programme; check in again in two weeks.',
    'Support to plan a conversation with the team manager.'
  ],
  Amber: [
    'Learning and development request made; follow-up meeting with the team manager arranged.',
    'Referral to the Practice Excellence Team; mentor session booked.'
  ],
  Red: ['Summary to be shared with the service; weekly check-ins until the follow-up.']
};

/** R14 (appendix 3) and R16. {theme} is a theme's name. */
export const SUMMARY_CONCERNS: readonly string[] = [
  'Theme: {theme}. The concerns are affecting the worker\'s wellbeing; the service is asked to review what support is in place.',
  'Theme: {theme}. The concerns reach beyond one person in the team; the service is asked to look into it and act.'
];
export const SUMMARY_ACTIONS: readonly string[] = [
  'Caseload review within two weeks; weekly check-ins for a month.',
  'Service manager to meet the team manager and agree support; review at the follow-up.',
  'A team discussion led by someone outside the team; review in four weeks.'
];
export const REFERRAL_CONCERNS: readonly string[] = [
  'Theme: {theme}. An anonymous concern in this service; the service manager is asked to consider it and act.'
];
export const REFERRAL_ACTIONS: readonly string[] = ['Service manager to consider the concern and act; HoS Safeguarding to follow up in two weeks.'];

/** R14: what the HoS Safeguarding records after following up with the Head of Service. */
export const HOS_OUTCOMES: readonly string[] = [
  'Spoke with the Head of Service; support has been put in place and will be reviewed in supervision.',
  'The Head of Service confirmed the caseload review took place and the actions are on track.',
  'Actions confirmed with the service manager; no further follow-up needed.'
];
/** What triage notes on the case when the HoS follow-up is in. */
export const FOLLOW_UP_NOTES: readonly string[] = ['HoS follow-up recorded: actions taken by the service.'];

/** R19: a network rep's note (themes, never names). */
export const NETWORK_NOTES: readonly string[] = [
  'Raised at the network meeting.',
  'Several members described similar experiences.',
  'Passed on after a drop-in session.'
];

/** R18: the PSW's commentary on a published quarter. {theme} is the name of the most common published theme. */
export const COMMENTARY: readonly string[] = [
  '"{theme}" was the most common theme this quarter; service leads will be asked what would help.',
  '"{theme}" remains the most common theme. Escalations will be discussed with each service at the next SMT.',
  '"{theme}" led the themes this quarter; network reps have been asked to share what they are hearing.'
];
export const COMMENTARY_NO_THEME = 'Numbers were small this quarter, so most figures are shown as "fewer than" the threshold.';
export const REPUBLISH_COMMENTARY = 'Agreed at SMT: each service will report back on its actions at the next meeting.';

export const CONTACT_METHODS: readonly [ContactMethod, number][] = [
  ['Phone', 5],
  ['Teams', 4],
  ['Email', 2],
  ['InPerson', 1]
];
export const MEETING_METHODS: readonly [ContactMethod, number][] = [
  ['Teams', 5],
  ['InPerson', 3],
  ['Phone', 2]
];
