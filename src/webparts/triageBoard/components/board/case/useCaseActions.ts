// How a case's sections save (R10-R17): one save at a time, through the workflows. A refusal, a conflict (a
// colleague changed the case: their change is loaded, what was typed stays) or a failure (with a retry) is said
// and takes focus; a success is said in a live region (a new node each time, so the same action twice is
// announced twice) and focus goes to the next step once the case has been read again.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { useWellbeingServices } from '../../../../../components/ServicesContext';
import type { StoreRead } from '../../../../../components/useStoreRead';
import type * as life from '../../../../../domain/caseLifecycle';
import type { CaseDetail, IWellbeingStore, StoreUser } from '../../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../../services/store/storeErrors';
import { Outcome, saveCaseChange, usingStore } from '../../../../../workflows';
import type { Attempt, CaseView, Done } from './caseView';

export type Notice = { kind: 'refused'; text: string; retry?: () => void } | { kind: 'failed'; error: StoreError; retry?: () => void } | { kind: 'conflict' };

/** A workflow's outcome as a section's attempt: a refusal in words. */
export function attemptOf<T, R>(outcome: Outcome<T, R>, refusal: (reason: R) => string): Attempt<T> {
  switch (outcome.kind) {
    case 'saved':
      return outcome;
    case 'conflict':
      return { kind: 'conflict' };
    case 'failed':
      return { kind: 'failed', error: outcome.error };
    default:
      return { kind: 'refused', text: refusal((outcome as { reason: R }).reason) };
  }
}

export interface CaseActions {
  notice: Notice | undefined;
  said: { text: string; n: number } | undefined;
  changed: boolean;
  noticeRef: React.RefObject<HTMLDivElement>;
  /** The saving half of a CaseView, for the case as it is on screen. */
  forCase: (d: CaseDetail, reading: boolean) => Pick<CaseView, 'save' | 'attempt' | 'refuse' | 'busy'>;
}

export function useCaseActions(read: StoreRead<CaseDetail>, me: StoreUser, now: () => Date): CaseActions {
  const services = useWellbeingServices();
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [changed, setChanged] = React.useState(false);
  const [said, setSaid] = React.useState<{ text: string; n: number } | undefined>(undefined);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  /** After a save: where focus goes once the case has been read again (not the stale case it was saved from). */
  const focusNext = React.useRef<{ ids: string[]; stale: CaseDetail } | undefined>(undefined);

  React.useEffect(() => {
    if (notice !== undefined) noticeRef.current?.focus();
  }, [notice]);
  React.useEffect(() => {
    const next = focusNext.current;
    if (next === undefined || read.state.status !== 'ready' || read.state.value === next.stale) return;
    focusNext.current = undefined;
    next.ids.map((id) => document.getElementById(id)).find((el) => el !== null)?.focus();
  });

  const forCase = (d: CaseDetail, reading: boolean): Pick<CaseView, 'save' | 'attempt' | 'refuse' | 'busy'> => {
    const attempt = async <T>(work: (store: IWellbeingStore) => Promise<Attempt<T>>, done: Done | ((value: T) => Done), retry: () => void): Promise<T | undefined> => {
      if (busy || reading) return undefined;
      setBusy(true);
      try {
        const outcome = await usingStore(services.store, work);
        if (outcome.kind === 'refused') setNotice({ kind: 'refused', text: outcome.text });
        else if (outcome.kind === 'conflict') {
          setNotice({ kind: 'conflict' });
          read.retry();
        } else if (outcome.kind === 'failed') setNotice({ kind: 'failed', error: outcome.error, retry });
        else {
          const words = typeof done === 'function' ? done(outcome.value) : done;
          setChanged(true);
          setNotice(undefined);
          setSaid((was) => ({ text: words.text, n: (was?.n ?? 0) + 1 }));
          focusNext.current = { ids: words.focus, stale: d };
          read.retry();
          return outcome.value;
        }
        return undefined;
      } finally {
        setBusy(false);
      }
    };
    const save: CaseView['save'] = async (command, done, themeIds) => {
      const run = (store: IWellbeingStore): Promise<Attempt<unknown>> =>
        saveCaseChange(store, now, { record: d.record, by: me.loginName, command, themeIds }).then((o) => attemptOf(o, (reason: life.RefusalReason) => strings.Refusals[reason]));
      // Said plainly, with a retry of the same change.
      return (await attempt(run, done, () => void save(command, done, themeIds))) !== undefined;
    };
    const refuse = (text: string, retry?: () => void): void => {
      focusNext.current = undefined;
      setNotice({ kind: 'refused', text, ...(retry ? { retry } : {}) });
    };
    return { save, attempt, refuse, busy: busy || reading };
  };

  return { notice, said, changed, noticeRef, forCase };
}
