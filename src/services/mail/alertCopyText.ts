// R4: the copy of an alert a colleague sends to the worker it is about, so the worker sees exactly what was
// written, can say whether they agree, and knows how their consent will be checked.
//
// This is the one message that carries record content, and only because R4 requires the worker to see it:
// it goes to the worker alone, from the raiser's own mailbox (the raiser wrote every word), never to anyone
// else, and it is not kept in the raiser's Sent Items. Service area, team and location are given by name so
// the worker can check them; the reference lets them quote it to the PSW/AP.

import type { Alert } from '../../domain/alert';
import { ROUTE_ROLE_NAMES } from '../../domain/routing';
import { locationById, serviceAreaById, teamById } from '../../referenceData';
import type { NotificationText } from './notificationText';

const CONSENT_WORDS: Readonly<Record<Alert['consentMode'], string>> = {
  NotNeeded: '',
  CompletedTogether: 'We completed this together.',
  WorkerSeenAndAgreed: 'I have said that you have seen this, agree with it and consent to it being shared.'
};

function line(label: string, value: string): string {
  return `${label}: ${value === '' ? 'Not given' : value}`;
}

/**
 * R4: how the worker confirms for themselves. The link carries a secret in its fragment (after #), which the
 * browser never sends to a server; only the worker's own account can use it (workerConfirmation.ts).
 */
function confirmLines(alert: Alert, confirmLink: string | undefined): string[] {
  if (confirmLink === undefined || !/^https?:\/\//.test(confirmLink)) {
    return [
      'If anything here is wrong, or you do not want it shared, say so when you are contacted, or reply to the colleague who sent it.'
    ];
  }
  return [
    'Please check it. If it is right and you are happy for it to be shared, you can confirm that yourself. Open this link while signed in to your own work account:',
    confirmLink,
    `Only you and the ${ROUTE_ROLE_NAMES[alert.route]} and the wellbeing triage team can see that you confirmed. Your colleague cannot. Please do not forward this email: the link is for you alone.`,
    'If anything here is wrong, or you do not want it shared, do not confirm: say so when you are contacted, or reply to the colleague who sent it.'
  ];
}

/** The subject and plain-text body of the worker's copy, with the link to confirm it when there is one. */
export function alertCopyText(alert: Alert, confirmLink?: string): NotificationText {
  const area = serviceAreaById(alert.serviceAreaId)?.name ?? alert.serviceAreaId;
  const team = alert.teamId === '' ? '' : teamById(alert.teamId)?.name ?? alert.teamId;
  const location = alert.locationId === '' ? '' : locationById(alert.locationId)?.name ?? alert.locationId;
  const lines: string[] = [
    'A colleague has raised a wellbeing concern on your behalf. This is a copy of exactly what they sent.',
    CONSENT_WORDS[alert.consentMode],
    `The ${ROUTE_ROLE_NAMES[alert.route]} will contact you to check that you agree with it and are happy for it to be shared, before anything is done with your name.`,
    '',
    line('Reference', alert.reference),
    alert.anonymous ? 'Name, role and team: not given (anonymous)' : line('Name', alert.workerName),
    ...(alert.anonymous ? [] : [line('Role', alert.role), line('Team', team)]),
    line('Service area', area),
    ...(location === '' ? [] : [line('Location', location)]),
    '',
    'Details of the concerns:',
    alert.details,
    '',
    'What action has already been taken:',
    alert.actionTaken,
    '',
    'What needs to happen:',
    alert.whatNeedsToHappen,
    '',
    ...confirmLines(alert, confirmLink),
    'Staff Support is there 24 hours a day, every day of the year: 0800 1116 387.'
  ];
  return { subject: `Your wellbeing concern ${alert.reference}: a copy for you to check`, body: lines.filter((l, i) => l !== '' || i > 2).join('\n') };
}
