// Form controls in the GOV.UK pattern: a label, a hint, an error message beside the field (and in the
// summary at the top), the error tied to the control with aria-describedby and aria-invalid. Native inputs
// throughout: they work with every screen reader, by keyboard and at 400% zoom on a phone.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { useRaiseClasses } from './raiseStyles';

interface IFieldBase {
  /** The control's id; the error summary links here. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

const fill = (template: string, value: string): string => template.split('{0}').join(value);

function describedBy(id: string, hint: string | undefined, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter((x) => x !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint(props: { id: string; text?: string }): React.ReactElement | null {
  const classes = useRaiseClasses();
  return props.text ? (
    <div id={`${props.id}-hint`} className={classes.help}>
      {props.text}
    </div>
  ) : null;
}

export function ErrorMessage(props: { id: string; text?: string }): React.ReactElement | null {
  const classes = useRaiseClasses();
  return props.text ? (
    <p id={`${props.id}-error`} className={classes.fieldError}>
      <span className={classes.visuallyHidden}>{strings.ErrorPrefix} </span>
      {props.text}
    </p>
  ) : null;
}

/** A field's frame: label, hint and error above the control, a left bar while it has an error. */
function FieldShell(props: IFieldBase & { children?: React.ReactNode }): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <div className={`${classes.field} ${props.error ? classes.fieldWithError : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <Hint id={props.id} text={props.hint} />
      <ErrorMessage id={props.id} text={props.error} />
      {props.children}
    </div>
  );
}

export function TextField(
  props: IFieldBase & { value: string; onChange: (value: string) => void; type?: 'text' | 'email'; autoComplete?: string; spellCheck?: boolean }
): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <FieldShell {...props}>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        className={classes.input}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={props.spellCheck}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldShell>
  );
}

/**
 * A text area with a character count (GOV.UK): the limit is told up front, the count appears near the limit
 * and says how many are left or too many; typing past it is allowed and refused on submit, so a pasted text
 * is never cut off unseen.
 */
export function TextArea(props: IFieldBase & { value: string; onChange: (value: string) => void; limit: number }): React.ReactElement {
  const classes = useRaiseClasses();
  const length = props.value.trim().length;
  const left = props.limit - length;
  const showCount = length >= props.limit * 0.75;
  const count = left >= 0 ? fill(strings.CharactersLeft, left.toLocaleString('en-GB')) : fill(strings.CharactersOver, (-left).toLocaleString('en-GB'));
  return (
    <FieldShell {...props}>
      <textarea
        id={props.id}
        name={props.id}
        className={classes.textarea}
        rows={5}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error, showCount ? `${props.id}-count` : undefined)}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {showCount && (
        <div id={`${props.id}-count`} className={left < 0 ? classes.fieldError : classes.help} aria-live="polite">
          {count}
        </div>
      )}
    </FieldShell>
  );
}

export interface IOption {
  value: string;
  label: string;
}

export function Select(props: IFieldBase & { value: string; onChange: (value: string) => void; options: IOption[]; disabled?: boolean }): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <FieldShell {...props}>
      <select
        id={props.id}
        name={props.id}
        className={classes.input}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{strings.ChooseOption}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface IChoice<T extends string> {
  value: T;
  label: string;
  hint?: string;
  /** Shown under the choice while it is selected (GOV.UK conditional reveal). */
  reveal?: React.ReactNode;
}

/** Radios in a fieldset; the first radio has the group's id, so the error summary can focus it. */
export function RadioGroup<T extends string>(
  props: { id: string; legend: React.ReactNode; hint?: string; error?: string; value: T | undefined; choices: IChoice<T>[]; onChange: (value: T) => void; legendClassName?: string }
): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <div className={props.error ? classes.fieldWithError : undefined}>
      <fieldset className={classes.fieldset} aria-describedby={describedBy(props.id, props.hint, props.error)}>
        <legend className={props.legendClassName}>{props.legend}</legend>
        <Hint id={props.id} text={props.hint} />
        <ErrorMessage id={props.id} text={props.error} />
        <div className={classes.choices}>
          {props.choices.map((choice, i) => {
            const id = i === 0 ? props.id : `${props.id}-${i}`;
            return (
              <React.Fragment key={choice.value}>
                <div className={classes.choice}>
                  <input
                    id={id}
                    type="radio"
                    name={props.id}
                    value={choice.value}
                    checked={props.value === choice.value}
                    aria-describedby={choice.hint ? `${id}-hint` : undefined}
                    onChange={() => props.onChange(choice.value)}
                  />
                  <div>
                    <label htmlFor={id}>{choice.label}</label>
                    <Hint id={id} text={choice.hint} />
                  </div>
                </div>
                {props.value === choice.value && choice.reveal ? <div className={classes.conditional}>{choice.reveal}</div> : null}
              </React.Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkbox(
  props: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; reveal?: React.ReactNode }
): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <>
      <div className={classes.choice}>
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
          onChange={(e) => props.onChange(e.target.checked)}
          onKeyDown={(e) => {
            // Enter on a checkbox would submit its form (the browser's implicit submission); Space ticks it.
            if (e.key === 'Enter') {
              e.preventDefault();
            }
          }}
        />
        <div>
          <label htmlFor={props.id}>{props.label}</label>
          <Hint id={props.id} text={props.hint} />
        </div>
      </div>
      {props.checked && props.reveal ? <div className={classes.conditional}>{props.reveal}</div> : null}
    </>
  );
}

export interface ISummaryError {
  /** The id of the control to focus. */
  target: string;
  message: string;
}

/**
 * The GOV.UK error summary: at the top, focused when it appears so a screen reader reads it, each message a
 * link that moves focus to its field (without changing the address: the page is a SharePoint page).
 */
export function ErrorSummary(props: { id: string; errors: ISummaryError[]; focusKey: number }): React.ReactElement | null {
  const classes = useRaiseClasses();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (props.errors.length > 0) {
      ref.current?.focus();
    }
  }, [props.focusKey]); // eslint-disable-line react-hooks/exhaustive-deps
  if (props.errors.length === 0) {
    return null;
  }
  return (
    <div ref={ref} className={classes.errorSummary} tabIndex={-1} role="alert" aria-labelledby={`${props.id}-title`} data-error-summary="true">
      <h2 id={`${props.id}-title`}>{strings.ErrorSummaryHeading}</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={`${e.target}:${e.message}`}>
            <a
              href={`#${e.target}`}
              onClick={(event) => {
                event.preventDefault();
                // focus() scrolls the field into view
                document.getElementById(e.target)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
