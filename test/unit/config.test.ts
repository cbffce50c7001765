import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chmodSync } from 'node:fs';
import { COMMAND_NEEDS, CONFIG_VARIABLES, ConfigError, FILE_SECRETS, loadConfig } from '../../src/config/config';
import { identityProvider } from '../support/identity-provider';

describe('configuration', () => {
  it('documents every variable it reads in the README table', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(readme, name).toContain(`\`${name}\``);
  });

  it('refuses to start without secrets outside demo mode, and with short ones', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40) })).toThrow(/PSEUDONYM_KEY/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab' })).toThrow(/32 bytes/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32) })).toThrow(/AUDIT_KEY is required/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(16) })).toThrow(
      /AUDIT_KEY must hold at least 32 bytes/,
    );
    const keys = { PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    const config = loadConfig({ JWT_SECRET: 'x'.repeat(40), ...keys, DATABASE_URL: 'postgres://u@h/db', PORT: '4100' });
    expect(config).toMatchObject({ database: { dialect: 'postgresql' }, port: 4100 });
    expect(config.pseudonymKey).toHaveLength(32);
    expect(config.auditKey).toEqual(Buffer.from('cd'.repeat(32), 'hex'));
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), ...keys, DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });

  it('generates the audit key in demo mode and keeps it in the data directory, readable by its owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-key-'));
    const first = loadConfig({ DATA_DIR: dir }, { demo: true }).auditKey;
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, 'audit.secret')).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dir }, { demo: true }).auditKey).toEqual(first);
    expect(first.equals(loadConfig({ DATA_DIR: dir }, { demo: true }).pseudonymKey)).toBe(false);
  });

  it('reads a public key or a key set instead of the secret, never both', async () => {
    const idp = await identityProvider();
    const dir = mkdtempSync(join(tmpdir(), 'jwt-keys-'));
    writeFileSync(join(dir, 'idp.pem'), idp.jwt.publicKeyPem!);
    writeFileSync(join(dir, 'idp.jwks'), JSON.stringify(idp.jwksJwt.jwks));
    const base = { PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig({ ...base, JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem') }).jwt).toMatchObject({
      secret: '',
      publicKeyPem: idp.jwt.publicKeyPem,
    });
    expect(loadConfig({ ...base, JWT_JWKS_FILE: join(dir, 'idp.jwks') }).jwt.jwks).toEqual(idp.jwksJwt.jwks);
    expect(() => loadConfig({ ...base, JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem'), JWT_JWKS_FILE: join(dir, 'idp.jwks') })).toThrow(
      /not both/,
    );
    expect(() => loadConfig({ ...base, JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem'), JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /cannot be combined/,
    );
    expect(() => loadConfig({ ...base, JWT_PUBLIC_KEY_FILE: join(dir, 'idp.jwks') })).toThrow(/SPKI PEM/);
    expect(() => loadConfig({ ...base, JWT_JWKS_FILE: join(dir, 'missing.jwks') })).toThrow(/cannot read/);
  });

  it('signs download links with DOWNLOAD_LINK_KEY, else a key derived from JWT_SECRET, else one of this process', async () => {
    const base = { PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    const configured = loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40), DOWNLOAD_LINK_KEY: 'ef'.repeat(32) }).downloadLinks;
    expect(configured).toEqual({ key: Buffer.from('ef'.repeat(32), 'hex'), keySource: 'DOWNLOAD_LINK_KEY', ttlSeconds: 300 });
    expect(() => loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40), DOWNLOAD_LINK_KEY: 'ef' })).toThrow(
      /DOWNLOAD_LINK_KEY must hold at least 32/,
    );
    // Derived: the same on every instance sharing the secret, and not the secret itself nor the audit key.
    const derived = loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40) }).downloadLinks;
    expect(derived.keySource).toBe('JWT_SECRET');
    expect(derived.key).toEqual(loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40) }).downloadLinks.key);
    expect(derived.key).not.toEqual(loadConfig({ ...base, JWT_SECRET: 'y'.repeat(40) }).downloadLinks.key);
    expect(derived.key.toString('latin1')).not.toContain('x'.repeat(32));
    expect(derived.key).not.toEqual(Buffer.from(base.AUDIT_KEY, 'hex'));
    const idp = await identityProvider();
    const dir = mkdtempSync(join(tmpdir(), 'link-key-'));
    writeFileSync(join(dir, 'idp.pem'), idp.jwt.publicKeyPem!);
    const generated = loadConfig({ ...base, JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem') }).downloadLinks;
    expect(generated.keySource).toBe('generated');
    expect(generated.key).not.toEqual(loadConfig({ ...base, JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem') }).downloadLinks.key);
    expect(loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40), DOWNLOAD_LINK_TTL_SECONDS: '60' }).downloadLinks.ttlSeconds).toBe(60);
    expect(() => loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40), DOWNLOAD_LINK_TTL_SECONDS: '1' })).toThrow(/DOWNLOAD_LINK_TTL_SECONDS/);
  });

  it('allows no cross-origin caller unless told, and only exact origins', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base).cors.origins).toEqual([]);
    expect(loadConfig({ ...base, CORS_ORIGINS: ' https://dashboard.example , http://localhost:5173,' }).cors.origins).toEqual([
      'https://dashboard.example',
      'http://localhost:5173',
    ]);
    for (const bad of ['https://dashboard.example/', 'https://dashboard.example/app', '*', 'dashboard.example', 'ftp://files.example'])
      expect(() => loadConfig({ ...base, CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS must list exact origins/);
  });

  it('caps token lifetimes at 24 hours unless told otherwise, and refuses a nonsensical cap', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base).jwt.maxLifetimeSeconds).toBe(86_400);
    expect(loadConfig({ ...base, JWT_MAX_LIFETIME_SECONDS: '3600' }).jwt.maxLifetimeSeconds).toBe(3600);
    expect(() => loadConfig({ ...base, JWT_MAX_LIFETIME_SECONDS: '0' })).toThrow(/JWT_MAX_LIFETIME_SECONDS must be an integer from 60/);
    expect(() => loadConfig({ ...base, JWT_MAX_LIFETIME_SECONDS: '1d' })).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
  });

  it('keeps introspection off and the rate limit on unless told otherwise', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base)).toMatchObject({ graphql: { introspection: false }, rateLimit: { max: 300, windowMs: 60_000 } });
    expect(loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'true', RATE_LIMIT_MAX: '0', RATE_LIMIT_WINDOW_SECONDS: '10' })).toMatchObject({
      graphql: { introspection: true },
      rateLimit: { max: 0, windowMs: 10_000 },
    });
    expect(() => loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'yes' })).toThrow(/true or false/);
    expect(() => loadConfig({ ...base, RATE_LIMIT_MAX: '-1' })).toThrow(/RATE_LIMIT_MAX/);
  });

  it('reads a trusted-documents manifest whose keys are the hashes of their documents, and refuses any other', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    const dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
    const manifest = (name: string, content: unknown) => {
      writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
      return { ...base, GRAPHQL_TRUSTED_DOCUMENTS: join(dir, name) };
    };
    const document = 'query A { __typename }';
    const id = `sha256:${createHash('sha256').update(document).digest('hex')}`;
    expect(loadConfig(base).graphql.trustedDocuments).toBeUndefined();
    expect(loadConfig(manifest('good.json', { [id]: document })).graphql.trustedDocuments).toEqual(new Map([[id, document]]));
    expect(() => loadConfig(manifest('edited.json', { [id]: 'query B { __typename }' }))).toThrow(/is not the sha256 of its document/);
    expect(() => loadConfig(manifest('bare.json', { [id.slice(7)]: document }))).toThrow(/is not "sha256:" followed by 64/);
    expect(() => loadConfig(manifest('empty.json', {}))).toThrow(/holds no document/);
    expect(() => loadConfig(manifest('list.json', [document]))).toThrow(/expected a JSON object/);
    expect(() => loadConfig(manifest('text.json', 'query A { __typename }'))).toThrow(/not JSON/);
    expect(() => loadConfig({ ...base, GRAPHQL_TRUSTED_DOCUMENTS: join(dir, 'missing.json') })).toThrow(/cannot read/);
  });

  it('caps an ingest upload at 2 GiB unless told otherwise', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base).ingest).toEqual({ maxBytes: 2_147_483_648 });
    expect(loadConfig({ ...base, INGEST_MAX_BYTES: '4096' }).ingest).toEqual({ maxBytes: 4096 });
    for (const raw of ['0', '-1', '2GB', '1.5'])
      expect(() => loadConfig({ ...base, INGEST_MAX_BYTES: raw })).toThrow(/INGEST_MAX_BYTES must be an integer/);
  });

  it('reads the target days of the communication to the persons, a week unless told', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base).personsInformation).toEqual({ targetDays: 7 });
    expect(loadConfig({ ...base, PERSONS_INFORMATION_TARGET_DAYS: '3' }).personsInformation).toEqual({ targetDays: 3 });
    for (const raw of ['0', '-1', '1.5', 'a week'])
      expect(() => loadConfig({ ...base, PERSONS_INFORMATION_TARGET_DAYS: raw })).toThrow(
        /PERSONS_INFORMATION_TARGET_DAYS must be an integer/,
      );
  });

  it('assumes no NIS 2 transposition and no contractual alert term unless told, and refuses nonsense', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base).regimes).toEqual({ nis2FrenchTranspositionFrom: null, processorAlertContractHours: null });
    expect(loadConfig({ ...base, NIS2_FR_TRANSPOSITION_DATE: '2026-10-01', PROCESSOR_ALERT_CONTRACT_HOURS: '24' }).regimes).toEqual({
      nis2FrenchTranspositionFrom: '2026-10-01',
      processorAlertContractHours: 24,
    });
    for (const raw of ['2026-02-30', '01/10/2026', 'soon'])
      expect(() => loadConfig({ ...base, NIS2_FR_TRANSPOSITION_DATE: raw })).toThrow(
        /NIS2_FR_TRANSPOSITION_DATE must be a date YYYY-MM-DD/,
      );
    for (const raw of ['0', '1.5', 'a day'])
      expect(() => loadConfig({ ...base, PROCESSOR_ALERT_CONTRACT_HOURS: raw })).toThrow(
        /PROCESSOR_ALERT_CONTRACT_HOURS must be an integer/,
      );
  });

  it('sizes the render pool, its queue, the PDF cache and the render budget, and refuses nonsense', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    const defaults = loadConfig(base);
    expect(defaults.pdf).toMatchObject({ queue: 16, cacheBytes: 64 * 1024 ** 2 });
    expect(defaults.pdf.threads).toBeGreaterThanOrEqual(1);
    expect(defaults.pdf.threads).toBeLessThanOrEqual(4);
    expect(defaults.rateLimit.renderMax).toBe(20);
    expect(
      loadConfig({ ...base, PDF_RENDER_THREADS: '3', PDF_RENDER_QUEUE: '0', PDF_CACHE_MB: '8', RENDER_RATE_LIMIT_MAX: '0' }),
    ).toMatchObject({
      pdf: { threads: 3, queue: 0, cacheBytes: 8 * 1024 ** 2 },
      rateLimit: { renderMax: 0 },
    });
    expect(() => loadConfig({ ...base, PDF_RENDER_THREADS: '0' })).toThrow(/PDF_RENDER_THREADS must be an integer from 1/);
    expect(() => loadConfig({ ...base, PDF_CACHE_MB: 'lots' })).toThrow(/PDF_CACHE_MB/);
  });

  it('bounds subscriptions per connection, connections per person and a slow client, and refuses nonsense', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig(base).subscriptions).toEqual({
      perConnection: 20,
      connectionsPerPerson: 10,
      queueMax: 1000,
      bufferBytes: 4096 * 1024,
    });
    const env = {
      SUBSCRIPTIONS_PER_CONNECTION: '3',
      SUBSCRIPTION_CONNECTIONS_PER_PERSON: '2',
      SUBSCRIPTION_QUEUE_MAX: '50',
      SUBSCRIPTION_BUFFER_KB: '64',
    };
    expect(loadConfig({ ...base, ...env }).subscriptions).toEqual({
      perConnection: 3,
      connectionsPerPerson: 2,
      queueMax: 50,
      bufferBytes: 65536,
    });
    expect(() => loadConfig({ ...base, SUBSCRIPTION_QUEUE_MAX: '5000' })).toThrow(
      /SUBSCRIPTION_QUEUE_MAX must be an integer from 1 to 1000/,
    );
    expect(() => loadConfig({ ...base, SUBSCRIPTIONS_PER_CONNECTION: '0' })).toThrow(/SUBSCRIPTIONS_PER_CONNECTION/);
  });
});

