// R10, R11: first contact, offering and holding the meeting (with when it happened and how), confirming consent
// with the worker, and recording the whistleblowing route (R15).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import * as life from '../../../../../domain/caseLifecycle';
import { CONTACT_METHODS, ContactMethod } from '../../../../../domain/types';
import { dateTime, fill, useTriageClasses } from '../../triageStyles';
import { happenedAt, localInputValue } from './caseTime';
import { ActionButton, CaseView, Done } from './caseView';

type ContactCommand = (c: life.Case, ctx: life.CommandContext, method: ContactMethod) => life.CommandResult;

export function ContactSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view;
  const { c, available } = view;
  const [method, setMethod] = React.useState<ContactMethod>('Phone');
  /** R10: when the contact or meeting happened, as typed (datetime-local); blank means just now. */
  const [when, setWhen] = React.useState('');

  /**
   * R10, R11: first contact and the meeting are recorded as happening when the practitioner says (a call made
   * before it was written down must not make the 48-hour clock look missed); the case events keep when it was
   * recorded, so the history stays an honest audit (R17).
   */
  const saveContact = async (command: ContactCommand, done: Done): Promise<void> => {
    const at = happenedAt(when, c.openedAt, view.now());
    if (at === undefined) {
      view.refuse(fill(strings.WhenInvalid, dateTime(c.openedAt)));
      return;
    }
    const stamped = (x: life.Case, ctx: life.CommandContext): life.CommandResult => {
      const next = command(x, { at, by: ctx.by }, method);
      return next.ok ? { ...next, events: next.events.map((e) => ({ ...e, at: ctx.at })) } : next;
    };
    if (await view.save(stamped, done)) setWhen('');
  };

  return (
    <section aria-labelledby="case-contact" className={classes.section}>
      <h3 id="case-contact" tabIndex={-1}>{strings.ContactHeading}</h3>
      <p className={classes.help}>{strings.GroundRules}</p>
      <div className={classes.toolbar}>
        <div className={classes.field}>
          <label htmlFor="case-method">{strings.ContactMethod}</label>
          <select id="case-method" className={classes.input} value={method} onChange={(e) => setMethod(e.target.value as ContactMethod)}>
            {CONTACT_METHODS.map((m) => (
              <option key={m} value={m}>
                {strings.Methods[m]}
              </option>
            ))}
          </select>
        </div>
        <div className={classes.field}>
          <label htmlFor="case-when">{strings.When}</label>
          <span id="case-when-hint" className={classes.help}>
            {strings.WhenHint}
          </span>
          <input
            id="case-when"
            type="datetime-local"
            className={classes.input}
            value={when}
            max={localInputValue(view.now())}
            aria-describedby="case-when-hint"
            onChange={(e) => setWhen(e.target.value)}
          />
        </div>
        {available.includes('recordFirstContact') ? (
          <ActionButton view={view} text={strings.RecordFirstContact} onClick={() => void saveContact(life.recordFirstContact, { text: strings.Done.firstContact, focus: ['case-contact'] })} />
        ) : null}
        {available.includes('offerMeeting') ? (
          <ActionButton view={view} text={strings.OfferMeeting} onClick={() => void saveContact(life.offerMeeting, { text: strings.Done.meetingOffered, focus: ['case-contact'] })} />
        ) : null}
        {available.includes('recordMeeting') ? (
          <ActionButton view={view} text={strings.RecordMeeting} onClick={() => void saveContact(life.recordMeeting, { text: strings.Done.meetingHeld, focus: ['case-record'] })} />
        ) : null}
      </div>
      <div className={classes.toolbar}>
        {available.includes('confirmConsent') ? (
          <ActionButton view={view} text={strings.ConfirmConsent} onClick={() => void view.save((x, ctx) => life.confirmConsent(x, ctx, 'Triage'), { text: strings.Done.consent, focus: ['case-contact'] })} />
        ) : null}
        {available.includes('recordWhistleblowing') ? (
          <ActionButton view={view} text={strings.Whistleblowing} onClick={() => void view.save(life.recordWhistleblowing, { text: strings.Done.whistleblowing, focus: ['case-contact'] })} />
        ) : null}
        {c.whistleblowing ? <p>{strings.WhistleblowingRecorded}</p> : null}
      </div>
    </section>
  );
}
