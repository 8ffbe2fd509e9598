// R13: the Green, Amber or Red outcome, each with its meaning beside it.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import * as life from '../../../../../domain/caseLifecycle';
import { Rag, RAGS } from '../../../../../domain/types';
import { RagTag } from '../../caseWords';
import { fill, useTriageClasses } from '../../triageStyles';
import { ActionButton, CaseView } from './caseView';

export function RagSection(props: { view: CaseView }): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view;
  const c = view.c;
  const [rag, setRagChoice] = React.useState<Rag | undefined>(undefined);
  const chosenRag = rag ?? c.rag;
  return (
    <section aria-labelledby="case-rag" className={classes.section}>
      <h3 id="case-rag" tabIndex={-1}>{strings.RagHeading}</h3>
      {view.available.includes('setRag') ? (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className={classes.visuallyHidden}>{strings.RagHeading}</legend>
          <div className={classes.choices}>
            {RAGS.map((r) => (
              <label key={r}>
                <input type="radio" name="case-rag" value={r} checked={chosenRag === r} onChange={() => setRagChoice(r)} aria-describedby={`case-rag-${r}`} />
                <span>
                  <RagTag rag={r} />
                  <span id={`case-rag-${r}`} className={classes.help} style={{ display: 'block' }}>
                    {strings.RagMeanings[r]}
                  </span>
                </span>
              </label>
            ))}
          </div>
          <div className={classes.toolbar}>
            <ActionButton
              view={view}
              primary
              text={strings.SaveRag}
              onClick={() => chosenRag && void view.save((x, ctx) => life.setRag(x, ctx, chosenRag), { text: fill(strings.Done.rating, strings.Rags[chosenRag]), focus: ['case-share', 'case-close'] })}
            />
          </div>
        </fieldset>
      ) : (
        <p>{c.rag ? <RagTag rag={c.rag} /> : strings.RagBeforeMeeting}</p>
      )}
    </section>
  );
}
