// "Raise a wellbeing concern" (R1-R9, R21): start, the first questions, the form, and what happens next.
// What the person types is theirs until they send it: kept in this tab's session storage across a reload,
// kept on screen when SharePoint fails, and gone on Exit this page.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { getId } from '@fluentui/react/lib/Utilities';
import {
  Alert,
  AlertDraft,
  emptyAlertDraft,
  FieldError,
  FirstQuestion,
  firstQuestionsOutcome,
  nextFirstQuestion
} from '../../../domain/alert';
import { newIdempotencyKey, newReference } from '../../../domain/reference';
import { confirmationLink, wantsConfirmationLink } from '../../../domain/workerConfirmation';
import type { CompletedBy } from '../../../domain/types';
import { useWellbeingServices } from '../../../components/ServicesContext';
import { WebPartHeading } from '../../../components/WebPartHeading';
import { Problem } from '../../../components/Problem';
import { useStoreRead } from '../../../components/useStoreRead';
import { activeOrganisation, Organisation } from '../../../domain/organisation';
import { sendWorkerCopy, submitAlert, usingStore } from '../../../workflows';
import { ConsentProof, newConsentProof, ProofCrypto, proofHashOf } from '../../../services/consent/consentProof';
import type { StoreError } from '../../../services/store/storeErrors';
import { CopyState, MyConcerns, Sent, SentAlert } from './afterwards';
import { AlertForm } from './AlertForm';
import { CheckAnswers } from './checkAnswers';
import { ConfirmConsent } from './confirmConsent';
import { clearDraft, draftKey, loadDraft, RaiseStage, SavedRaise, saveDraft, sessionStore } from './draftStorage';
import { formErrors } from './formErrors';
import { ExitThisPage } from './ExitThisPage';
import { IRaiseConcernProps } from './raiseConcernProps';
import { useRaiseClasses } from './raiseStyles';
import { useRaiseSupport } from './raiseSupport';
import { QuestionStep, StartStep, TalkToManagerStep } from './steps';

export { raiseConcernProps } from './raiseConcernProps';
export type { IRaiseConcernProps } from './raiseConcernProps';

/** Random numbers from the browser's crypto source (references must not be guessable in sequence). */
export function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  window.crypto.getRandomValues(buffer);
  return buffer[0] / 4294967296;
}

function browserCrypto(): ProofCrypto | undefined {
  return typeof window === 'undefined' ? undefined : window.crypto;
}

/**
 * R4: the secret for the worker's link (the one this draft already made, so a retry sends the same) and its
 * hash; undefined where Web Crypto is missing (a page not on https): the copy then goes without a link and
 * triage confirms with the worker in conversation.
 */
async function consentProof(crypto: ProofCrypto | undefined, secret: string | undefined): Promise<ConsentProof | undefined> {
  if (crypto?.subtle === undefined) {
    return undefined;
  }
  try {
    return secret !== undefined ? { secret, hash: await proofHashOf(crypto, secret) } : await newConsentProof(crypto);
  } catch {
    return undefined;
  }
}

/** Before the organisation is read: nothing to choose (the form is not shown until it is). */
const NO_ORGANISATION: Organisation = { serviceAreas: [], locations: [] };

interface RaiseState extends SavedRaise {
  /** The person chose who is completing it (nothing is preselected, GOV.UK). */
  whoChosen: boolean;
  /** The draft came back from session storage (said once, so they know nothing was lost). */
  restored: boolean;
}

function freshState(newStarter: boolean, random: () => number): RaiseState {
  return {
    stage: 'start',
    draft: { ...emptyAlertDraft(), newStarter },
    answered: [],
    copyTo: '',
    chosen: [],
    reference: newReference(random),
    idempotencyKey: newIdempotencyKey(random),
    whoChosen: false,
    restored: false
  };
}

/** Where the answers so far lead (R2): the next question, the manager page or the form. */
function stageAfterQuestions(draft: AlertDraft): RaiseStage {
  switch (firstQuestionsOutcome(draft.firstQuestions)) {
    case 'incomplete':
      return 'questions';
    case 'talkToManager':
      return 'talkToManager';
    default:
      return 'form';
  }
}

