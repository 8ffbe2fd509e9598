import {
  appendEvents,
  assign,
  availableCommands,
  Case,
  CaseEvent,
  close,
  CommandContext,
  CommandResult,
  confirmConsent,
  escalationFor,
  escalationKinds,
  firstContactMadeAt,
  forwardAnonymous,
  offerMeeting,
  openCase,
  OpenCaseInput,
  recordFirstContact,
  recordFollowUp,
  recordMeeting,
  recordWhistleblowing,
  setRag,
  shareSummary
} from '../../src/domain/caseLifecycle';
import { hosFollowUpDue } from '../../src/domain/managerSummary';
import { CASE_EVENT_KINDS, Rag } from '../../src/domain/types';

const T0 = new Date('2025-03-03T09:00:00Z');
const hours = (n: number): Date => new Date(T0.getTime() + n * 3600000);
const at = (n: number, by = 'psw@council.gov.uk'): CommandContext => ({ at: hours(n), by });

const namedInput: OpenCaseInput = { reference: 'WB-AAAA-AAAA', route: 'PSW', anonymous: false, consentStatus: 'NotNeeded' };
const anonymousInput: OpenCaseInput = { ...namedInput, anonymous: true };

function ok(result: CommandResult): { case: Case; events: CaseEvent[] } {
  if (!result.ok) {
    throw new Error(`refused: ${result.reason}`);
  }
  return result;
}

function refusal(result: CommandResult): string {
  return result.ok ? 'accepted' : result.reason;
}

function opened(input: OpenCaseInput = namedInput): Case {
  return ok(openCase(input, at(0))).case;
}

function met(input: OpenCaseInput = namedInput): Case {
  // R10, R16: nobody can phone an anonymous worker; a discussion held (through its conversation) is its contact.
  const contacted = input.anonymous ? opened(input) : ok(recordFirstContact(opened(input), at(1), 'Phone')).case;
  return ok(recordMeeting(contacted, at(2))).case;
}

function rated(rag: Rag, input: OpenCaseInput = namedInput): Case {
  return ok(setRag(met(input), at(3), rag)).case;
}

