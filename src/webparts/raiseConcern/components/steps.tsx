// Before the form: the start (who is completing it, R4; not a grievance, R8; help now, R9) and the first
// questions (R2), one question at a time, as GOV.UK asks them, so a person on a phone at night sees one
// thing to answer and a way back.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import type { FirstQuestion, FirstQuestions } from '../../../domain/alert';
import { ALERT_LIMITS } from '../../../domain/limits';
import type { CompletedBy } from '../../../domain/types';
import { ErrorSummary, ISummaryError, RadioGroup, TextArea } from './fields';
import { RaiseSupport, StaffSupportLine } from './raiseSupport';
import { useRaiseClasses } from './raiseStyles';

/** A stage's heading: focused when the stage is reached by pressing a button, so reading starts there. */
export function StageHeading(props: { id: string; text: string; focus: boolean }): React.ReactElement {
  const ref = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (props.focus) {
      ref.current?.focus();
    }
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <h2 id={props.id} ref={ref} tabIndex={-1}>
      {props.text}
    </h2>
  );
}

export function HelpNow(props: { support: RaiseSupport }): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <aside className={classes.inset} aria-labelledby="raise-help-now">
      <h3 id="raise-help-now">{strings.HelpNowHeading}</h3>
      <p>{strings.HelpNowBody}</p>
      <p>
        <StaffSupportLine phone={props.support.staffSupportPhone} />
      </p>
    </aside>
  );
}

/** R8: not a grievance, with the policies; safeguarding concerns that need whistleblowing go there. */
export function NotAGrievance(props: { support: RaiseSupport; whistleblowingPageUrl: string }): React.ReactElement {
  const whistleblowing = props.whistleblowingPageUrl || props.support.whistleblowingUrl;
  return (
    <section aria-labelledby="raise-not-grievance">
      <h3 id="raise-not-grievance">{strings.NotGrievanceHeading}</h3>
      <p>{strings.NotGrievanceBody}</p>
      <ul>
        {props.support.policies.map((p) => (
          <li key={p.title}>{p.url ? <a href={p.url}>{p.title}</a> : p.title}</li>
        ))}
      </ul>
      <p>{strings.WhistleblowingBody}</p>
      {whistleblowing ? (
        <p>
          <a href={whistleblowing}>{strings.WhistleblowingLink}</a>
        </p>
      ) : null}
    </section>
  );
}

export interface IStartStepProps {
  idPrefix: string;
  newStarter: boolean;
  support: RaiseSupport;
  whistleblowingPageUrl: string;
  who: CompletedBy | undefined;
  onWho: (who: CompletedBy) => void;
  onContinue: () => void;
  focusHeading: boolean;
  children?: React.ReactNode;
}

export function StartStep(props: IStartStepProps): React.ReactElement {
  const classes = useRaiseClasses();
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const whoId = `${props.idPrefix}-who`;
  const errors: ISummaryError[] = error ? [{ target: whoId, message: error }] : [];
  return (
    <div data-stage="start">
      <ErrorSummary id={`${props.idPrefix}-start-errors`} errors={errors} focusKey={attempt} />
      <StageHeading id={`${props.idPrefix}-heading`} text={strings.Title} focus={props.focusHeading} />
      <p>{strings.Intro}</p>
      {props.newStarter ? <p data-new-starter="true">{strings.NewStarterWelcome}</p> : null}
      <HelpNow support={props.support} />
      <NotAGrievance support={props.support} whistleblowingPageUrl={props.whistleblowingPageUrl} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (props.who === undefined) {
            setError(strings.WhoRequired);
            setAttempt((n) => n + 1);
            return;
          }
          props.onContinue();
        }}
      >
        <RadioGroup<CompletedBy>
          id={whoId}
          legend={strings.WhoLegend}
          error={error}
          value={props.who}
          onChange={(who) => {
            setError(undefined);
            props.onWho(who);
          }}
          choices={[
            { value: 'Worker', label: strings.WhoWorker },
            { value: 'Colleague', label: strings.WhoColleague, reveal: <p>{strings.TogetherAdvice}</p> }
          ]}
        />
        <div className={classes.actions}>
          <button type="submit" className={classes.primaryButton}>
            {strings.Continue}
          </button>
        </div>
      </form>
      {props.children}
    </div>
  );
}

