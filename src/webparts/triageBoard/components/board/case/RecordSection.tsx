// R12, R18: the meeting record (appendix 2) with the key themes, saved through saveRecordThenThemes: the record,
// then the themes on the case. What was typed stays across saves, conflicts and re-reads.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { DISCUSSION_LIMITS } from '../../../../../domain/limits';
import { themes } from '../../../../../referenceData';
import { MeetingRecordText, RecordRefusal, saveRecordThenThemes } from '../../../../../workflows';
import { fill, useTriageClasses } from '../../triageStyles';
import { ActionButton, CaseView } from './caseView';
import { attemptOf } from './useCaseActions';

function refusalText(reason: RecordRefusal): string {
  if (reason === 'summaryRequired') return strings.SummaryRequired;
  if (reason === 'tooLong') return fill(strings.TooLong, strings.Summary, DISCUSSION_LIMITS.summary.toLocaleString('en-GB'));
  return strings.Refusals[reason];
}

export function RecordSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view;
  const { c, record } = view;
  const discussion = view.detail.discussions[0];
  const [recordText, setRecordText] = React.useState<MeetingRecordText | undefined>(undefined);
  const rec: MeetingRecordText = recordText ?? {
    summary: discussion?.record.summary ?? '',
    agreedActions: discussion?.record.agreedActions ?? '',
    consentToShare: discussion?.record.consentToShare ?? false,
    themeIds: record.themeIds
  };
  /** The latest save, so a retry after a failure uses the record as read again (never adds a second one). */
  const latest = React.useRef<() => Promise<void>>();

  const saveRecord = async (): Promise<void> => {
    const a = view.a;
    if (a === undefined || view.busy) return;
    await view.attempt(
      (store) => saveRecordThenThemes(store, view.now, { record, alert: a, existing: discussion, text: rec, by: view.me.loginName }).then((o) => attemptOf(o, refusalText)),
      { text: strings.RecordSaved, focus: ['case-rag', 'case-share', 'case-close'] },
      () => void latest.current?.()
    );
  };
  latest.current = saveRecord;

  return (
    <section aria-labelledby="case-record" className={classes.section}>
      <h3 id="case-record" tabIndex={-1}>{strings.RecordHeading}</h3>
      <p className={classes.help}>{strings.RecordHint}</p>
      {c.meetingHeldAt === undefined ? (
        <p>{strings.RecordNeedsMeeting}</p>
      ) : (
        <>
          <div className={classes.field}>
            <label htmlFor="case-summary">{strings.Summary}</label>
            <textarea id="case-summary" className={classes.textarea} value={rec.summary} onChange={(e) => setRecordText({ ...rec, summary: e.target.value })} />
          </div>
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
            <legend style={{ fontWeight: 600 }}>{strings.KeyThemes}</legend>
            <div className={classes.choices} style={{ columns: '18em', display: 'block' }}>
              {themes.map((t) => (
                <label key={t.id} style={{ breakInside: 'avoid', margin: '0 0 6px' }}>
                  <input
                    type="checkbox"
                    checked={rec.themeIds.includes(t.id)}
                    onChange={(e) => setRecordText({ ...rec, themeIds: e.target.checked ? [...rec.themeIds, t.id] : rec.themeIds.filter((x) => x !== t.id) })}
                  />
                  <span>{t.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className={classes.field}>
            <label htmlFor="case-actions">{strings.AgreedActions}</label>
            <textarea id="case-actions" className={classes.textarea} value={rec.agreedActions} onChange={(e) => setRecordText({ ...rec, agreedActions: e.target.value })} />
          </div>
          <div className={classes.choices}>
            <label>
              <input type="checkbox" checked={rec.consentToShare} onChange={(e) => setRecordText({ ...rec, consentToShare: e.target.checked })} />
              <span>{strings.ConsentToShare}</span>
            </label>
          </div>
          <div className={classes.toolbar}>
            <ActionButton view={view} primary text={strings.SaveRecord} onClick={() => void saveRecord()} />
          </div>
        </>
      )}
    </section>
  );
}
