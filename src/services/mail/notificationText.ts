// R22: the only words a notification may carry. Fixed text plus a link: nothing from a record is ever
// interpolated, so a notification cannot leak a name however it is called.

import type { NotificationKind } from './IMailService';

export interface NotificationText {
  subject: string;
  body: string;
}

const TEXT: Readonly<Record<NotificationKind, { subject: string; lead: string }>> = {
  summaryShared: {
    subject: 'A wellbeing summary has been shared with you',
    lead: 'A wellbeing summary has been shared with you. Open it here:'
  },
  hosFollowUp: {
    subject: 'A wellbeing summary needs your follow-up',
    lead: 'A wellbeing summary has been shared and needs your follow-up in two weeks. Open it here:'
  }
};

const CLOSING = 'This message contains no details on purpose. Please do not reply to it.';

/** Plain http is only for this machine: the local preview serves its pages there. */
const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** An https link (or http on this machine) with no credentials; anything else is refused rather than sent. */
export function isSafeLink(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
  return secure && url.username === '' && url.password === '';
}

export function notificationText(kind: NotificationKind, link: string): NotificationText {
  if (!isSafeLink(link)) {
    throw new RangeError('A notification link must be an https address');
  }
  const text = TEXT[kind];
  return { subject: text.subject, body: `${text.lead}\n${link}\n\n${CLOSING}` };
}
