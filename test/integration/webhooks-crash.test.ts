import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app';
import { openOrm } from '../../src/app/orm';
import { WebhookDelivery, Webhook } from '../../src/channels/webhook.entity';
import { appendEvents } from '../../src/db/outbox/outbox';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { loadDemo } from '../../src/demo/load-demo';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { Organization } from '../../src/organizations/organization.entity';
import { dialect, testConfig } from '../support/app';
import { gatewayEnv, spawnGateway } from '../support/gateway-process';
import { flushFixtures } from '../support/fixtures';
import { WebhookReceiver } from '../support/webhook-receiver';

const EVENTS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real gateway process killed with SIGKILL while it delivers, then started again. */
describe(`webhook delivery across a SIGKILL on ${dialect}`, () => {
  let scratch: ScratchDatabase;
  let dir: string;
  const receiver = new WebhookReceiver({ delayMs: 100 });

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'hookcrash');
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-hooks-'));
    const url = await receiver.start();
    // The database as a running gateway would leave it: the demo, a webhook, and events not yet sent.
    const app = await createApp(testConfig(scratch.database), { logger: pino({ level: 'silent' }) });
    try {
      await loadDemo(app);
      const em = app.orm.em.fork();
      const horizon = await em.findOneOrFail(Organization, { siren: DEMO_ORGANIZATIONS.find((o) => o.key === 'horizon')!.siren });
      em.create(Webhook, {
        organizationId: horizon.id,
        url,
        events: ['DEADLINE_ALERT'],
        secret: `whsec_${Buffer.alloc(32, 3).toString('base64')}`,
      });
      await flushFixtures(em);
      await em.transactional((tx) =>
        appendEvents(
          tx,
          Array.from({ length: EVENTS }, (_, i) => ({
            kind: 'DEADLINE_ALERT',
            occurredAt: new Date(),
            audience: { controllerId: horizon.id },
            payload: { alertId: `alert-${i}`, threshold: 'PT6H' },
          })),
        ),
      );
    } finally {
      await app.close();
    }
  });
  afterAll(async () => {
    await receiver.close();
    await scratch?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('delivers every event, each webhook-id at least once, resending only what was in flight at the kill', async () => {
    // A lease of 3 s: the restarted gateway takes over what the killed one held without a minute's wait.
    const env = gatewayEnv(scratch, dir, {
      STATE_REFRESH_SECONDS: '0',
      // Only the events written here: the demo's own deadlines would add alerts of their own.
      ALERT_SCHEDULER: 'off',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      WEBHOOK_TIMEOUT_SECONDS: '2',
      WEBHOOK_LEASE_SECONDS: '3',
    });
    const firstRun = await spawnGateway(env);
    try {
      await receiver.waitFor(80, 60_000);
    } finally {
      await firstRun.kill9();
    }
    const orm = await openOrm(scratch.database);
    try {
      const inFlight = await orm.em.fork().count(WebhookDelivery, { status: 'SENDING' });
      const receivedAtKill = receiver.received.length;
      expect(receivedAtKill).toBeLessThan(EVENTS);

      const secondRun = await spawnGateway(env);
      try {
        const until = Date.now() + 60_000;
        while ((await orm.em.fork().count(WebhookDelivery, { status: 'DELIVERED' })) < EVENTS) {
          if (Date.now() > until) throw new Error(`not all delivered; gateway said: ${secondRun.output()}`);
          await sleep(200);
        }
      } finally {
        await secondRun.stop();
      }
      const ids = receiver.received.map((r) => r.id);
      const distinct = new Set(ids).size;
      const duplicates = ids.length - distinct;
      expect(distinct).toBe(EVENTS);
      expect(new Set(receiver.received.map((r) => r.json.data.alertId)).size).toBe(EVENTS);
      expect(duplicates).toBeLessThanOrEqual(inFlight);
      console.info(
        `webhooks SIGKILL (${dialect}): ${receivedAtKill} received at the kill, ${inFlight} in flight, ${duplicates} sent twice`,
      );
    } finally {
      await orm.close(true);
    }
  });
});
