// The support the raise form points to (R7, R8, R9), from the support directory list site owners edit, read
// once per tab (the signposting web part's cache). If the list cannot be read the form still shows the
// 24/7 line and the policy names: help must never depend on SharePoint answering.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { isWebAddress, telHref } from '../../../domain/support';
import type { EqualityNetwork, SupportEntry } from '../../../domain/types';
import { useSupportDirectory } from '../../signposting/components/useSupportDirectory';

const POLICY_IDS: readonly string[] = ['grievance-policy', 'disciplinary-policy', 'performance-management-policy', 'code-of-conduct'];
const NETWORK_IDS: Readonly<Record<EqualityNetwork, readonly string[]>> = {
  DisabledWorkersGroup: ['disabled-workers-group'],
  LgbtStaffNetwork: ['lgbt-staff-network'],
  BameNetwork: ['bame-network', 'race-champions']
};

export interface ILink {
  title: string;
  url?: string;
}

export interface RaiseSupport {
  staffSupportPhone: string;
  /** R8: the policies this process does not replace. */
  policies: ILink[];
  /** R8: the whistleblowing procedure's page, if the directory has one. */
  whistleblowingUrl?: string;
  /** R7: each network's directory entries. */
  networks: Record<EqualityNetwork, SupportEntry[]>;
}

function link(entry: SupportEntry): ILink {
  return { title: entry.title, url: entry.url && isWebAddress(entry.url) ? entry.url : undefined };
}

export function raiseSupport(entries: readonly SupportEntry[] | undefined): RaiseSupport {
  const byId = (id: string): SupportEntry | undefined => entries?.find((e) => e.id === id);
  const policies = POLICY_IDS.map(byId).filter((e): e is SupportEntry => e !== undefined);
  const whistleblowing = byId('whistleblowing-procedure');
  return {
    staffSupportPhone: byId('staff-support')?.phone || strings.StaffSupportPhone,
    policies: policies.length > 0 ? policies.map(link) : strings.PolicyFallbackNames.map((title) => ({ title })),
    whistleblowingUrl: whistleblowing?.url && isWebAddress(whistleblowing.url) ? whistleblowing.url : undefined,
    networks: {
      DisabledWorkersGroup: NETWORK_IDS.DisabledWorkersGroup.map(byId).filter((e): e is SupportEntry => e !== undefined),
      LgbtStaffNetwork: NETWORK_IDS.LgbtStaffNetwork.map(byId).filter((e): e is SupportEntry => e !== undefined),
      BameNetwork: NETWORK_IDS.BameNetwork.map(byId).filter((e): e is SupportEntry => e !== undefined)
    }
  };
}

export function useRaiseSupport(): RaiseSupport {
  const { state } = useSupportDirectory();
  const entries = state.status === 'ready' ? state.entries : undefined;
  return React.useMemo(() => raiseSupport(entries), [entries]);
}

/** R9: the 24/7 line as a link a phone can dial. */
export function StaffSupportLine(props: { phone: string }): React.ReactElement {
  return <a href={telHref(props.phone)}>{strings.HelpNowCall.split('{0}').join(props.phone)}</a>;
}

/** One way to reach a network: phone and email links, in words. */
export function Contacts(props: { entry: SupportEntry }): React.ReactElement {
  const e = props.entry;
  return (
    <span>
      {e.title}
      {e.phone ? (
        <>
          {': '}
          <a href={telHref(e.phone)}>{e.phone}</a>
        </>
      ) : null}
      {e.email ? (
        <>
          {e.phone ? ', ' : ': '}
          <a href={`mailto:${e.email}`}>{e.email}</a>
        </>
      ) : null}
    </span>
  );
}
