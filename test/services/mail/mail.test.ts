import type { GraphFI } from '@pnp/graph';
import { referenceOrganisation } from '../../../src/referenceData';
import { GraphMailService } from '../../../src/services/mail/GraphMailService';
import { isSafeLink, notificationText } from '../../../src/services/mail/notificationText';
import { alertCopyText } from '../../../src/services/mail/alertCopyText';
import { emptyAlertDraft } from '../../../src/domain/alert';

const LINK = 'https://contoso.sharepoint.com/sites/wellbeing/SitePages/Summaries.aspx';

function fakeGraph(fail: boolean = false): { graph: GraphFI; sendMail: jest.Mock } {
  const sendMail = jest.fn(async () => {
    if (fail) {
      throw Object.assign(new Error('Forbidden'), { isHttpRequestError: true, status: 403 });
    }
  });
  return { graph: { me: { sendMail } } as unknown as GraphFI, sendMail };
}

describe('notifications (R22: content-free)', () => {
  it('carry fixed words and the link only', () => {
    const text = notificationText('summaryShared', LINK);
    expect(text.subject).toBe('A wellbeing summary has been shared with you');
    expect(text.body).toBe(
      `A wellbeing summary has been shared with you. Open it here:\n${LINK}\n\nThis message contains no details on purpose. Please do not reply to it.`
    );
    expect(notificationText('hosFollowUp', LINK).subject).toBe('A wellbeing summary needs your follow-up');
  });

  it('refuse a link that is not https or carries credentials', () => {
    expect(isSafeLink(LINK)).toBe(true);
    expect(isSafeLink('http://contoso.sharepoint.com/x')).toBe(false);
    expect(isSafeLink('https://user:pw@contoso.sharepoint.com/x')).toBe(false);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('http://localhost.contoso.com/x')).toBe(false);
  });

  it('accept plain http only on this machine (the local preview)', () => {
    expect(isSafeLink('http://127.0.0.1:4321/sites/wellbeing/SitePages/Wellbeing-summary.aspx')).toBe(true);
    expect(isSafeLink('http://localhost:4321/x')).toBe(true);
    expect(isSafeLink('http://user:pw@localhost/x')).toBe(false);
    expect(() => notificationText('summaryShared', 'not a link')).toThrow(RangeError);
  });
});

describe('GraphMailService', () => {
  it('sends one message per recipient, not saved to Sent Items, with nothing but the fixed text', async () => {
    const { graph, sendMail } = fakeGraph();
    const result = await new GraphMailService(graph).notify({
      kind: 'summaryShared',
      to: ['lm@contoso.com', 'sm@contoso.com', 'lm@contoso.com', ' '],
      link: LINK
    });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(sendMail).toHaveBeenCalledTimes(2);
    expect(sendMail).toHaveBeenNthCalledWith(
      1,
      {
        subject: 'A wellbeing summary has been shared with you',
        body: { contentType: 'text', content: notificationText('summaryShared', LINK).body },
        toRecipients: [{ emailAddress: { address: 'lm@contoso.com' } }]
      },
      false
    );
  });

  it('turns a Graph failure into a typed result', async () => {
    const { graph } = fakeGraph(true);
    const result = await new GraphMailService(graph).notify({ kind: 'hosFollowUp', to: ['hos@contoso.com'], link: LINK });
    expect(result).toEqual({ ok: false, error: { kind: 'noPermission', status: 403, retryable: false } });
  });

  it('sends nothing when the link is unsafe', async () => {
    const { graph, sendMail } = fakeGraph();
    const result = await new GraphMailService(graph).notify({ kind: 'summaryShared', to: ['lm@contoso.com'], link: 'http://x' });
    expect(result.ok).toBe(false);
    expect(sendMail).not.toHaveBeenCalled();
  });
});

describe("R4: the worker's copy of an alert raised on their behalf", () => {
  const alert = {
    ...emptyAlertDraft('Colleague'),
    consentMode: 'CompletedTogether' as const,
    workerName: 'Jo Bloggs',
    role: 'Family worker',
    serviceAreaId: 'children-and-family-wellbeing-service',
    teamId: 'cfws-family-help',
    details: 'Jo has been very low since the restructure.',
    actionTaken: 'We talked.',
    whatNeedsToHappen: 'Someone independent to talk to.',
    sendWorkerCopy: true,
    reference: 'WB-7K3M-9QR4',
    idempotencyKey: '00000000-0000-4000-8000-000000000000',
    submittedAt: new Date('2026-11-22T09:00:00Z'),
    consentStatus: 'StatedByRaiser' as const,
    route: 'AP' as const
  };

  it('is exactly what was sent, with names for the codes, and says consent will be checked', () => {
    const text = alertCopyText(alert, undefined, referenceOrganisation);
    expect(text.subject).toBe('Your wellbeing concern WB-7K3M-9QR4: a copy for you to check');
    for (const part of ['Name: Jo Bloggs', 'Team: Family Help', "Service area: Children and Family Wellbeing Service", 'We completed this together.', alert.details, alert.actionTaken, alert.whatNeedsToHappen, 'The Advanced Practitioner will contact you to check that you agree']) {
      expect(text.body).toContain(part);
    }
  });

  it('goes to the one address given, from the raiser, not kept in Sent Items; a bad address sends nothing', async () => {
    const { graph, sendMail } = fakeGraph();
    const mail = new GraphMailService(graph);
    expect(await mail.sendAlertCopy(' jo.bloggs@leics.gov.uk ', alert, undefined, referenceOrganisation)).toEqual({ ok: true, value: undefined });
    expect(sendMail).toHaveBeenCalledWith(
      { subject: alertCopyText(alert, undefined, referenceOrganisation).subject, body: { contentType: 'text', content: alertCopyText(alert, undefined, referenceOrganisation).body }, toRecipients: [{ emailAddress: { address: 'jo.bloggs@leics.gov.uk' } }] },
      false
    );
    const refused = await mail.sendAlertCopy('jo.bloggs@', alert, undefined, referenceOrganisation);
    expect(refused).toEqual({ ok: false, error: { kind: 'invalidInput', retryable: false } });
    expect(sendMail).toHaveBeenCalledTimes(1);
  });

  it('R4: carries the link the worker confirms from, says who can see the confirmation, and asks not to forward it', async () => {
    const link = `https://leics.sharepoint.com/sites/people/SitePages/Wellbeing.aspx?wellbeingConfirm=WB-7K3M-9QR4#proof=${'A'.repeat(43)}`;
    const text = alertCopyText(alert, link, referenceOrganisation);
    expect(text.body).toContain(`\n${link}\n`);
    expect(text.body).toContain('Only you and the Advanced Practitioner and the wellbeing triage team can see that you confirmed. Your colleague cannot.');
    expect(text.body).toContain('do not forward this email');
    expect(alertCopyText(alert, undefined, referenceOrganisation).body).not.toContain('wellbeingConfirm');
    // Anything but a web address is left out rather than sent.
    expect(alertCopyText(alert, 'javascript:alert(1)', referenceOrganisation).body).not.toContain('javascript');
    const { graph, sendMail } = fakeGraph();
    await new GraphMailService(graph).sendAlertCopy('jo.bloggs@leics.gov.uk', alert, link, referenceOrganisation);
    expect((sendMail.mock.calls[0][0] as { body: { content: string } }).body.content).toContain(link);
  });

  it('a refusal by Graph comes back as a failure to show, not a throw', async () => {
    const { graph } = fakeGraph(true);
    const result = await new GraphMailService(graph).sendAlertCopy('jo.bloggs@leics.gov.uk', alert, undefined, referenceOrganisation);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('noPermission');
  });
});