describe('R10, R11, R12: opening and working a case', () => {
  it('R10: a case opens as New with a CaseOpened event', () => {
    const r = ok(openCase(namedInput, at(0)));
    expect(r.case.status).toBe('New');
    expect(r.case.openedAt).toEqual(T0);
    expect(r.case.escalations).toEqual([]);
    expect(r.case.whistleblowing).toBe(false);
    expect(r.events).toEqual([{ kind: 'CaseOpened', at: T0, by: 'psw@council.gov.uk', to: 'New' }]);
  });

  it('R10: a case cannot be opened without an actor or a real time', () => {
    expect(refusal(openCase(namedInput, { at: T0, by: ' ' }))).toBe('MissingActor');
    expect(refusal(openCase(namedInput, { at: new Date('nope'), by: 'x' }))).toBe('InvalidTime');
  });

  it('R10: first contact moves New to Contacted and records when and how', () => {
    const r = ok(recordFirstContact(opened(), at(5), 'Teams'));
    expect(r.case.status).toBe('Contacted');
    expect(r.case.firstContactAt).toEqual(hours(5));
    expect(r.case.firstContactMethod).toBe('Teams');
    expect(r.events).toEqual([{ kind: 'StatusChanged', at: hours(5), by: 'psw@council.gov.uk', from: 'New', to: 'Contacted' }]);
  });

  it('R10: first contact cannot be recorded twice', () => {
    const c = ok(recordFirstContact(opened(), at(1), 'Phone')).case;
    expect(refusal(recordFirstContact(c, at(2), 'Phone'))).toBe('NotAllowedInStatus');
  });

  it('R11: a meeting offered straight from New counts as the first contact', () => {
    const r = ok(offerMeeting(opened(), at(4), 'Email'));
    expect(r.case.status).toBe('MeetingOffered');
    expect(r.case.firstContactAt).toEqual(hours(4));
    expect(r.case.firstContactMethod).toBe('Email');
    expect(r.case.meetingOfferedAt).toEqual(hours(4));
  });

  it('R11: a meeting offered after contact keeps the first contact time', () => {
    const contacted = ok(recordFirstContact(opened(), at(1), 'Phone')).case;
    const r = ok(offerMeeting(contacted, at(3)));
    expect(r.case.firstContactAt).toEqual(hours(1));
    expect(r.case.firstContactMethod).toBe('Phone');
    expect(refusal(offerMeeting(r.case, at(4)))).toBe('NotAllowedInStatus');
  });

  it('R11, R12: a meeting held after it was offered moves to MeetingHeld', () => {
    const offered = ok(offerMeeting(ok(recordFirstContact(opened(), at(1), 'Phone')).case, at(2))).case;
    const r = ok(recordMeeting(offered, at(30)));
    expect(r.case.status).toBe('MeetingHeld');
    expect(r.case.meetingHeldAt).toEqual(hours(30));
    expect(r.case.firstContactAt).toEqual(hours(1));
    expect(refusal(recordMeeting(r.case, at(31)))).toBe('NotAllowedInStatus');
  });

  it('R10, R12: a discussion on the first call is recorded as a meeting held and the first contact', () => {
    const r = ok(recordMeeting(opened(), at(2), 'Phone'));
    expect(r.case.status).toBe('MeetingHeld');
    expect(r.case.firstContactAt).toEqual(hours(2));
    expect(r.case.firstContactMethod).toBe('Phone');
  });

  it('R10: every command needs an actor and a time not before the case opened', () => {
    const c = opened();
    expect(refusal(recordFirstContact(c, { at: hours(1), by: '' }, 'Phone'))).toBe('MissingActor');
    expect(refusal(recordFirstContact(c, { at: hours(-1), by: 'x' }, 'Phone'))).toBe('InvalidTime');
    expect(refusal(recordFirstContact(c, { at: new Date(NaN), by: 'x' }, 'Phone'))).toBe('InvalidTime');
  });

  it('R10: a case is assigned to a triage member with an Assigned event', () => {
    const r = ok(assign(opened(), at(1), 'ap@council.gov.uk'));
    expect(r.case.owner).toBe('ap@council.gov.uk');
    expect(r.events).toEqual([{ kind: 'Assigned', at: hours(1), by: 'psw@council.gov.uk', to: 'ap@council.gov.uk' }]);
    const again = ok(assign(r.case, at(2), 'psw@council.gov.uk'));
    expect(again.events[0].from).toBe('ap@council.gov.uk');
    expect(refusal(assign(again.case, at(3), 'psw@council.gov.uk'))).toBe('AlreadyAssigned');
    expect(refusal(assign(again.case, at(3), ' '))).toBe('MissingActor');
    expect(refusal(assign(again.case, { at: hours(3), by: '' }, 'x'))).toBe('MissingActor');
  });

  it('R10: commands never change the case they are given', () => {
    const c = opened();
    const snapshot = JSON.stringify(c);
    ok(recordFirstContact(c, at(1), 'Phone'));
    ok(assign(c, at(1), 'x'));
    expect(JSON.stringify(c)).toBe(snapshot);
  });
});

describe('R13: Green / Amber / Red', () => {
  it('R13: a RAG is refused before the meeting or discussion has been held', () => {
    expect(refusal(setRag(opened(), at(1), 'Green'))).toBe('RagBeforeMeeting');
    const contacted = ok(recordFirstContact(opened(), at(1), 'Phone')).case;
    expect(refusal(setRag(contacted, at(2), 'Amber'))).toBe('RagBeforeMeeting');
  });

  it('R13: after the meeting the first RAG is set with a RagSet event and no escalation', () => {
    const r = ok(setRag(met(), at(3), 'Red'));
    expect(r.case.rag).toBe('Red');
    expect(r.case.escalations).toEqual([]);
    expect(r.events).toEqual([{ kind: 'RagSet', at: hours(3), by: 'psw@council.gov.uk', to: 'Red' }]);
  });

  it('R13: setting the same RAG again is refused', () => {
    expect(refusal(setRag(rated('Green'), at(4), 'Green'))).toBe('RagUnchanged');
  });
});

