import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { alertEmail } from '../../src/channels/alert-email';
import { retryDelayMs } from '../../src/channels/webhook-dispatcher';
import { postJson } from '../../src/channels/webhook-post';
import { checkWebhookTarget, isPublicAddress, parseWebhookUrl, UnsafeUrlError } from '../../src/channels/webhook-url';
import { ConfigError, DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS, loadConfig } from '../../src/config/config';

const KEYS = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };

describe('webhook URLs', () => {
  it('admits only globally routable unicast addresses, judging an IPv4-mapped address as its IPv4', () => {
    for (const address of ['8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8']) expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd12::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '2002:0a00:0001::1',
      'not-an-ip',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it('refuses a loopback address unless its host is listed, and http unless its host is listed', async () => {
    await expect(checkWebhookTarget('https://127.0.0.1:8443/h', [])).rejects.toThrow(/loopback/);
    await expect(checkWebhookTarget('http://127.0.0.1:8080/h', ['127.0.0.1'])).resolves.toMatchObject({ address: '127.0.0.1', family: 4 });
    await expect(checkWebhookTarget('http://127.0.0.1:8080/h', ['127.0.0.1:8080'])).resolves.toMatchObject({ address: '127.0.0.1' });
    await expect(checkWebhookTarget('http://127.0.0.1:8081/h', ['127.0.0.1:8080'])).rejects.toThrow(/must be https/);
    await expect(checkWebhookTarget('https://[::ffff:7f00:1]/h', [])).rejects.toThrow(/loopback/);
    expect(() => parseWebhookUrl('https://a:b@example.com/', [])).toThrow(UnsafeUrlError);
    expect(() => parseWebhookUrl('ftp://example.com/', [])).toThrow(/must be https/);
  });
});

describe('webhook POST', () => {
  it('connects to the pinned address whatever the name would resolve to, and follows no redirect', async () => {
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/moved' ? 302 : 200;
      if (req.url === '/moved') res.setHeader('location', 'http://169.254.169.254/');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    // `.invalid` never resolves: only the pinned address can have been used.
    const target = (path: string) => ({ url: new URL(`http://hooks.invalid:${port}${path}`), address: '127.0.0.1', family: 4 as const });
    try {
      expect(await postJson(target('/ok'), {}, '{}', 2_000)).toMatchObject({ ok: true, statusCode: 200 });
      expect(await postJson(target('/moved'), {}, '{}', 2_000)).toMatchObject({ ok: false, statusCode: 302, error: 'HTTP 302' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('webhook retries', () => {
  it('waits the schedule’s step for each attempt, the last one repeating, with full jitter below it', () => {
    const schedule = DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS;
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((n) => retryDelayMs(n, schedule, false))).toEqual([
      5_000, 30_000, 120_000, 600_000, 3_600_000, 21_600_000, 21_600_000, 21_600_000,
    ]);
    expect(retryDelayMs(2, schedule, true, () => 0)).toBe(0);
    expect(retryDelayMs(2, schedule, true, () => 0.5)).toBe(15_000);
    for (let i = 0; i < 100; i++) expect(retryDelayMs(3, schedule, true)).toBeLessThanOrEqual(120_000);
  });
});

describe('webhook and e-mail settings', () => {
  it('reads the allow-list, the retry limits and the lease, and refuses what makes no sense', () => {
    const config = loadConfig({ ...KEYS, WEBHOOK_ALLOW_HOSTS: ' Hooks.Internal:8080, 10.0.0.5 ', WEBHOOK_MAX_ATTEMPTS: '3' });
    expect(config.webhooks).toMatchObject({
      allowHosts: ['hooks.internal:8080', '10.0.0.5'],
      maxAttempts: 3,
      timeoutMs: 10_000,
      leaseMs: 60_000,
    });
    expect(config.webhooks.disableAfterFailures).toBe(5);
    expect(config.webhooks.dispatch).toBe(true);
    expect(loadConfig({ ...KEYS, WEBHOOK_DISPATCH: 'false' }).webhooks.dispatch).toBe(false);
    expect(() => loadConfig({ ...KEYS, WEBHOOK_DISPATCH: 'non' })).toThrow(/WEBHOOK_DISPATCH must be on or off, got "non"/);
    expect(() => loadConfig({ ...KEYS, WEBHOOK_ALLOW_HOSTS: 'https://x.example/' })).toThrow(/host or host:port/);
    expect(() => loadConfig({ ...KEYS, WEBHOOK_TIMEOUT_SECONDS: '30', WEBHOOK_LEASE_SECONDS: '20' })).toThrow(
      /longer than WEBHOOK_TIMEOUT_SECONDS/,
    );
    expect(() => loadConfig({ ...KEYS, WEBHOOK_DISABLE_AFTER_FAILURES: '0' })).toThrow(ConfigError);
  });

  it('turns the e-mail channel on only with SMTP_URL, SMTP_FROM and DASHBOARD_URL together', () => {
    expect(loadConfig(KEYS).email).toBeNull();
    expect(
      loadConfig({
        ...KEYS,
        SMTP_URL: 'smtp://mail.internal:25',
        SMTP_FROM: 'alertes@example.fr',
        DASHBOARD_URL: 'https://tableau.example/',
      }).email,
    ).toEqual({ smtpUrl: 'smtp://mail.internal:25', from: 'alertes@example.fr', dashboardUrl: 'https://tableau.example' });
    expect(() => loadConfig({ ...KEYS, SMTP_FROM: 'alertes@example.fr' })).toThrow(/SMTP_URL is not/);
    expect(() => loadConfig({ ...KEYS, SMTP_URL: 'http://mail' })).toThrow(/smtp:\/\//);
    expect(() => loadConfig({ ...KEYS, SMTP_URL: 'smtp://mail:25', SMTP_FROM: 'alertes@example.fr' })).toThrow(/DASHBOARD_URL/);
  });
});

describe('alert e-mail', () => {
  it('says the duty, the due instant in Paris time, the threshold in words and links the dashboard', () => {
    const mail = alertEmail(
      {
        alertId: 'a',
        obligationId: 'e:CNIL',
        exposureId: 'e',
        incidentId: 'i',
        controllerId: 'c',
        code: 'CNIL',
        authority: 'CNIL',
        party: 'CONTROLLER',
        label: 'Notifier la violation à la CNIL',
        threshold: 'PT6H',
        dueAt: '2024-02-05T11:00:00Z',
        firedAt: '2024-02-05T05:00:00Z',
      },
      'https://tableau.example',
    );
    expect(mail.subject).toBe('[Échéance dans 6 heures] Notifier la violation à la CNIL');
    expect(mail.text).toContain('5 février 2024 à 12:00 (heure de Paris)');
    expect(mail.text).toContain('https://tableau.example/incidents/i?exposure=e');
  });
});
