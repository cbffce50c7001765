import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { WebhookDelivery } from '../../src/channels/webhook.entity';
import { appendEvents } from '../../src/db/outbox/outbox';
import { SetAlertEmailsDocument } from '../generated/graphql';
import { dialect, DISPATCHING, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must } from '../support/must';
import { SmtpReceiver } from '../support/smtp-receiver';

const DASHBOARD = 'https://tableau.breach-gateway.test';

/** A DEADLINE_ALERT as the scheduler writes it (the agreed payload). */
function alert(controllerId: string, threshold: string, dueAt: string, n: number) {
  return {
    kind: 'DEADLINE_ALERT',
    occurredAt: new Date(),
    audience: { controllerId },
    payload: {
      alertId: `alert-${n}`,
      obligationId: `exp-${n}:CNIL_NOTIFICATION`,
      exposureId: `exp-${n}`,
      incidentId: `inc-${n}`,
      controllerId,
      code: 'CNIL_NOTIFICATION',
      authority: 'CNIL',
      party: 'CONTROLLER',
      label: 'Notifier la violation à la CNIL',
      threshold,
      dueAt,
      firedAt: new Date().toISOString(),
    },
  };
}

describe(`deadline alerts by e-mail on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let smtp: SmtpReceiver;
  let horizonDpo: string;

  const waitForMails = async (count: number, ms = 10_000) => {
    const until = Date.now() + ms;
    while (smtp.received.length < count) {
      if (Date.now() > until) throw new Error(`${smtp.received.length} of ${count} e-mails within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const append = (events: ReturnType<typeof alert>[]) => gw.app.orm.em.fork().transactional((em) => appendEvents(em, events));

  beforeAll(async () => {
    smtp = new SmtpReceiver();
    const smtpUrl = await smtp.start();
    gw = await startGateway({
      config: { ...DISPATCHING, email: { smtpUrl, from: 'alertes@breach-gateway.test', dashboardUrl: DASHBOARD } },
    });
    orgs = await withDemo(gw);
    horizonDpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO]);
  });
  afterAll(async () => {
    await gw?.close();
    await smtp?.close();
  });

  it('lets the DPO set its organisation’s addresses, naming a bad one, and refuses others', async () => {
    const bad = onlyError(
      await gw.gql(
        SetAlertEmailsDocument,
        { organizationId: orgs.horizon, addresses: ['dpo@horizon.example', 'pas-une-adresse'] },
        horizonDpo,
      ),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'addresses[1]' });
    const auditor = await gw.token(orgs.horizon, [Role.AUDITOR]);
    expect(onlyError(await gw.gql(SetAlertEmailsDocument, { organizationId: orgs.horizon, addresses: [] }, auditor)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      onlyError(await gw.gql(SetAlertEmailsDocument, { organizationId: orgs.cigales, addresses: [] }, horizonDpo)).extensions?.code,
    ).toBe('NOT_FOUND');
    const set = await gw.gql(
      SetAlertEmailsDocument,
      { organizationId: orgs.horizon, addresses: ['DPO@horizon.example', 'juridique@horizon.example'] },
      horizonDpo,
    );
    expect(set.data?.setAlertEmails.addresses).toEqual(['dpo@horizon.example', 'juridique@horizon.example']);
  });

  it('e-mails a deadline alert in French, due time in Paris, with the dashboard link, to the organisation alone', async () => {
    const cigalesDpo = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]);
    expect(
      (await gw.gql(SetAlertEmailsDocument, { organizationId: orgs.cigales, addresses: ['dpo@cigales.example'] }, cigalesDpo)).errors,
    ).toBeUndefined();
    // Winter (UTC+1), then summer (UTC+2), then past due.
    await append([
      alert(orgs.horizon, 'PT24H', '2024-02-05T11:00:00Z', 1),
      alert(orgs.horizon, 'PT0S', '2024-07-05T11:00:00Z', 2),
      alert(orgs.horizon, 'OVERDUE', '2024-02-05T11:00:00Z', 3),
    ]);
    await waitForMails(3);
    const byAlert = (n: number) =>
      must(
        smtp.received.find((m) => m.mail.text?.includes(`inc-${n}`)),
        `the e-mail of alert ${n}`,
      );

    const winter = byAlert(1);
    expect(winter.to).toEqual(['dpo@horizon.example', 'juridique@horizon.example']);
    expect(winter.from).toBe('alertes@breach-gateway.test');
    expect(winter.mail.subject).toBe('[Échéance dans 24 heures] Notifier la violation à la CNIL');
    expect(winter.mail.text).toContain('est due le 5 février 2024 à 12:00 (heure de Paris)');
    expect(winter.mail.text).toContain(`${DASHBOARD}/incidents/inc-1?exposure=exp-1`);
    expect(byAlert(2).mail.text).toContain('5 juillet 2024 à 13:00 (heure de Paris)');
    expect(byAlert(2).mail.subject).toContain('échéance atteinte');
    expect(byAlert(3).mail.subject).toContain('en retard');
    expect(byAlert(3).mail.text).toContain('était due le 5 février 2024 à 12:00');

    // Cigales is not Horizon's controller: none of these reach it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received.filter((m) => m.to.includes('dpo@cigales.example'))).toEqual([]);
    const em = gw.app.orm.em.fork();
    expect(await em.count(WebhookDelivery, { channel: 'EMAIL', organizationId: orgs.horizon, status: 'DELIVERED' })).toBe(3);
  });

  it('e-mails nothing but deadline alerts', async () => {
    const before = smtp.received.length;
    await gw.app.orm.em.fork().transactional((em) =>
      appendEvents(em, [
        {
          kind: 'NOTIFICATION_CHANGED',
          occurredAt: new Date(),
          audience: { controllerId: orgs.horizon },
          payload: { notificationId: 'n' },
        },
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received.length).toBe(before);
  });
});