describe('R17: escalations', () => {
  it('R17: Green to Amber is an escalation recorded with when and by whom', () => {
    const r = ok(setRag(rated('Green'), at(10, 'ap@council.gov.uk'), 'Amber'));
    expect(r.case.escalations).toEqual([{ kind: 'GreenToAmber', at: hours(10), by: 'ap@council.gov.uk' }]);
    expect(r.events).toEqual([
      { kind: 'RagSet', at: hours(10), by: 'ap@council.gov.uk', from: 'Green', to: 'Amber' },
      { kind: 'Escalated', at: hours(10), by: 'ap@council.gov.uk', from: 'Green', to: 'Amber', escalation: 'GreenToAmber' }
    ]);
  });

  it('R17: Amber to Red and Green to Red are escalations', () => {
    expect(ok(setRag(rated('Amber'), at(5), 'Red')).case.escalations.map((e) => e.kind)).toEqual(['AmberToRed']);
    expect(ok(setRag(rated('Green'), at(5), 'Red')).case.escalations.map((e) => e.kind)).toEqual(['GreenToRed']);
  });

  it('R17: Green to Amber then Amber to Red records both escalations', () => {
    const amber = ok(setRag(rated('Green'), at(5), 'Amber')).case;
    const red = ok(setRag(amber, at(6), 'Red')).case;
    expect(escalationKinds(red)).toEqual(['GreenToAmber', 'AmberToRed']);
  });

  it('R17: a de-escalation is recorded as a RAG change but not counted as an escalation', () => {
    const r = ok(setRag(rated('Red'), at(5), 'Amber'));
    expect(r.case.rag).toBe('Amber');
    expect(r.case.escalations).toEqual([]);
    expect(r.events.map((e) => e.kind)).toEqual(['RagSet']);
    expect(ok(setRag(rated('Amber'), at(5), 'Green')).events.map((e) => e.kind)).toEqual(['RagSet']);
  });

  it('R17: escalationFor names only upward moves from an existing rating', () => {
    expect(escalationFor(undefined, 'Red')).toBeUndefined();
    expect(escalationFor('Green', 'Amber')).toBe('GreenToAmber');
    expect(escalationFor('Green', 'Red')).toBe('GreenToRed');
    expect(escalationFor('Amber', 'Red')).toBe('AmberToRed');
    expect(escalationFor('Red', 'Green')).toBeUndefined();
    expect(escalationFor('Amber', 'Amber')).toBeUndefined();
  });
});