export function RaiseConcern(props: IRaiseConcernProps): React.ReactElement {
  const services = useWellbeingServices();
  const classes = useRaiseClasses();
  const random = props.random ?? cryptoRandom;
  const storage = React.useMemo(sessionStore, []);
  const key = draftKey(services.dataSite.url);
  const idPrefix = React.useMemo(() => getId('raise'), []);
  const support = useRaiseSupport();
  // Issue 18: the service areas, teams and office bases the site holds now (read once; the store keeps it).
  const organisationRead = useStoreRead('organisation', (store) => store.organisation());
  const organisation: Organisation | undefined = React.useMemo(
    () => (organisationRead.state.status === 'ready' ? activeOrganisation(organisationRead.state.value.organisation) : undefined),
    [organisationRead.state]
  );

  const [state, setState] = React.useState<RaiseState>(() => {
    const saved = loadDraft(storage, key);
    return saved
      ? { ...saved, draft: { ...saved.draft, newStarter: saved.draft.newStarter || props.newStarter }, whoChosen: true, restored: true }
      : freshState(props.newStarter, random);
  });
  const [errors, setErrors] = React.useState<FieldError[]>([]);
  const [focusKey, setFocusKey] = React.useState(0);
  const [sending, setSending] = React.useState(false);
  const [problem, setProblem] = React.useState<StoreError | undefined>(undefined);
  const [sent, setSent] = React.useState<{ info: SentAlert; alert: Alert; confirmLink?: string } | undefined>(undefined);
  const [copy, setCopy] = React.useState<CopyState>({ status: 'none' });
  const [moved, setMoved] = React.useState(false);
  /** A Change link on Check your answers: the control the form focuses when it opens. */
  const [focusTarget, setFocusTarget] = React.useState<string | undefined>(undefined);
  const [mineKey, setMineKey] = React.useState(0);
  const exited = React.useRef(false);

  // Keep the draft in this tab while it is being written (never before the person has chosen anything).
  React.useEffect(() => {
    if (sent === undefined && state.whoChosen && !exited.current) {
      const { whoChosen, restored, ...saved } = state; // eslint-disable-line @typescript-eslint/no-unused-vars
      saveDraft(storage, key, saved);
    }
  }, [state, sent, storage, key]);

  const update = (change: (s: RaiseState) => RaiseState): void => {
    setMoved(true);
    setState((s) => change(s));
  };
  const patchDraft = (patch: Partial<AlertDraft>): void => {
    setState((s) => ({ ...s, draft: { ...s.draft, ...patch } }));
    if (errors.length > 0) {
      // An error is cleared once its field changes; the rest stay until the next submit.
      setErrors((found) => found.filter((e) => !(e.field in patch)));
    }
  };

  const exit = (): void => {
    exited.current = true;
    clearDraft(storage, key);
    setState(freshState(false, random));
    setSent(undefined);
    const leave = props.leave ?? ((url: string) => window.location.replace(url));
    leave(props.exitPageUrl);
  };

  const chooseWho = (who: CompletedBy): void =>
    setState((s) => ({
      ...s,
      whoChosen: true,
      draft: { ...s.draft, completedBy: who, consentMode: who === 'Worker' ? 'NotNeeded' : s.draft.consentMode === 'NotNeeded' ? 'CompletedTogether' : s.draft.consentMode }
    }));

  const answer = (question: FirstQuestion, value: boolean, managerResponse?: string): void =>
    update((s) => {
      const firstQuestions = { ...s.draft.firstQuestions, [question]: value };
      if (managerResponse !== undefined) {
        firstQuestions.managerResponse = managerResponse;
      }
      const draft: AlertDraft = { ...s.draft, firstQuestions };
      if (question === 'concernInvolvesManager') {
        draft.concernInvolvesManager = value;
      }
      // R5, ToR step 6: someone who would rather not talk to anyone is offered anonymity first (the form
      // lists it first and says why), but it is not chosen for them.
      const stage = stageAfterQuestions(draft);
      return { ...s, draft, answered: [...s.answered, question], stage, restored: false };
    });

  /** Back through the questions: the last answer is undone, so the question is asked again. */
  const back = (): void =>
    update((s) => {
      if (s.answered.length === 0) {
        return { ...s, stage: 'start', restored: false };
      }
      const last = s.answered[s.answered.length - 1];
      const firstQuestions = { ...s.draft.firstQuestions };
      delete firstQuestions[last];
      const draft = { ...s.draft, firstQuestions, concernInvolvesManager: last === 'concernInvolvesManager' ? false : s.draft.concernInvolvesManager };
      // Usually the question is asked again; from the form reached through the manager page, that page.
      return { ...s, draft, answered: s.answered.slice(0, -1), stage: stageAfterQuestions(draft), restored: false };
    });

  const sendCopy = async (alert: Alert, to: string, confirmLink: string | undefined): Promise<void> => {
    setCopy({ status: 'sending', to });
    const outcome = await usingStore(services.store, (store) => sendWorkerCopy(store, alert, to, confirmLink));
    setCopy(outcome.kind === 'saved' ? { status: 'sent', to } : { status: 'failed', to, error: outcome.error });
  };

  /** The form's Continue: any problem is shown on the form; otherwise Check your answers. */
  const continueToCheck = (): void => {
    const found = formErrors(state, organisation ?? NO_ORGANISATION);
    setErrors(found);
    setFocusTarget(undefined);
    if (found.length > 0) {
      setFocusKey((n) => n + 1);
      return;
    }
    update((s) => ({ ...s, stage: 'check', restored: false }));
  };

  /** Change on Check your answers: the form again, with focus on that answer's control. */
  const change = (target: string): void => {
    setFocusTarget(target);
    update((s) => ({ ...s, stage: 'form', restored: false }));
  };

  /** Send, from Check your answers only. */
  const submit = async (): Promise<void> => {
    const backToForm = (found: ReturnType<typeof formErrors>): void => {
      // Cannot happen from the form's own Continue; a draft edited elsewhere goes back to its problems.
      setErrors(found);
      setProblem(undefined);
      setFocusTarget(undefined);
      setFocusKey((n) => n + 1);
      update((s) => ({ ...s, stage: 'form' }));
    };
    const found = formErrors(state, organisation ?? NO_ORGANISATION);
    if (found.length > 0) {
      backToForm(found);
      return;
    }
    setSending(true);
    setProblem(undefined);
    let confirmLink: string | undefined;
    // R4: the alert carries the hash of the secret in the worker's link, written in the one add (raisers never edit).
    const amend = async (prepared: Alert): Promise<Alert> => {
      if (!wantsConfirmationLink(prepared)) return prepared;
      const proof = await consentProof(props.crypto ?? browserCrypto(), state.proofSecret);
      if (proof === undefined) return prepared;
      const secret = proof.secret;
      setState((s) => ({ ...s, proofSecret: secret }));
      confirmLink = confirmationLink(props.pageUrl ?? window.location.href, prepared.reference, secret);
      return { ...prepared, consentProofHash: proof.hash, workerCopyTo: state.copyTo.trim().toLowerCase() };
    };
    // The idempotency key makes a repeated submit (a retry, a reload, a second tab) the same alert (once.ts).
    const outcome = await usingStore(services.store, (store) =>
      submitAlert(store, () => new Date(), { draft: state.draft, reference: state.reference, idempotencyKey: state.idempotencyKey, amend })
    );
    if (outcome.kind === 'refused') {
      setSending(false);
      backToForm(found);
      return;
    }
    if (outcome.kind !== 'saved') {
      setProblem(outcome.error);
      setSending(false);
      return;
    }
    const alert = outcome.value.alert;
    clearDraft(storage, key);
    setSending(false);
    setSent({ info: { reference: outcome.value.submitted.reference, route: alert.route, anonymous: alert.anonymous, completedBy: alert.completedBy }, alert, confirmLink });
    setMineKey((n) => n + 1);
    if (outcome.value.copyWanted) {
      void sendCopy(alert, state.copyTo.trim(), confirmLink);
    }
  };

  const raiseAnother = (): void => {
    setSent(undefined);
    setCopy({ status: 'none' });
    setErrors([]);
    setMoved(true);
    setState(freshState(props.newStarter, random));
  };

  let content: React.ReactElement;
  if (props.confirm !== undefined) {
    // R4: opened from the worker's confirmation link.
    content = <ConfirmConsent idPrefix={idPrefix} request={props.confirm} support={support} />;
  } else if (sent !== undefined) {
    content = (
      <Sent idPrefix={idPrefix} sent={sent.info} copy={copy} onRetryCopy={() => void sendCopy(sent.alert, copy.status === 'none' ? state.copyTo : copy.to, sent.confirmLink)} support={support} onRaiseAnother={raiseAnother}>
        <MyConcerns idPrefix={idPrefix} refreshKey={mineKey} />
      </Sent>
    );
  } else if (state.stage === 'questions') {
    const question = nextFirstQuestion(state.draft.firstQuestions) ?? 'raisedWithManager';
    content = (
      <QuestionStep
        key={question}
        idPrefix={idPrefix}
        completedBy={state.draft.completedBy}
        question={question}
        number={state.answered.length + 1}
        answers={state.draft.firstQuestions}
        restored={state.restored}
        onAnswer={answer}
        onBack={back}
      />
    );
  } else if (state.stage === 'talkToManager') {
    content = (
      <TalkToManagerStep
        idPrefix={idPrefix}
        completedBy={state.draft.completedBy}
        support={support}
        onBack={back}
        onIndependent={() =>
          update((s) => ({
            ...s,
            draft: { ...s.draft, firstQuestions: { ...s.draft.firstQuestions, wantsIndependentPerson: true } },
            answered: [...s.answered, 'wantsIndependentPerson'],
            stage: 'form'
          }))
        }
      />
    );
  } else if ((state.stage === 'form' || state.stage === 'check') && organisation === undefined) {
    content =
      organisationRead.state.status === 'failed' ? (
        <Problem what={strings.OrganisationFailed} error={organisationRead.state.error} onRetry={organisationRead.retry} reassurance={strings.OrganisationKept} />
      ) : (
        <p role="status">{strings.Loading}</p>
      );
  } else if (state.stage === 'form') {
    content = (
      <AlertForm
        idPrefix={idPrefix}
        draft={state.draft}
        onChange={patchDraft}
        chosen={state.chosen}
        onChoose={(choice, patch) => {
          setState((s) => ({ ...s, chosen: s.chosen.includes(choice) ? s.chosen : [...s.chosen, choice] }));
          patchDraft(patch);
          setErrors((found) => found.filter((e) => e.field !== choice));
        }}
        copyTo={state.copyTo}
        onCopyTo={(copyTo) => {
          setState((s) => ({ ...s, copyTo }));
          setErrors((found) => found.filter((e) => e.field !== 'sendWorkerCopy'));
        }}
        errors={errors}
        focusKey={focusKey}
        support={support}
        suggestAnonymous={firstQuestionsOutcome(state.draft.firstQuestions) === 'anonymousAlert'}
        restored={state.restored}
        onSubmit={continueToCheck}
        onBack={back}
        focusTarget={focusTarget}
        organisation={organisation ?? NO_ORGANISATION}
      />
    );
  } else if (state.stage === 'check') {
    content = (
      <CheckAnswers
        idPrefix={idPrefix}
        draft={state.draft}
        copyTo={state.copyTo}
        restored={state.restored}
        sending={sending}
        problem={problem}
        onChange={change}
        onSend={() => void submit()}
        onBack={() => change(`${idPrefix}-heading`)}
        organisation={organisation ?? NO_ORGANISATION}
      />
    );
  } else {
    content = (
      <StartStep
        idPrefix={idPrefix}
        newStarter={state.draft.newStarter}
        support={support}
        whistleblowingPageUrl={props.whistleblowingPageUrl}
        who={state.whoChosen ? state.draft.completedBy : undefined}
        onWho={chooseWho}
        onContinue={() => update((s) => ({ ...s, stage: stageAfterQuestions(s.draft), restored: false }))}
        focusHeading={moved}
      >
        <MyConcerns idPrefix={idPrefix} refreshKey={mineKey} />
      </StartStep>
    );
  }

  return (
    <section className={classes.root} aria-labelledby={`${idPrefix}-heading`} data-raise-concern="true">
      <ExitThisPage onExit={exit} />
      <WebPartHeading id={`${idPrefix}-title`} />
      {content}
    </section>
  );
}