export interface IQuestionStepProps {
  idPrefix: string;
  completedBy: CompletedBy;
  question: FirstQuestion;
  /** 1-based, for "Question 2". */
  number: number;
  answers: FirstQuestions;
  restored: boolean;
  onAnswer: (question: FirstQuestion, value: boolean, managerResponse?: string) => void;
  onBack: () => void;
}

/** R2: one first question. Keyed by question, so each starts with nothing selected. */
export function QuestionStep(props: IQuestionStepProps): React.ReactElement {
  const classes = useRaiseClasses();
  const texts = strings.Questions[props.completedBy];
  const existing = props.answers[props.question];
  const [value, setValue] = React.useState<'yes' | 'no' | undefined>(existing === undefined ? undefined : existing ? 'yes' : 'no');
  const [response, setResponse] = React.useState(props.answers.managerResponse ?? '');
  const [errors, setErrors] = React.useState<ISummaryError[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const id = `${props.idPrefix}-${props.question}`;
  const responseId = `${props.idPrefix}-managerResponse`;
  const asksResponse = props.question === 'acknowledged';
  const fieldError = (target: string): string | undefined => errors.find((e) => e.target === target)?.message;

  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const found: ISummaryError[] = [];
    if (value === undefined) {
      found.push({ target: id, message: strings.SelectYesOrNo });
    }
    if (asksResponse && response.trim().length > ALERT_LIMITS.managerResponse) {
      found.push({
        target: responseId,
        message: `${texts.managerResponse.replace(/ \(optional\)$/, '')}: ${strings.CharactersOver.split('{0}').join((response.trim().length - ALERT_LIMITS.managerResponse).toLocaleString('en-GB'))}`
      });
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length === 0 && value !== undefined) {
      props.onAnswer(props.question, value === 'yes', asksResponse ? response : undefined);
    }
  };

  return (
    <div data-stage="questions" data-question={props.question}>
      <ErrorSummary id={`${props.idPrefix}-question-errors`} errors={errors} focusKey={attempt} />
      <p className={classes.help}>{strings.QuestionProgress.split('{0}').join(String(props.number))}</p>
      {props.restored ? <p className={classes.success}>{strings.DraftRestored}</p> : null}
      <form noValidate onSubmit={submit}>
        <RadioGroup<'yes' | 'no'>
          id={id}
          legend={<QuestionHeading question={props.question} text={texts[props.question]} />}
          hint={props.question === 'wantsIndependentPerson' ? strings.IndependentPersonHint[props.completedBy] : undefined}
          error={fieldError(id)}
          value={value}
          onChange={setValue}
          choices={[
            { value: 'yes', label: strings.Yes },
            { value: 'no', label: strings.No }
          ]}
        />
        {asksResponse ? (
          <TextArea id={responseId} label={texts.managerResponse} value={response} onChange={setResponse} limit={ALERT_LIMITS.managerResponse} error={fieldError(responseId)} />
        ) : null}
        <div className={classes.actions}>
          <button type="submit" className={classes.primaryButton}>
            {strings.Continue}
          </button>
          <button type="button" className={classes.button} onClick={props.onBack}>
            {strings.Back}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The question as the page's heading, focused when it appears (each answer brings the next). */
function QuestionHeading(props: { question: FirstQuestion; text: string }): React.ReactElement {
  const ref = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    ref.current?.focus();
  }, [props.question]);
  return (
    <h2 ref={ref} tabIndex={-1}>
      {props.text}
    </h2>
  );
}

/** R2: someone who can sort it out with their manager is told how, and not pushed on. */
export function TalkToManagerStep(props: {
  idPrefix: string;
  /** The colleague path speaks of the worker in the third person. */
  completedBy: CompletedBy;
  support: RaiseSupport;
  onIndependent: () => void;
  onBack: () => void;
}): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <div data-stage="talkToManager">
      <StageHeading id={`${props.idPrefix}-heading`} text={strings.TalkToManagerHeading[props.completedBy]} focus={true} />
      {strings.TalkToManagerBody[props.completedBy].map((text) => (
        <p key={text}>{text}</p>
      ))}
      <HelpNow support={props.support} />
      <div className={classes.actions}>
        <button type="button" className={classes.button} onClick={props.onIndependent}>
          {strings.StillWantIndependent}
        </button>
        <button type="button" className={classes.button} onClick={props.onBack}>
          {strings.Back}
        </button>
      </div>
    </div>
  );
}