describe('R14: the Red summary and the HoS follow-up', () => {
  it('R14: sharing a Red summary moves to AwaitingFollowUp, notifies the HoS and sets the follow-up date', () => {
    const r = ok(shareSummary(rated('Red'), at(24), true));
    expect(r.case.status).toBe('AwaitingFollowUp');
    expect(r.case.summarySharedAt).toEqual(hours(24));
    expect(r.case.nameShared).toBe(true);
    expect(r.case.hosFollowUpDue).toEqual(hosFollowUpDue(hours(24)));
    expect(r.events.map((e) => [e.kind, e.to])).toEqual([
      ['SummaryShared', 'Named'],
      ['HosNotified', undefined],
      ['StatusChanged', 'AwaitingFollowUp']
    ]);
  });

  it('R14: a summary without the name is recorded as such', () => {
    const r = ok(shareSummary(rated('Red'), at(24), false));
    expect(r.case.nameShared).toBe(false);
    expect(r.events[0].to).toBe('NameWithheld');
  });

  it('R14: only a Red case after its meeting shares a summary', () => {
    expect(refusal(shareSummary(rated('Amber'), at(5), true))).toBe('NotRed');
    expect(refusal(shareSummary(met(), at(5), true))).toBe('NotRed');
    expect(refusal(shareSummary(opened(), at(5), true))).toBe('NotAllowedInStatus');
    const shared = ok(shareSummary(rated('Red'), at(5), true)).case;
    expect(refusal(shareSummary(shared, at(6), true))).toBe('NotAllowedInStatus');
  });

  it('R4, R14: a named summary needs consent confirmed; without it only a summary without the name can go', () => {
    const onBehalf: OpenCaseInput = { ...namedInput, consentStatus: 'StatedByRaiser' };
    const red = rated('Red', onBehalf);
    expect(refusal(shareSummary(red, at(5), true))).toBe('ConsentNotRecorded');
    expect(ok(shareSummary(red, at(5), false)).case.nameShared).toBe(false);
    const confirmed = ok(confirmConsent(red, at(5), 'Triage')).case;
    expect(ok(shareSummary(confirmed, at(6), true)).case.nameShared).toBe(true);
  });

  it('R14: a Red case cannot be closed before its summary is shared', () => {
    expect(refusal(close(rated('Red'), at(5), 'ManagementActionTaken'))).toBe('RedSummaryNotShared');
  });

  it('R14: a shared case cannot be closed before the HoS follow-up outcome is recorded', () => {
    const shared = ok(shareSummary(rated('Red'), at(5), true)).case;
    expect(refusal(close(shared, at(400), 'ManagementActionTaken'))).toBe('FollowUpNotRecorded');
    const followed = ok(recordFollowUp(shared, at(340, 'hos@council.gov.uk'), '  Actions confirmed with Head of Service  '));
    expect(followed.case.followUpOutcome).toBe('Actions confirmed with Head of Service');
    expect(followed.case.followUpRecordedAt).toEqual(hours(340));
    expect(followed.events).toEqual([{ kind: 'FollowUpRecorded', at: hours(340), by: 'hos@council.gov.uk' }]);
    const closed = ok(close(followed.case, at(400), 'ManagementActionTaken'));
    expect(closed.case.status).toBe('Closed');
    expect(closed.case.outcome).toBe('ManagementActionTaken');
    expect(closed.case.closedAt).toEqual(hours(400));
  });

  it('R14: the follow-up is recorded once, with text within the limit, and only while awaiting it', () => {
    const shared = ok(shareSummary(rated('Red'), at(5), true)).case;
    expect(refusal(recordFollowUp(met(), at(5), 'x'))).toBe('NotAllowedInStatus');
    expect(refusal(recordFollowUp(shared, at(6), '   '))).toBe('FollowUpTextRequired');
    expect(refusal(recordFollowUp(shared, at(6), 'x'.repeat(4001)))).toBe('FollowUpTextTooLong');
    const done = ok(recordFollowUp(shared, at(6), 'done')).case;
    expect(refusal(recordFollowUp(done, at(7), 'again'))).toBe('FollowUpAlreadyRecorded');
  });

  it('R14, R17: the RAG can still change while awaiting follow-up, and the follow-up is still required', () => {
    const shared = ok(shareSummary(rated('Red'), at(5), true)).case;
    const amber = ok(setRag(shared, at(6), 'Amber')).case;
    expect(amber.status).toBe('AwaitingFollowUp');
    expect(refusal(close(amber, at(7), 'TargetedSupportArranged'))).toBe('FollowUpNotRecorded');
  });
});

