// Mail goes through an interface like everything else, so the store, the tests and the local preview can
// swap the Graph implementation for a fake.
//
// R22: a notification says only that something is waiting and where to open it. It never carries a name,
// a reference, a service area, a RAG or any text from a record: mail leaves the restricted lists, is kept
// in mailboxes, forwarded and indexed by search.

import type { Organisation } from '../../domain/organisation';
import type { Alert } from '../../domain/alert';
import type { StoreResult } from '../store/storeErrors';

export type NotificationKind =
  /** R14, R16: a summary has been shared with the recipient (a named manager). */
  | 'summaryShared'
  /** R14: the HoS Safeguarding has a follow-up due in two weeks. */
  | 'hosFollowUp';

export interface Notification {
  kind: NotificationKind;
  /** E-mail addresses. Each recipient gets a separate message, so nobody learns who else was told. */
  to: string[];
  /** The page where the recipient opens what is waiting (https; no query text from a record). */
  link: string;
}

export interface IMailService {
  notify(notification: Notification): Promise<StoreResult<void>>;
  /**
   * R4: a colleague who raised an alert on the worker's behalf sends the worker a copy of it, as themselves.
   * The only message with record content (alertCopyText.ts says why); one recipient, the worker. With
   * `confirmLink`, the worker can confirm from their own account (domain/workerConfirmation.ts). The names of the
   * service area, team and office base come from `organisation` (issue 18: the site's, not the package's).
   */
  sendAlertCopy(to: string, alert: Alert, confirmLink: string | undefined, organisation: Organisation): Promise<StoreResult<void>>;
}
