// IMailService over Microsoft Graph: POST /me/sendMail as the signed-in person (a triage member notifying, or
// a raiser sending their colleague a copy, R4), with delegated Mail.Send, requested in package-solution.json's
// webApiPermissionRequests.

import type { Organisation } from '../../domain/organisation';
import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import '@pnp/graph/mail';
import { Alert, isEmailAddress } from '../../domain/alert';
import { attempt, StoreFailure, StoreResult } from '../store/storeErrors';
import type { IMailService, Notification } from './IMailService';
import { alertCopyText } from './alertCopyText';
import { notificationText } from './notificationText';

export class GraphMailService implements IMailService {
  private readonly _graph: GraphFI;

  public constructor(graph: GraphFI) {
    this._graph = graph;
  }

  public async notify(notification: Notification): Promise<StoreResult<void>> {
    return attempt(async () => {
      // R22: fixed words and the link only (notificationText throws on a link that is not https).
      const text = notificationText(notification.kind, notification.link);
      const recipients = notification.to.filter((address, i, all) => address.trim() !== '' && all.indexOf(address) === i);
      for (const address of recipients) {
        // One message each, so no recipient learns who else received the summary; not kept in Sent Items,
        // so the triage member's mailbox does not collect a trail of who was told what.
        await this._graph.me.sendMail(
          {
            subject: text.subject,
            body: { contentType: 'text', content: text.body },
            toRecipients: [{ emailAddress: { address } }]
          },
          false
        );
      }
    });
  }

  public async sendAlertCopy(to: string, alert: Alert, confirmLink: string | undefined, organisation: Organisation): Promise<StoreResult<void>> {
    return attempt(async () => {
      const address = to.trim();
      if (!isEmailAddress(address)) {
        throw new StoreFailure({ kind: 'invalidInput', retryable: false });
      }
      const text = alertCopyText(alert, confirmLink, organisation);
      // Not kept in the raiser's Sent Items: the worker's mailbox is the only other place the words go.
      await this._graph.me.sendMail(
        { subject: text.subject, body: { contentType: 'text', content: text.body }, toRecipients: [{ emailAddress: { address } }] },
        false
      );
    });
  }
}
