// Issue 17: mail loads on first use (Graph is in its own chunk). It loads once; a chunk that does not arrive is
// that send's failure (a StoreResult, never a throw) and the next send asks for it again.
import { referenceOrganisation } from '../../../src/referenceData';
import { lazyMail } from '../../../src/services/mail/lazyMail';
import type { IMailService } from '../../../src/services/mail/IMailService';

const LINK = 'https://contoso.sharepoint.com/sites/wellbeing/SitePages/Summary.aspx';

function service(): IMailService & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    notify: async (n) => {
      sent.push(n.to.join());
      return { ok: true, value: undefined };
    },
    sendAlertCopy: async (to) => {
      sent.push(to);
      return { ok: true, value: undefined };
    }
  };
}

describe('mail loaded on first use (issue 17)', () => {
  it('loads nothing until a mail is sent, then loads once', async () => {
    const real = service();
    const load = jest.fn(async () => real);
    const mail = lazyMail(load);
    expect(load).not.toHaveBeenCalled();
    await mail.notify({ kind: 'hosFollowUp', to: ['hos@contoso.com'], link: LINK });
    await mail.notify({ kind: 'hosFollowUp', to: ['lm@contoso.com'], link: LINK });
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.sent).toEqual(['hos@contoso.com', 'lm@contoso.com']);
  });

  it('a chunk that did not arrive is an offline failure of that send, and the next send loads it again', async () => {
    const real = service();
    const load = jest.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(real);
    const mail = lazyMail(load);
    const failed = await mail.sendAlertCopy('jo.bloggs@leics.gov.uk', {} as never, undefined, referenceOrganisation);
    expect(failed.ok).toBe(false);
    const sent = await mail.sendAlertCopy('jo.bloggs@leics.gov.uk', {} as never, undefined, referenceOrganisation);
    expect(sent).toEqual({ ok: true, value: undefined });
    expect(load).toHaveBeenCalledTimes(2);
    expect(real.sent).toEqual(['jo.bloggs@leics.gov.uk']);
  });
});
