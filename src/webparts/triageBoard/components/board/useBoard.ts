// Loading the board: who I am, the settings and every open case, in parallel; then a case for every alert
// still without one (R10: the clock already runs from the alert's creation, whoever opens the board first).
import * as React from 'react';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { callStore } from '../../../../components/useStoreRead';
import type { Organisation } from '../../../../domain/organisation';
import type { OpenCase, OpenWork, StoreUser, WellbeingConfig } from '../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { openWaitingCases } from '../../../../workflows';
import { firstContactSettings } from './boardModel';

export interface BoardData {
  me: StoreUser;
  config: WellbeingConfig;
  work: OpenWork;
  /** Issue 18: the organisation as the site holds it (retired entries included: old cases show their names). */
  organisation: Organisation;
}

export type BoardState =
  | { status: 'loading' }
  | { status: 'failed'; error: StoreError }
  | { status: 'ready'; data: BoardData; opening: boolean; openFailed?: StoreError };

export function useBoard(now: () => Date): { state: BoardState; reload: () => void } {
  const services = useWellbeingServices();
  const [state, setState] = React.useState<BoardState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const nowRef = React.useRef(now);
  nowRef.current = now;

  React.useEffect(() => {
    let current = true;
    const load = async (): Promise<void> => {
      const [me, config, work, organisation] = await Promise.all([
        callStore(services.store, (s) => s.currentUser()),
        callStore(services.store, (s) => s.config()),
        callStore(services.store, (s) => s.openWork()),
        callStore(services.store, (s) => s.organisation())
      ]);
      if (!current) return;
      const failed = [me, config, work, organisation].find((r) => !r.ok);
      if (failed && !failed.ok) {
        setState({ status: 'failed', error: failed.error });
        return;
      }
      if (!me.ok || !config.ok || !work.ok || !organisation.ok) return;
      const data: BoardData = { me: me.value, config: config.value, work: work.value, organisation: organisation.value.organisation };
      const waiting = data.work.alertsWithoutCase;
      setState({ status: 'ready', data, opening: waiting.length > 0 });
      if (waiting.length === 0) return;
      const opening = await openWaitingCases(await services.store(), nowRef.current, data.me.loginName, firstContactSettings(data.config), waiting);
      const opened: OpenCase[] = opening.opened;
      const openFailed: StoreError | undefined = opening.error;
      // A conflict: a colleague's board opened one at the same moment (one case per alert): read theirs.
      const openedElsewhere = opening.openedElsewhere;
      // The cases just opened join the board as the store returned them; the whole board is read again only
      // when a colleague opened one first (so 1,000 open cases are not read twice for every new alert).
      const again = openedElsewhere ? await callStore(services.store, (s) => s.openWork()) : undefined;
      if (!current) return;
      const board: OpenWork =
        again?.ok === true
          ? again.value
          : { alertsWithoutCase: [], openCases: [...data.work.openCases, ...opened], unreadableAlerts: data.work.unreadableAlerts };
      setState({ status: 'ready', data: { ...data, work: board }, opening: false, openFailed: again?.ok === false ? again.error : openFailed });
    };
    setState({ status: 'loading' });
    load().catch(() => current && setState({ status: 'failed', error: { kind: 'unknown', retryable: true } }));
    return () => {
      current = false;
    };
  }, [services, attempt]);

  return { state, reload: React.useCallback(() => setAttempt((n) => n + 1), []) };
}
