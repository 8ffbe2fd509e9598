import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Board } from './board/Board';
import { Summaries } from './summaries/Summaries';
import { ITriageBoardProps } from './triageBoardProps';
import { useTriageClasses } from './triageStyles';

export { triageBoardProps } from './triageBoardProps';
export type { ITriageBoardProps, TriageView } from './triageBoardProps';

/** The Triage board web part's screen: the board (triage team), or the summaries shared with me (managers, HoS). */
export function TriageBoard(props: Partial<ITriageBoardProps>): React.ReactElement {
  const classes = useTriageClasses();
  const view = props.view ?? 'board';
  return (
    <section className={classes.root} aria-labelledby={`triage-${view}-heading`} data-triage-view={view}>
      <h2 id={`triage-${view}-heading`}>{view === 'board' ? strings.Title : strings.SummariesTitle}</h2>
      {view === 'board' ? <Board now={props.now} /> : <Summaries now={props.now} />}
    </section>
  );
}
