// The settings that are one value each: the clock (R10), the suppression threshold (R20), the quarter's first
// month (R18), the retention period (R23) and the relay address. Each keeps what was typed beside the reason it
// cannot be saved (the input stays as typed, marked invalid, and takes the focus).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { checkRetentionYears } from '../../../../domain/retention';
import { checkClockMode, checkQuarterStartMonth, checkRelayAddress, checkSuppressionThreshold } from '../../../../domain/siteSettings';
import type { EditableSetting } from '../../../../services/store/settingsStore';
import { useTriageClasses } from '../triageStyles';
import { SettingBlock, SettingBlockProps } from './SettingBlock';
import { parsed } from './settingText';

const t = strings.Settings;

export type BlockBase = Pick<SettingBlockProps, 'stored' | 'canSave' | 'store' | 'onSaved'>;

type Check = (text: string) => { ok: true; json: string } | { ok: false; message: string };

const textOf = (json: string): string => {
  const value = parsed(json);
  return value === undefined ? '' : String(value);
};

const CHECKS: Record<'suppressionThreshold' | 'retentionYears' | 'relayAddress' | 'quarterStartMonth', Check> = {
  suppressionThreshold: (text) => {
    const c = checkSuppressionThreshold(text);
    return c.ok ? { ok: true, json: JSON.stringify(c.value) } : { ok: false, message: t.Refusals[c.reason as keyof typeof t.Refusals] };
  },
  retentionYears: (text) => {
    if (text.trim() === '') return { ok: false, message: t.Refusals.Required };
    const c = checkRetentionYears(text);
    return c.ok ? { ok: true, json: JSON.stringify(c.years) } : { ok: false, message: t.Refusals[c.reason] };
  },
  relayAddress: (text) => {
    const c = checkRelayAddress(text);
    return c.ok ? { ok: true, json: JSON.stringify(c.value) } : { ok: false, message: t.Refusals[c.reason as keyof typeof t.Refusals] };
  },
  quarterStartMonth: (text) => {
    const c = checkQuarterStartMonth(text);
    return c.ok ? { ok: true, json: JSON.stringify(c.value) } : { ok: false, message: t.Refusals[c.reason as keyof typeof t.Refusals] };
  }
};

/** A setting typed as text (or chosen from a list of months), checked by its rule when Save is pressed. */
export function TextSetting(props: BlockBase & { k: 'suppressionThreshold' | 'retentionYears' | 'relayAddress' | 'quarterStartMonth' }): React.ReactElement {
  const classes = useTriageClasses();
  const [text, setText] = React.useState(textOf(props.stored.json));
  const [error, setError] = React.useState<string | undefined>(undefined);
  const inputRef = React.useRef<HTMLInputElement & HTMLSelectElement>(null);
  const id = `setting-${props.k}-input`;
  const prepare = (): string | undefined => {
    const c = CHECKS[props.k](text);
    setError(c.ok ? undefined : c.message);
    if (!c.ok) inputRef.current?.focus();
    return c.ok ? c.json : undefined;
  };
  const common = {
    id,
    ref: inputRef,
    className: classes.input,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined
  };
  return (
    <SettingBlock {...props} prepare={prepare} reset={(json) => setText(textOf(json))}>
      <div className={classes.field}>
        <label htmlFor={id}>{props.k === 'retentionYears' ? t.Years : t.Headings[props.k as EditableSetting]}</label>
        {error && (
          <span id={`${id}-error`} className={classes.fieldError}>
            {error}
          </span>
        )}
        {props.k === 'quarterStartMonth' ? (
          <select {...common} value={text} onChange={(e) => setText(e.target.value)}>
            <option value="">{t.NotSet}</option>
            {t.Months.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            value={text}
            autoComplete="off"
            inputMode={props.k === 'relayAddress' ? 'url' : 'numeric'}
            type={props.k === 'relayAddress' ? 'url' : 'text'}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </div>
    </SettingBlock>
  );
}

/** R10: calendar or working hours, as two radio buttons (arrow keys move between them). */
export function ClockSetting(props: BlockBase): React.ReactElement {
  const classes = useTriageClasses();
  const [mode, setMode] = React.useState(textOf(props.stored.json) === 'working' ? 'working' : 'calendar');
  const prepare = (): string | undefined => {
    const c = checkClockMode(mode);
    return c.ok ? JSON.stringify(c.value) : undefined;
  };
  return (
    <SettingBlock {...props} k="slaMode" prepare={prepare} reset={(json) => setMode(textOf(json) === 'working' ? 'working' : 'calendar')}>
      {/* WCAG 2.5.8: room between the last choice and the Save button below it. */}
      <div className={classes.choices} style={{ marginBottom: 16 }}>
        {(['calendar', 'working'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="setting-slaMode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            <span>{t.Clock[m]}</span>
          </label>
        ))}
      </div>
    </SettingBlock>
  );
}