describe('R16: anonymous alerts', () => {
  it('R16: an anonymous alert is forwarded to the service manager without a meeting', () => {
    const r = ok(forwardAnonymous(opened(anonymousInput), at(3)));
    expect(r.case.status).toBe('AwaitingFollowUp');
    expect(r.case.forwardedAt).toEqual(hours(3));
    expect(r.case.hosFollowUpDue).toEqual(hosFollowUpDue(hours(3)));
    expect(r.events.map((e) => e.kind)).toEqual(['ForwardedToServiceManager', 'HosNotified', 'StatusChanged']);
  });

  it('R10, R16: forwarding is the anonymous alert\'s first contact: the clock stops then, and "record first contact" is refused', () => {
    const anonymous = opened(anonymousInput);
    expect(refusal(recordFirstContact(anonymous, at(1), 'Phone'))).toBe('AnonymousUseForward');
    expect(availableCommands(anonymous, at(1))).not.toContain('recordFirstContact');
    expect(availableCommands(anonymous, at(1))).toContain('forwardAnonymous');
    const forwarded = ok(forwardAnonymous(anonymous, at(60))).case;
    expect(forwarded.firstContactAt).toEqual(hours(60));
    expect(firstContactMadeAt(forwarded)).toEqual(hours(60));
    // A discussion through its conversation before the forward stays the first contact.
    const discussed = ok(recordMeeting(anonymous, at(5))).case;
    expect(ok(forwardAnonymous(discussed, at(9))).case.firstContactAt).toEqual(hours(5));
    // A forward saved before this rule (no firstContactAt) still counts; a named case's does not.
    expect(firstContactMadeAt({ anonymous: true, forwardedAt: hours(7) })).toEqual(hours(7));
    expect(firstContactMadeAt({ anonymous: false, forwardedAt: hours(7) })).toBeUndefined();
    expect(firstContactMadeAt({ anonymous: false, firstContactAt: hours(2) })).toEqual(hours(2));
  });

  it('R16: a named case cannot be forwarded as anonymous, and an anonymous one shares no named summary', () => {
    expect(refusal(forwardAnonymous(rated('Red'), at(5)))).toBe('NotAnonymous');
    expect(refusal(shareSummary(rated('Red', anonymousInput), at(5), false))).toBe('AnonymousUseForward');
  });

  it('R16: an anonymous case is forwarded once', () => {
    const fwd = ok(forwardAnonymous(opened(anonymousInput), at(3))).case;
    expect(refusal(forwardAnonymous(fwd, at(4)))).toBe('NotAllowedInStatus');
  });

  it('R16: an anonymous case cannot be closed before it is forwarded, then needs the follow-up', () => {
    expect(refusal(close(opened(anonymousInput), at(3), 'NoFurtherActionNeeded'))).toBe('AnonymousNotForwarded');
    const fwd = ok(forwardAnonymous(rated('Red', anonymousInput), at(4))).case;
    expect(refusal(close(fwd, at(5), 'ManagementActionTaken'))).toBe('FollowUpNotRecorded');
    const done = ok(recordFollowUp(fwd, at(300), 'Service manager met the team')).case;
    expect(ok(close(done, at(301), 'ManagementActionTaken')).case.status).toBe('Closed');
  });
});

describe('R15: whistleblowing', () => {
  it('R15: the whistleblowing route is recorded as a flag and an event', () => {
    const r = ok(recordWhistleblowing(met(), at(5)));
    expect(r.case.whistleblowing).toBe(true);
    expect(r.case.whistleblowingAt).toEqual(hours(5));
    expect(r.case.status).toBe('MeetingHeld');
    expect(r.events).toEqual([
      { kind: 'WhistleblowingRoute', at: hours(5), by: 'psw@council.gov.uk', to: 'Whistleblowing' }
    ]);
    expect(refusal(recordWhistleblowing(r.case, at(6)))).toBe('WhistleblowingAlreadyRecorded');
  });

  it('R15: the outcome "whistleblowing followed" needs the whistleblowing route recorded', () => {
    const amber = rated('Amber');
    expect(refusal(close(amber, at(5), 'WhistleblowingFollowed'))).toBe('WhistleblowingNotRecorded');
    const flagged = ok(recordWhistleblowing(amber, at(5))).case;
    expect(ok(close(flagged, at(6), 'WhistleblowingFollowed')).case.outcome).toBe('WhistleblowingFollowed');
  });
});

describe('R4: consent confirmation', () => {
  it('R4: the worker confirms consent from their own account', () => {
    const r = ok(confirmConsent(opened({ ...namedInput, consentStatus: 'StatedByRaiser' }), at(1, 'worker@council.gov.uk'), 'Worker'));
    expect(r.case.consentStatus).toBe('ConfirmedByWorker');
    expect(r.events).toEqual([
      { kind: 'ConsentConfirmed', at: hours(1), by: 'worker@council.gov.uk', from: 'StatedByRaiser', to: 'ConfirmedByWorker' }
    ]);
    expect(refusal(confirmConsent(r.case, at(2), 'Triage'))).toBe('ConsentAlreadyConfirmed');
  });

  it('R4: consent is not confirmed for an alert the worker completed themselves', () => {
    expect(refusal(confirmConsent(opened(), at(1), 'Worker'))).toBe('ConsentNotNeeded');
  });
});

