/*
 * R12, R14: where the Red summary's text starts. The meeting record is confidential and shared only with the
 * worker's consent, so without it the summary starts empty; with it, from the record (and the screen says so).
 */
import { summaryStart } from '../../src/domain/managerSummary';

const RECORD = {
  summary: 'Alex does not want their manager told about the sleep problems.',
  agreedActions: 'Caseload review.',
  consentToShare: false
};

describe('R12, R14: the summary for managers starts from the meeting record only with consent', () => {
  it('R12: without the worker’s consent to share the record, nothing of it is in the summary', () => {
    const start = summaryStart(RECORD);
    expect(start).toEqual({ from: 'empty', text: { concernsAndActionsNeeded: '', actionsAgreed: '' } });
    expect(JSON.stringify(start)).not.toContain('sleep');
  });

  it('R14: with no meeting record yet (an anonymous referral), the summary starts empty', () => {
    expect(summaryStart(undefined).from).toBe('empty');
  });

  it('R12, R14: with consent it starts from the record, marked as such', () => {
    expect(summaryStart({ ...RECORD, consentToShare: true })).toEqual({
      from: 'meetingRecord',
      text: { concernsAndActionsNeeded: RECORD.summary, actionsAgreed: RECORD.agreedActions }
    });
  });
});
