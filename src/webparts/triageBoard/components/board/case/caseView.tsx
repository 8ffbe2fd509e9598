// What every section of a case shares: the case as last read, who is working it, what the lifecycle allows,
// and the one way a section saves (through the workflows, with the announcement and focus that follow).
import * as React from 'react';
import type { Alert } from '../../../../../domain/alert';
import type * as life from '../../../../../domain/caseLifecycle';
import type { CaseDetail, CaseRecord, IWellbeingStore, StoreUser, WellbeingConfig } from '../../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../../services/store/storeErrors';
import { useTriageClasses } from '../../triageStyles';

/** What a successful save says, and where focus goes next (the first of these ids on the screen once re-read). */
export interface Done {
  text: string;
  focus: string[];
}

/** What a workflow came to, as a section's save needs it. */
export type Attempt<T> = { kind: 'saved'; value: T } | { kind: 'refused'; text: string } | { kind: 'conflict' } | { kind: 'failed'; error: StoreError };

export interface CaseView {
  detail: CaseDetail;
  record: CaseRecord;
  c: life.Case;
  a?: Alert;
  me: StoreUser;
  config: WellbeingConfig;
  now: () => Date;
  available: life.CaseCommand[];
  /** Saving, or reading the case again: buttons say so and do nothing. */
  busy: boolean;
  /** A person by name (never by account), or "nobody yet" / "someone in triage". */
  name: (login?: string) => string;
  /** A lifecycle change through saveCaseChange. */
  save: (command: (c: life.Case, ctx: life.CommandContext) => life.CommandResult, done: Done, themeIds?: string[]) => Promise<boolean>;
  /** Any workflow: a refusal, conflict or failure is said (a failure with a retry of `retry`); saved says `done`. */
  attempt: <T>(work: (store: IWellbeingStore) => Promise<Attempt<T>>, done: Done | ((value: T) => Done), retry: () => void) => Promise<T | undefined>;
  /** Says a refusal before anything is sent. */
  /** Says why, taking focus; with `retry`, offers to try again (what failed part-way can be finished). */
  refuse: (text: string, retry?: () => void) => void;
}

/** A section's action; aria-disabled, not disabled, while saving: a disabled button drops keyboard focus. */
export function ActionButton(props: { view: CaseView; text: string; onClick: () => void; primary?: boolean }): React.ReactElement {
  const classes = useTriageClasses();
  const busy = props.view.busy;
  return (
    <button type="button" className={props.primary ? classes.primaryButton : classes.button} aria-disabled={busy || undefined} onClick={() => !busy && props.onClick()}>
      {props.text}
    </button>
  );
}
