// R22: the only words a notification may carry. Fixed text plus a link: nothing from a record is ever
// interpolated, so a notification cannot leak a name however it is called. The words are in the loc file
// (src/loc, `Notifications`), so the council can change their tone without touching this logic.

import * as strings from 'WellbeingStrings';
import type { NotificationKind } from './IMailService';

export interface NotificationText {
  subject: string;
  body: string;
}

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
  const text = strings.Notifications[kind];
  return { subject: text.subject, body: `${text.lead}\n${link}\n\n${strings.Notifications.closing}` };
}
