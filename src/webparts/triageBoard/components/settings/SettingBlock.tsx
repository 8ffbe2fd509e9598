// One setting on the settings view: its heading, its editor and its Save button. Saved with the ETag it was read
// with; when a colleague saved it in the meantime, their value and ours are shown side by side and the owner
// chooses (keep theirs, or save ours over theirs). Nothing typed is lost: the editor keeps its draft throughout.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { problemText } from '../../../../components/Problem';
import type { EditableSetting, ISettingsStore, StoredSetting } from '../../../../services/store/settingsStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { fill, useTriageClasses } from '../triageStyles';
import { describeSetting } from './settingText';

const t = strings.Settings;

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; logged: boolean; json: string }
  | { kind: 'failed'; error: StoreError }
  | { kind: 'kept' }
  | { kind: 'conflict'; theirs: StoredSetting; mine: string };

export interface SettingBlockProps {
  k: EditableSetting;
  stored: StoredSetting;
  canSave: boolean;
  store: () => Promise<ISettingsStore>;
  /** The setting as it is saved now (after a save, or when the owner keeps a colleague's change). */
  onSaved: (setting: StoredSetting) => void;
  /** The JSON to save, or undefined when the editor shows why it cannot be saved (and has moved the focus there). */
  prepare: () => string | undefined;
  /** Puts a saved value back into the editor (the owner kept theirs). */
  reset: (json: string) => void;
  children: React.ReactNode;
}

export function SettingBlock(props: SettingBlockProps): React.ReactElement {
  const classes = useTriageClasses();
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const outcomeRef = React.useRef<HTMLDivElement>(null);
  const conflictRef = React.useRef<HTMLHeadingElement>(null);
  const name = t.Names[props.k];
  const id = `setting-${props.k}`;

  React.useEffect(() => {
    // The question takes the focus when there is one; otherwise what happened does.
    if (status.kind === 'conflict') conflictRef.current?.focus();
    else if (status.kind !== 'idle' && status.kind !== 'saving') outcomeRef.current?.focus();
  }, [status]);

  const save = async (over: StoredSetting, json: string): Promise<void> => {
    setStatus({ kind: 'saving' });
    const result = await (await props.store()).save(over, json);
    if (!result.ok) return setStatus({ kind: 'failed', error: result.error });
    if (result.value.kind === 'conflict') return setStatus({ kind: 'conflict', theirs: result.value.theirs, mine: json });
    props.onSaved(result.value.setting);
    setStatus({ kind: 'saved', logged: result.value.logged, json });
  };

  const logAgain = async (json: string): Promise<void> => {
    const result = await (await props.store()).logChange(props.k, json);
    setStatus(result.ok ? { kind: 'saved', logged: true, json } : { kind: 'failed', error: result.error });
  };

  return (
    <section className={classes.section} aria-labelledby={`${id}-heading`} data-setting={props.k}>
      <h3 id={`${id}-heading`}>{t.Headings[props.k]}</h3>
      <p className={classes.help}>{t.Help[props.k]}</p>
      <fieldset disabled={!props.canSave || status.kind === 'saving'} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        {props.children}
      </fieldset>
      {props.canSave && (
        <button
          type="button"
          className={classes.primaryButton}
          disabled={status.kind === 'saving'}
          data-save={props.k}
          onClick={() => {
            const json = props.prepare();
            if (json !== undefined) void save(props.stored, json);
          }}
        >
          {fill(t.Save, name)}
        </button>
      )}
      <div ref={outcomeRef} tabIndex={-1} role="status" data-outcome={status.kind}>
        {status.kind === 'saved' && status.logged && <p className={classes.success}>{fill(t.Saved, name)}</p>}
        {status.kind === 'kept' && <p className={classes.success}>{fill(t.Kept, name)}</p>}
        {status.kind === 'saved' && !status.logged && (
          <div className={classes.warning}>
            <p>{fill(t.NotLogged, t.Headings[props.k])}</p>
            <button type="button" className={classes.button} onClick={() => void logAgain(status.json)}>
              {t.LogAgain}
            </button>
          </div>
        )}
        {status.kind === 'failed' && (
          <div className={classes.problem}>
            <p>{status.error.kind === 'noPermission' ? t.NoPermission : fill(t.SaveFailed, t.Headings[props.k])}</p>
            {status.error.kind !== 'noPermission' && <p>{problemText(status.error)}</p>}
          </div>
        )}
      </div>
      {status.kind === 'conflict' && (
        <div className={classes.warning} role="group" aria-labelledby={`${id}-conflict`} data-conflict={props.k}>
          <h4 id={`${id}-conflict`} ref={conflictRef} tabIndex={-1}>
            {fill(t.ConflictHeading, name)}
          </h4>
          <p>{t.ConflictText}</p>
          <dl className={classes.facts}>
            <dt>{t.Theirs}</dt>
            <dd data-theirs="true">{describeSetting(props.k, status.theirs.json).join('\n')}</dd>
            <dt>{t.Yours}</dt>
            <dd data-yours="true">{describeSetting(props.k, status.mine).join('\n')}</dd>
          </dl>
          <button
            type="button"
            className={classes.button}
            onClick={() => {
              props.onSaved(status.theirs);
              props.reset(status.theirs.json);
              setStatus({ kind: 'kept' });
            }}
          >
            {t.KeepTheirs}
          </button>{' '}
          <button type="button" className={classes.primaryButton} onClick={() => void save(status.theirs, status.mine)}>
            {t.SaveMine}
          </button>
        </div>
      )}
    </section>
  );
}
