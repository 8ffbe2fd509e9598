// R10: taking a case, or passing it to a colleague in the triage team (named, never by account).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import * as life from '../../../../../domain/caseLifecycle';
import { fill, useTriageClasses } from '../../triageStyles';
import { ActionButton, CaseView } from './caseView';

export function AssignSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view;
  const { c, me, config } = view;
  const [passTo, setPassTo] = React.useState('');
  return (
    <section aria-labelledby="case-assign" className={classes.section}>
      <h3 id="case-assign" tabIndex={-1}>{strings.AssignHeading}</h3>
      {c.owner === undefined ? <p>{strings.Unassigned}</p> : null}
      <div className={classes.toolbar}>
        {c.status !== 'Closed' && c.owner?.toLowerCase() !== me.loginName.toLowerCase() ? (
          <ActionButton view={view} primary text={strings.TakeCase} onClick={() => void view.save((x, ctx) => life.assign(x, ctx, me.loginName), { text: strings.Done.taken, focus: ['case-contact', 'case-record'] })} />
        ) : null}
        {c.status !== 'Closed' && config.triageTeam.length > 0 ? (
          <>
            <div className={classes.field}>
              <label htmlFor="case-pass-to">{strings.ReassignLabel}</label>
              <select id="case-pass-to" className={classes.input} value={passTo} onChange={(e) => setPassTo(e.target.value)}>
                <option value="">{strings.ChoosePerson}</option>
                {config.triageTeam
                  .filter((m) => m.id.toLowerCase() !== (c.owner ?? '').toLowerCase())
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.displayName} ({strings.Routes[m.route]})
                    </option>
                  ))}
              </select>
            </div>
            <ActionButton
              view={view}
              text={strings.Reassign}
              onClick={() =>
                passTo === ''
                  ? view.refuse(strings.ReassignRequired)
                  : void view.save((x, ctx) => life.assign(x, ctx, passTo), { text: fill(strings.Done.passed, view.name(passTo)), focus: ['case-assign'] }).then((done) => done && setPassTo(''))
              }
            />
          </>
        ) : null}
      </div>
    </section>
  );
}
