// R4: the copy of an alert a colleague sends to the worker it is about, so the worker sees exactly what was
// written, can say whether they agree, and knows how their consent will be checked.
//
// This is the one message that carries record content, and only because R4 requires the worker to see it:
// it goes to the worker alone, from the raiser's own mailbox (the raiser wrote every word), never to anyone
// else, and it is not kept in the raiser's Sent Items. Service area, team and location are given by name so
// the worker can check them; the reference lets them quote it to the PSW/AP. The words are in the loc file
// (src/loc, `AlertCopy`), so the council can change their tone without touching this logic.

import * as strings from 'WellbeingStrings';
import type { Alert } from '../../domain/alert';
import { ROUTE_ROLE_NAMES } from '../../domain/routing';
import { findLocation, findServiceArea, findTeam } from '../../domain/organisation';
import type { Organisation } from '../../domain/organisation';
import type { NotificationText } from './notificationText';

const w = strings.AlertCopy;
const fill = (template: string, ...values: string[]): string => values.reduce((text, v, i) => text.split(`{${i}}`).join(v), template);

function line(label: string, value: string): string {
  return `${label}: ${value === '' ? w.notGiven : value}`;
}

/**
 * R4: how the worker confirms for themselves. The link carries a secret in its fragment (after #), which the
 * browser never sends to a server; only the worker's own account can use it (workerConfirmation.ts).
 */
function confirmLines(alert: Alert, confirmLink: string | undefined): string[] {
  if (confirmLink === undefined || !/^https?:\/\//.test(confirmLink)) {
    return [w.ifWrong];
  }
  return [w.confirmLead, confirmLink, fill(w.confirmWho, ROUTE_ROLE_NAMES[alert.route]), w.ifWrongDoNotConfirm];
}

/** The subject and plain-text body of the worker's copy, with the link to confirm it when there is one. */
export function alertCopyText(alert: Alert, confirmLink: string | undefined, organisation: Organisation): NotificationText {
  // The alert was checked against the organisation in use when it was sent; an unknown key is never written out.
  const area = findServiceArea(organisation, alert.serviceAreaId)?.name ?? w.notGiven;
  const team = alert.teamId === '' ? '' : findTeam(organisation, alert.teamId)?.name ?? w.notGiven;
  const location = alert.locationId === '' ? '' : findLocation(organisation, alert.locationId)?.name ?? w.notGiven;
  const lines: string[] = [
    w.opening,
    w.consent[alert.consentMode],
    fill(w.willContact, ROUTE_ROLE_NAMES[alert.route]),
    '',
    line(w.labels.reference, alert.reference),
    alert.anonymous ? w.anonymous : line(w.labels.name, alert.workerName),
    ...(alert.anonymous ? [] : [line(w.labels.role, alert.role), line(w.labels.team, team)]),
    line(w.labels.serviceArea, area),
    ...(location === '' ? [] : [line(w.labels.location, location)]),
    '',
    w.labels.details,
    alert.details,
    '',
    w.labels.actionTaken,
    alert.actionTaken,
    '',
    w.labels.whatNeedsToHappen,
    alert.whatNeedsToHappen,
    '',
    ...confirmLines(alert, confirmLink),
    w.staffSupport
  ];
  return { subject: fill(w.subject, alert.reference), body: lines.filter((l, i) => l !== '' || i > 2).join('\n') };
}