describe('R13, R18: closing', () => {
  it('R18: a case closed from New (the worker declined support) records its outcome', () => {
    const r = ok(close(opened(), at(2), 'WorkerDeclinedSupport'));
    expect(r.case.status).toBe('Closed');
    expect(r.events).toEqual([
      { kind: 'StatusChanged', at: hours(2), by: 'psw@council.gov.uk', from: 'New', to: 'Closed' },
      { kind: 'Closed', at: hours(2), by: 'psw@council.gov.uk', to: 'WorkerDeclinedSupport' }
    ]);
  });

  it('R13: a case whose meeting was held needs a RAG before it closes', () => {
    expect(refusal(close(met(), at(5), 'SignpostedToSupport'))).toBe('RagRequired');
    expect(ok(close(rated('Green'), at(5), 'SignpostedToSupport')).case.outcome).toBe('SignpostedToSupport');
  });

  it('R18: a closed case refuses every command', () => {
    const closed = ok(close(rated('Green'), at(5), 'ResolvedWithManager')).case;
    expect(refusal(close(closed, at(6), 'ResolvedWithManager'))).toBe('CaseClosed');
    expect(refusal(setRag(closed, at(6), 'Red'))).toBe('CaseClosed');
    expect(refusal(recordWhistleblowing(closed, at(6)))).toBe('CaseClosed');
    expect(availableCommands(closed, at(6))).toEqual([]);
  });
});

describe('R10-R17: the audit trail', () => {
  it('R17: a whole Red case produces an append-only trail with only known event kinds', () => {
    let log: CaseEvent[] = [];
    let c: Case;
    const step = (r: CommandResult): Case => {
      const done = ok(r);
      const before = log;
      log = appendEvents(log, done.events);
      expect(before.length + done.events.length).toBe(log.length);
      return done.case;
    };
    c = step(openCase(namedInput, at(0)));
    c = step(assign(c, at(0), 'psw@council.gov.uk'));
    c = step(recordFirstContact(c, at(2), 'Phone'));
    c = step(offerMeeting(c, at(2)));
    c = step(recordMeeting(c, at(26)));
    c = step(setRag(c, at(26), 'Amber'));
    c = step(setRag(c, at(50), 'Red'));
    c = step(shareSummary(c, at(51), true));
    c = step(recordFollowUp(c, at(51 + 14 * 24), 'Actions taken'));
    c = step(close(c, at(51 + 14 * 24 + 1), 'ManagementActionTaken'));
    expect(c.status).toBe('Closed');
    expect(log.map((e) => e.kind)).toEqual([
      'CaseOpened',
      'Assigned',
      'StatusChanged',
      'StatusChanged',
      'StatusChanged',
      'RagSet',
      'RagSet',
      'Escalated',
      'SummaryShared',
      'HosNotified',
      'StatusChanged',
      'FollowUpRecorded',
      'StatusChanged',
      'Closed'
    ]);
    for (const e of log) {
      expect(CASE_EVENT_KINDS).toContain(e.kind);
      expect(e.by).not.toBe('');
      // R22: events carry codes, never free text.
      expect(JSON.stringify(e)).not.toContain('Actions taken');
    }
  });

  it('R10-R16: availableCommands lists what the board may offer in each state', () => {
    expect(availableCommands(opened(), at(1))).toEqual(['recordFirstContact', 'offerMeeting', 'recordMeeting', 'recordWhistleblowing', 'close']);
    expect(availableCommands(rated('Red'), at(5))).toEqual(['setRag', 'shareSummary', 'recordWhistleblowing']);
    expect(availableCommands(opened({ ...anonymousInput, consentStatus: 'StatedByRaiser' }), at(1))).toEqual([
      'offerMeeting',
      'recordMeeting',
      'forwardAnonymous',
      'confirmConsent',
      'recordWhistleblowing'
    ]);
    const awaiting = ok(shareSummary(rated('Red'), at(5), false)).case;
    expect(availableCommands(awaiting, at(6))).toEqual(['setRag', 'recordFollowUp', 'recordWhistleblowing']);
  });
});