describe('secrets given as files (X_FILE)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-secrets-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const jwt = 'j'.repeat(40);
  const keys = { PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };

  it('reads every secret from its file, one trailing newline dropped', () => {
    const config = loadConfig({
      JWT_SECRET_FILE: file('jwt', `${jwt}\n`),
      PSEUDONYM_KEY_FILE: file('pseudonym', `${keys.PSEUDONYM_KEY}\n`),
      AUDIT_KEY_FILE: file('audit', keys.AUDIT_KEY),
      DOWNLOAD_LINK_KEY_FILE: file('link', `${'ef'.repeat(32)}\r\n`),
      DATABASE_URL_FILE: file('db', 'postgres://gw:s3cret@db.internal/gw\n'),
      SMTP_URL_FILE: file('smtp', 'smtp://alerts:pw@mail.internal:25\n'),
      METRICS_TOKEN_FILE: file('metrics', `${'m'.repeat(40)}\n`),
      SMTP_FROM: 'alertes@example.fr',
      DASHBOARD_URL: 'https://tableau.example',
    });
    expect(config.jwt.secret).toBe(jwt);
    expect(config.pseudonymKey).toEqual(Buffer.from(keys.PSEUDONYM_KEY, 'hex'));
    expect(config.auditKey).toEqual(Buffer.from(keys.AUDIT_KEY, 'hex'));
    expect(config.downloadLinks).toMatchObject({ key: Buffer.from('ef'.repeat(32), 'hex'), keySource: 'DOWNLOAD_LINK_KEY' });
    expect(config.database).toEqual({ dialect: 'postgresql', url: 'postgres://gw:s3cret@db.internal/gw' });
    expect(config.email?.smtpUrl).toBe('smtp://alerts:pw@mail.internal:25');
    expect(config.metrics?.token).toBe('m'.repeat(40));
    expect(FILE_SECRETS.every((name) => CONFIG_VARIABLES.includes(`${name}_FILE` as (typeof CONFIG_VARIABLES)[number]))).toBe(true);
  });

  it('refuses X with X_FILE, and a missing, unreadable or empty file, naming the variable and path but never the content', () => {
    const secretFile = file('both', `${jwt}\n`);
    expect(() => loadConfig({ ...keys, JWT_SECRET: jwt, JWT_SECRET_FILE: secretFile })).toThrow(
      'set JWT_SECRET or JWT_SECRET_FILE, not both',
    );
    const missing = join(dir, 'missing');
    expect(() => loadConfig({ ...keys, JWT_SECRET: jwt, AUDIT_KEY: undefined, AUDIT_KEY_FILE: missing })).toThrow(
      `AUDIT_KEY_FILE: cannot read ${missing} (ENOENT)`,
    );
    const empty = file('empty', '\n');
    expect(() => loadConfig({ ...keys, JWT_SECRET: jwt, PSEUDONYM_KEY: undefined, PSEUDONYM_KEY_FILE: empty })).toThrow(
      `PSEUDONYM_KEY_FILE: ${empty} is empty`,
    );
    if (process.getuid?.() !== 0) {
      const locked = file('locked', keys.AUDIT_KEY);
      chmodSync(locked, 0o000);
      expect(() => loadConfig({ ...keys, JWT_SECRET: jwt, AUDIT_KEY: undefined, AUDIT_KEY_FILE: locked })).toThrow(/EACCES/);
    }
    // A short key read from a file is refused like one from the environment, without echoing it.
    const short = file('short', 'ab'.repeat(8));
    const error = (() => {
      try {
        loadConfig({ ...keys, JWT_SECRET: jwt, AUDIT_KEY: undefined, AUDIT_KEY_FILE: short });
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).not.toContain('ab'.repeat(8));
    const smtp = file('smtp-bad', 'http://user:hunter2@mail\n');
    expect(() => loadConfig({ ...keys, JWT_SECRET: jwt, SMTP_URL_FILE: smtp, SMTP_FROM: 'a@b.fr' })).toThrow(
      /^(?!.*hunter2).*SMTP_URL must be/,
    );
  });
});

describe('what each command reads', () => {
  it('names the secrets of every command: token only the JWT secret, verify none, ingest no JWT', () => {
    expect(COMMAND_NEEDS.token).toEqual(['jwt']);
    expect(COMMAND_NEEDS.verify).toEqual([]);
    expect(COMMAND_NEEDS['audit verify']).toEqual(['auditKey']);
    expect(COMMAND_NEEDS.ingest).toEqual(['pseudonymKey', 'auditKey']);
    expect(COMMAND_NEEDS.serve).toEqual(['jwt', 'pseudonymKey', 'auditKey']);
  });

  it('lets token run with JWT_SECRET alone, and verify and audit verify without the JWT secret or the pseudonym key', () => {
    const jwt = 'j'.repeat(40);
    expect(loadConfig({ JWT_SECRET: jwt }, { command: 'token' }).jwt.secret).toBe(jwt);
    // Not needed means not read: a secret file that is not there (not mounted here) does not matter.
    expect(() => loadConfig({ JWT_SECRET: jwt, PSEUDONYM_KEY_FILE: '/nonexistent/key' }, { command: 'token' })).not.toThrow();
    expect(loadConfig({ JWT_SECRET: jwt, PSEUDONYM_KEY: 'ab'.repeat(32) }, { command: 'token' }).pseudonymKey).toHaveLength(0);
    expect(() => loadConfig({}, { command: 'token' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({}, { command: 'verify' })).not.toThrow();
    expect(loadConfig({ JWT_SECRET_FILE: '/nonexistent/jwt' }, { command: 'verify' }).jwt.secret).toBe('');
    const audit = loadConfig({ AUDIT_KEY: 'cd'.repeat(32) }, { command: 'audit verify' });
    expect(audit.auditKey).toHaveLength(32);
    expect(audit.pseudonymKey).toHaveLength(0);
    expect(() => loadConfig({}, { command: 'audit verify' })).toThrow(/AUDIT_KEY is required/);
    expect(() => loadConfig({ AUDIT_KEY: 'cd'.repeat(32) }, { command: 'ingest' })).toThrow(/PSEUDONYM_KEY is required/);
    expect(() => loadConfig({}, { command: 'migrate' })).not.toThrow();
    expect(() => loadConfig({}, { command: 'backup' })).not.toThrow();
  });
});
