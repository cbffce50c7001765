import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The only reader of process.env. Everything the gateway can be told lives here, validated at
 * start so a bad setting stops the process with a message instead of failing later.
 */
export type DatabaseConfig = { dialect: 'sqlite'; path: string } | { dialect: 'postgresql'; url: string };

export interface Config {
  /** Demo mode: generated secrets kept in the data directory, demo data loaded when empty. */
  demo: boolean;
  /**
   * Where the built web app lies (index.html and assets/); unset: dist/web, where `npm run build`
   * writes it. No variable sets it: the browser tests point it at the build they made.
   */
  webAppDirectory?: string;
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  jwt: JwtConfig;
  graphql: GraphqlConfig;
  rateLimit: RateLimitConfig;
  subscriptions: SubscriptionConfig;
  ingest: IngestConfig;
  pdf: PdfConfig;
  personsInformation: PersonsInformationConfig;
  /** How often a serving gateway recomputes the derived states time has overtaken, in seconds; 0: never (readers still compute them). */
  stateRefreshSeconds: number;
  regimes: RegimeSettings;
  alerts: AlertSettings;
  /** HMAC key that turns a NIR into a subject key; kept outside the database. */
  pseudonymKey: Buffer;
  /** HMAC key that links the audit trail's events; kept outside the database (see parseAuditKey). */
  auditKey: Buffer;
  downloadLinks: DownloadLinkConfig;
  cors: CorsConfig;
  webhooks: WebhookConfig;
  /** The e-mail channel of deadline alerts; null (off) unless SMTP_URL is set. */
  email: EmailConfig | null;
  logLevel: string;
  /** Running as a service: shutdown timings, and the Redis that several instances share (src/app/service/). */
  service: ServiceConfig;
  /** Prometheus `/metrics`; absent or both fields null: not served (see parseMetrics). */
  metrics?: MetricsConfig;
  /** The web app's sign-in with an OpenID Connect provider; absent or null: none (see parseOidc). */
  oidc?: OidcConfig | null;
}

/**
 * The identity provider the web app signs people in with (authorization code with PKCE, as a public
 * client: a page cannot keep a secret, so none is configured). Everything here is sent to every
 * browser by GET /web-app/config.
 */
export interface OidcConfig {
  /** The provider's issuer (`OIDC_ISSUER`); its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** The web app's client id at the provider (`OIDC_CLIENT_ID`). */
  clientId: string;
  /** The scopes the page asks for (`OIDC_SCOPE`), `openid` among them. */
  scope: string;
}

/** How a serving process stops, and where instances share their limits (docs/operations.md). */
export interface ServiceConfig {
  /** How long in-flight requests may run on after SIGTERM/SIGINT (`SHUTDOWN_GRACE_SECONDS`). */
  shutdownGraceMs: number;
  /** How long readyz answers 503 while the server still accepts, for the balancer to notice (`SHUTDOWN_DELAY_SECONDS`). */
  shutdownDelayMs: number;
  /** The Redis every instance counts its limits and keeps persisted queries in (`REDIS_URL`); null: this process's memory. */
  redis: { url: string; prefix: string } | null;
}

/** Where `/metrics` is served: on its own port (METRICS_PORT, METRICS_HOST), or on the main port behind METRICS_TOKEN. */
export interface MetricsConfig {
  port: number | null;
  host: string;
  token: string | null;
}

/** Webhook delivery (src/channels/): where it may post, how long it waits, how it retries. */
export interface WebhookConfig {
  /**
   * Whether this instance runs the dispatcher (`WEBHOOK_DISPATCH`, default true): an instance kept
   * to serving requests can leave delivery to the others.
   */
  dispatch: boolean;
  /**
   * Hosts (`host` or `host:port`) exempt from the SSRF rules: plain http and private addresses are
   * allowed for them only (a receiver on the operator's own network, a test's local receiver).
   */
  allowHosts: string[];
  /** How long one POST may take before it counts as failed. */
  timeoutMs: number;
  /** Attempts of one delivery before it is given up (FAILED). */
  maxAttempts: number;
  /** Consecutive failed attempts of a webhook after which it is disabled. */
  disableAfterFailures: number;
  /** The pause before retry n (the last value repeats): the upper bound of its full jitter. */
  retryScheduleMs: number[];
  /** False draws no jitter: each pause is its bound (tests measure the schedule). */
  jitter: boolean;
  /** How long a claimed delivery is held by the instance sending it; a longer-dead claim is taken over. */
  leaseMs: number;
  /** How often the dispatcher looks for work when nothing woke it. */
  pollMs: number;
}

/** SMTP for the deadline alerts by e-mail (`SMTP_URL`, `SMTP_FROM`, `DASHBOARD_URL`). */
export interface EmailConfig {
  smtpUrl: string;
  from: string;
  /** The dashboard's root, for the links the e-mails carry. */
  dashboardUrl: string;
}

/** The signed download links a browser can follow without an Authorization header (src/documents/download-link.ts). */
export interface DownloadLinkConfig {
  /** HMAC-SHA256 key of the links' signatures. */
  key: Buffer;
  /**
   * Where the key comes from: DOWNLOAD_LINK_KEY; else derived from JWT_SECRET (whoever holds that can
   * already mint any token, so the derived key gives no one a new power); else generated for this
   * process, when tokens are verified with an identity provider's public key and no key was set.
   */
  keySource: 'DOWNLOAD_LINK_KEY' | 'JWT_SECRET' | 'generated';
  /** How long a link stays valid after the API handed it out. */
  ttlSeconds: number;
}

/** Cross-origin requests (src/app/http/cors.ts). */
export interface CorsConfig {
  /** Exact origins (`https://dashboard.example`) whose pages may call the API; none by default. */
  origins: string[];
}

/**
 * How bearer tokens are checked. With a public key (PEM or JWKS file) the gateway only verifies
 * tokens an identity provider signed (ES256/RS256); with the shared secret it signs and verifies
 * HS256 itself. Never both, so a public key can never be replayed as an HMAC secret.
 */
export interface JwtConfig {
  secret: string;
  issuer: string;
  audience: string;
  /** SPKI PEM of the signer's public key (`JWT_PUBLIC_KEY_FILE`). */
  publicKeyPem?: string;
  /** A JSON Web Key Set (`JWT_JWKS_FILE`); the token's `kid` picks the key. */
  jwks?: { keys: Record<string, unknown>[] };
  /**
   * The identity provider's key set over HTTP(S) (`JWT_JWKS_URL`), kept `cacheMaxAgeMs`
   * (`JWT_JWKS_CACHE_SECONDS`) and fetched again at once for a token of an unknown `kid`: keys
   * rotate without a restart.
   */
  jwksUrl?: { url: string; cacheMaxAgeMs: number };
  /** The longest `exp − iat` a token may claim (`JWT_MAX_LIFETIME_SECONDS`): a stolen token dies within it. */
  maxLifetimeSeconds: number;
}

export interface GraphqlConfig {
  /** Introspection and "did you mean" suggestions: off unless GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /**
   * The manifest of trusted documents (`GRAPHQL_TRUSTED_DOCUMENTS`), `sha256:<hex>` → document, as
   * GraphQL Code Generator's client preset writes it. Set, only these operations run; unset, any does.
   */
  trustedDocuments?: ReadonlyMap<string, string>;
}

/** GraphQL subscriptions over WebSocket (src/app/graphql/subscriptions.ts): what one client may hold. */
export interface SubscriptionConfig {
  /** Subscriptions running at once on one connection. */
  perConnection: number;
  /** Connections one person (organisation and subject) may hold open at once, on this instance. */
  connectionsPerPerson: number;
  /** Events at most waiting for one subscription's client; past it the connection is closed (1013). At most 1000: the repeater holds at most 1024. */
  queueMax: number;
  /** Bytes at most waiting in a connection's send buffer; past it the connection is closed (1013). */
  bufferBytes: number;
}

export interface RateLimitConfig {
  /** Requests a token (or, without one, an IP address) may make per window; 0 disables the limit. */
  max: number;
  windowMs: number;
  /**
   * Reverse proxies in front of the gateway whose X-Forwarded-For to believe. 0 (the default)
   * believes none: behind a proxy every anonymous caller would then share the proxy's budget, and
   * trusting a header no proxy sets would let a caller pick a fresh address for every request.
   */
  trustProxyHops: number;
  /** PDF renders (not cache hits) a token's person may cause per window; 0 disables this budget. */
  renderMax: number;
}

/** The render threads (src/pdf/render-pool.ts) and the cache of rendered PDFs. */
export interface PdfConfig {
  threads: number;
  /** Renders that may wait for a thread; beyond, a render is refused with 503. */
  queue: number;
  /** Rendered PDFs kept by content hash, in bytes. */
  cacheBytes: number;
}

export interface IngestConfig {
  /** The largest affected-person list `POST /ingest/subjects` accepts, in bytes. */
  maxBytes: number;
}

/**
 * Art. 34(1) asks for the communication to the persons « dans les meilleurs délais » and sets no
 * number of days: the target is the gateway's reading of it, an assumption the output says it is.
 */
export interface PersonsInformationConfig {
  /** Days after the decision to inform the persons by which their communication is due. */
  targetDays: number;
}

/**
 * What the regime rules need to know beyond the law's own text. Unset, the gateway assumes the least:
 * no NIS 2 transposition in force (none was confirmed in France), no contractual alert term.
 */
export interface RegimeSettings {
  /** First day (`YYYY-MM-DD`, Paris) the French transposition of NIS 2 applies; null while none is in force. */
  nis2FrenchTranspositionFrom: string | null;
  /** The processors' alert term in hours, as their contracts set it (art. 28(3)(f)); null when none is recorded. */
  processorAlertContractHours: number | null;
  /**
   * Hours after the initial notification's filing by which the complementary information is due when
   * the initial promised no date (COMPLEMENTARY_FOLLOW_UP_HOURS); absent, DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS.
   */
  complementaryFollowUpHours?: number;
}

/**
 * 72 hours: the CNIL suggests sending the complement « dans le délai de 72 heures si possible après la
 * notification initiale » (« Règlement européen : quand faut-il notifier une violation de données à
 * la CNIL ? »). The law sets no term (art. 33(4): « sans autre retard indu »): the gateway's assumption.
 */
export const DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS = 72;

/** One deadline alert threshold: how long before the due instant it fires, and its ISO-8601 label. */
export interface AlertThreshold {
  beforeMs: number;
  /** `PT24H`, `PT6H`, `PT1H`, `PT0S` (at the due instant)… */
  label: string;
}

/** The deadline alerts (src/notifications/deadline-alerts.ts, alert-scheduler.ts, docs/alerts.md). */
export interface AlertSettings {
  /** Before each open duty's due instant, latest first (DEADLINE_ALERT_THRESHOLDS). */
  thresholds: readonly AlertThreshold[];
  /**
   * After the due instant, an OVERDUE alert every period while the duty stays open, the first one a
   * period after due (DEADLINE_OVERDUE_REPEAT); 0: a single OVERDUE alert, 24 hours after due.
   */
  overdueRepeatMs: number;
  /** Whether `serve` runs the scheduler that writes due alerts to the outbox (ALERT_SCHEDULER). */
  scheduler: boolean;
  /** How often the scheduler looks for due alerts (ALERT_POLL_MS). */
  pollMs: number;
  /** Due alerts claimed per transaction (ALERT_BATCH_SIZE): short transactions, the rest at once in the next. */
  batch: number;
}

const HOUR = 3_600_000;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  thresholds: [
    { beforeMs: 24 * HOUR, label: 'PT24H' },
    { beforeMs: 6 * HOUR, label: 'PT6H' },
    { beforeMs: HOUR, label: 'PT1H' },
    { beforeMs: 0, label: 'PT0S' },
  ],
  overdueRepeatMs: 24 * HOUR,
  scheduler: true,
  pollMs: 1000,
  batch: 100,
};

const DURATION_UNITS: Record<string, number> = { s: 1000, m: 60_000, h: HOUR, d: 24 * HOUR };
const LONGEST_ALERT_MS = 366 * 24 * HOUR;

/** `24h`, `90m`, `30s`, `2d` or `0`, or the same as ISO-8601 (`PT24H`, `PT1H30M`, `P2D`), in milliseconds. */
function parseDuration(name: string, raw: string): number {
  const value = raw.trim();
  const fail = (why: string) => new ConfigError(`${name}: "${raw}" ${why}`);
  let ms: number | null = null;
  if (value === '0') ms = 0;
  const short = /^(\d+)([smhd])$/i.exec(value);
  if (short) ms = Number(short[1]) * DURATION_UNITS[short[2]!.toLowerCase()]!;
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(value);
  if (iso && value.length > 1 && !/T$/i.test(value))
    ms = [iso[1], iso[2], iso[3], iso[4]].reduce((sum, part, i) => sum + Number(part ?? 0) * [24 * HOUR, HOUR, 60_000, 1000][i]!, 0);
  if (ms === null) throw fail('is not a duration: write 24h, 90m, 30s, 2d, 0 or ISO-8601 such as PT24H');
  if (ms > LONGEST_ALERT_MS) throw fail('is longer than 366 days');
  return ms;
}

/** A duration as ISO-8601 in hours, minutes and seconds (days vary with summer time): PT24H, PT1H30M, PT0S. */
export function isoDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const text = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `PT${text || '0S'}`;
}

function parseAlertThresholds(raw: string | undefined): AlertThreshold[] {
  if (raw === undefined || raw.trim() === '') return [...DEFAULT_ALERT_SETTINGS.thresholds];
  const name = 'DEADLINE_ALERT_THRESHOLDS';
  const thresholds = raw.split(',').map((part) => {
    const beforeMs = parseDuration(name, part);
    if (beforeMs % 1000) throw new ConfigError(`${name}: "${part}" is not a whole number of seconds`);
    return { beforeMs, label: isoDuration(beforeMs) };
  });
  const labels = thresholds.map((t) => t.label);
  const twice = labels.find((label, i) => labels.indexOf(label) !== i);
  if (twice) throw new ConfigError(`${name}: ${twice} is listed twice`);
  return thresholds.sort((a, b) => b.beforeMs - a.beforeMs);
}

function parseAlerts(env: NodeJS.ProcessEnv): AlertSettings {
  const repeat = env.DEADLINE_OVERDUE_REPEAT?.trim();
  return {
    thresholds: parseAlertThresholds(env.DEADLINE_ALERT_THRESHOLDS),
    overdueRepeatMs: repeat ? parseDuration('DEADLINE_OVERDUE_REPEAT', repeat) : DEFAULT_ALERT_SETTINGS.overdueRepeatMs,
    scheduler: parseSwitch('ALERT_SCHEDULER', env.ALERT_SCHEDULER),
    pollMs: parseInteger('ALERT_POLL_MS', env.ALERT_POLL_MS, DEFAULT_ALERT_SETTINGS.pollMs, 10, 60_000),
    batch: parseInteger('ALERT_BATCH_SIZE', env.ALERT_BATCH_SIZE, DEFAULT_ALERT_SETTINGS.batch, 1, 1_000),
  };
}

export const NO_REGIME_SETTINGS: RegimeSettings = { nis2FrenchTranspositionFrom: null, processorAlertContractHours: null };

export class ConfigError extends Error {}

/** Documented in the README's configuration table; keep the two in step. */
export const CONFIG_VARIABLES = [
  'DATA_DIR',
  'DATABASE_URL',
  'DATABASE_URL_FILE',
  'SQLITE_PATH',
  'HOST',
  'PORT',
  'JWT_SECRET',
  'JWT_SECRET_FILE',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'JWT_PUBLIC_KEY_FILE',
  'JWT_JWKS_FILE',
  'JWT_MAX_LIFETIME_SECONDS',
  'GRAPHQL_INTROSPECTION',
  'GRAPHQL_TRUSTED_DOCUMENTS',
  'RATE_LIMIT_MAX',
  'RATE_LIMIT_WINDOW_SECONDS',
  'TRUST_PROXY_HOPS',
  'RENDER_RATE_LIMIT_MAX',
  'SUBSCRIPTIONS_PER_CONNECTION',
  'SUBSCRIPTION_CONNECTIONS_PER_PERSON',
  'SUBSCRIPTION_QUEUE_MAX',
  'SUBSCRIPTION_BUFFER_KB',
  'PDF_RENDER_THREADS',
  'PDF_RENDER_QUEUE',
  'PDF_CACHE_MB',
  'INGEST_MAX_BYTES',
  'PERSONS_INFORMATION_TARGET_DAYS',
  'STATE_REFRESH_SECONDS',
  'NIS2_FR_TRANSPOSITION_DATE',
  'PROCESSOR_ALERT_CONTRACT_HOURS',
  'COMPLEMENTARY_FOLLOW_UP_HOURS',
  'DEADLINE_ALERT_THRESHOLDS',
  'DEADLINE_OVERDUE_REPEAT',
  'ALERT_SCHEDULER',
  'ALERT_POLL_MS',
  'ALERT_BATCH_SIZE',
  'PSEUDONYM_KEY',
  'PSEUDONYM_KEY_FILE',
  'AUDIT_KEY',
  'AUDIT_KEY_FILE',
  'DOWNLOAD_LINK_KEY',
  'DOWNLOAD_LINK_KEY_FILE',
  'DOWNLOAD_LINK_TTL_SECONDS',
  'CORS_ORIGINS',
  'WEBHOOK_DISPATCH',
  'WEBHOOK_ALLOW_HOSTS',
  'WEBHOOK_TIMEOUT_SECONDS',
  'WEBHOOK_MAX_ATTEMPTS',
  'WEBHOOK_DISABLE_AFTER_FAILURES',
  'WEBHOOK_LEASE_SECONDS',
  'SMTP_URL',
  'SMTP_URL_FILE',
  'SMTP_FROM',
  'DASHBOARD_URL',
  'LOG_LEVEL',
  'METRICS_PORT',
  'METRICS_HOST',
  'METRICS_TOKEN',
  'METRICS_TOKEN_FILE',
  'OTEL_SDK_DISABLED',
  'OTEL_TRACES_EXPORTER',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTEL_SERVICE_NAME',
  'BREACH_GATEWAY_DEMO',
  'SHUTDOWN_GRACE_SECONDS',
  'SHUTDOWN_DELAY_SECONDS',
  'REDIS_URL',
  'REDIS_PREFIX',
  'JWT_JWKS_URL',
  'JWT_JWKS_CACHE_SECONDS',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_SCOPE',
] as const;

const MIN_SECRET_LENGTH = 32;

/** 24 hours: a working day's session, what the demo tokens last; anything longer is a credential to revoke. */
export const DEFAULT_JWT_MAX_LIFETIME_SECONDS = 86_400;

/**
 * A dashboard refreshing a handful of queries every few seconds stays far below 300 a minute;
 * a script hammering the API or guessing ids does not.
 */
const DEFAULT_RATE_LIMIT_MAX = 300;
/** A dashboard subscribes to a handful of streams; twenty leaves room for several panes. */
const DEFAULT_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** A person's browser tabs and a kiosk or two. */
const DEFAULT_CONNECTIONS_PER_PERSON = 10;
/** Far more than a burst of deadline alerts or a batch's progress; a client this far behind is not reading. */
const DEFAULT_SUBSCRIPTION_QUEUE_MAX = 1000;
const DEFAULT_SUBSCRIPTION_BUFFER_KB = 4096;

/**
 * A person reading or downloading a few documents a minute needs a handful of renders (the cache
 * serves the rest); 20 lets a DPO re-render a draft after each edit, not a script render all day.
 */
const DEFAULT_RENDER_RATE_LIMIT_MAX = 20;

/** Each waiting render holds its content (a few hundred kB at most): 16 is a short, cheap queue. */
const DEFAULT_PDF_RENDER_QUEUE = 16;

/**
 * One thread less than the cores, so the event loop keeps a core of its own, and at most 4: a
 * render holds about 50 MB of heap, and four in parallel already outrun any sane demand for PDFs.
 */
export function defaultRenderThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** 64 MB holds a few hundred typical filings (100–300 kB each) or a dozen of the largest drafts. */
const DEFAULT_PDF_CACHE_MB = 64;

/**
 * 2 GiB: the largest list seen (33 million persons, about 100 bytes a row) is several times
 * smaller, while a client streaming without end is stopped long before the disk fills.
 */
const DEFAULT_INGEST_MAX_BYTES = 2 * 1024 ** 3;

/** A week: enough to prepare and send a letter, short enough to read as « dans les meilleurs délais ». */
export const DEFAULT_PERSONS_INFORMATION_TARGET_DAYS = 7;
export const DEFAULT_STATE_REFRESH_SECONDS = 60;

function parseDatabase(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for SQLite)');
    }
    return { dialect: 'postgresql', url };
  }
  return { dialect: 'sqlite', path: resolve(env.SQLITE_PATH?.trim() || join(dataDir, 'breach-gateway.sqlite')) };
}

function parseInteger(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

/** A calendar day `YYYY-MM-DD` that exists, or null when unset. */
function parseDay(name: string, raw: string | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new ConfigError(`${name} must be a date YYYY-MM-DD, got "${raw}"`);
  return value;
}

/** A background loop of a serving instance (ALERT_SCHEDULER, WEBHOOK_DISPATCH): on unless switched off. */
function parseSwitch(name: string, raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'on' || value === 'true') return true;
  if (value === 'off' || value === 'false') return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function readKeyFile(name: string, path: string | undefined): string | undefined {
  if (!path?.trim()) return undefined;
  try {
    return readFileSync(path.trim(), 'utf8');
  } catch (error) {
    throw new ConfigError(`${name}: cannot read ${path} (${(error as Error).message})`);
  }
}

/** The token verification keys: a PEM public key or a JWKS file, at most one of them. */
function parsePublicKeys(env: NodeJS.ProcessEnv): Pick<JwtConfig, 'publicKeyPem' | 'jwks' | 'jwksUrl'> {
  const jwksUrl = parseJwksUrl(env);
  if (jwksUrl) {
    const others = ['JWT_SECRET', 'JWT_PUBLIC_KEY_FILE', 'JWT_JWKS_FILE'].filter((name) => env[name]?.trim());
    if (others.length) throw new ConfigError(`JWT_JWKS_URL cannot be combined with ${others.join(' or ')}: one source of keys`);
    return { jwksUrl };
  }
  const publicKeyPem = readKeyFile('JWT_PUBLIC_KEY_FILE', env.JWT_PUBLIC_KEY_FILE);
  const jwksText = readKeyFile('JWT_JWKS_FILE', env.JWT_JWKS_FILE);
  if (publicKeyPem && jwksText) throw new ConfigError('set JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE, not both');
  if (publicKeyPem && !publicKeyPem.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError('JWT_PUBLIC_KEY_FILE must hold an SPKI PEM public key (-----BEGIN PUBLIC KEY-----)');
  }
  if (!jwksText) return { publicKeyPem };
  let jwks: unknown;
  try {
    jwks = JSON.parse(jwksText);
  } catch {
    throw new ConfigError('JWT_JWKS_FILE must hold a JSON Web Key Set ({"keys": [...]})');
  }
  if (!Array.isArray((jwks as { keys?: unknown }).keys))
    throw new ConfigError('JWT_JWKS_FILE must hold a JSON Web Key Set ({"keys": [...]})');
  return { jwks: jwks as JwtConfig['jwks'] };
}

/** Hosts a key set may be fetched from over plain http: this machine only (a local identity provider, tests). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** JWT_JWKS_URL: https (plain http to this machine only, where nobody on the network can swap the keys), and JWT_JWKS_CACHE_SECONDS. */
function parseJwksUrl(env: NodeJS.ProcessEnv): JwtConfig['jwksUrl'] {
  const raw = env.JWT_JWKS_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`JWT_JWKS_URL must be the identity provider's key set URL (https://…), got "${raw}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
    throw new ConfigError('JWT_JWKS_URL must be an https:// URL (plain http only to localhost): keys fetched in clear could be swapped');
  return { url: url.href, cacheMaxAgeMs: parseInteger('JWT_JWKS_CACHE_SECONDS', env.JWT_JWKS_CACHE_SECONDS, 600, 1, 86_400) * 1000 };
}

const TRUSTED_DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;

/**
 * The persisted-documents.json of the codegen client preset: each key must be the sha256 of its
 * document, so a manifest edited by hand (a document changed, its hash not) stops the start rather
 * than letting a document run under another's name.
 */
function parseTrustedDocuments(path: string | undefined): ReadonlyMap<string, string> | undefined {
  const text = readKeyFile('GRAPHQL_TRUSTED_DOCUMENTS', path);
  if (text === undefined) return undefined;
  const fail = (reason: string) => new ConfigError(`GRAPHQL_TRUSTED_DOCUMENTS (${path?.trim()}): ${reason}`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw fail('not JSON; expected the persisted-documents.json written by npm run codegen');
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw fail('expected a JSON object mapping "sha256:<hex>" to a document');
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(manifest)) {
    if (!TRUSTED_DOCUMENT_ID.test(id)) throw fail(`key "${id}" is not "sha256:" followed by 64 lowercase hex digits`);
    if (typeof document !== 'string') throw fail(`the document of ${id} is not a string`);
    if (`sha256:${createHash('sha256').update(document).digest('hex')}` !== id) throw fail(`${id} is not the sha256 of its document`);
    documents.set(id, document);
  }
  if (documents.size === 0) throw fail('the manifest holds no document: every operation would be refused');
  return documents;
}

/**
 * In demo mode a secret that was not configured is generated once and kept in the data directory
 * (mode 0600), so tokens printed at one start still work after a restart.
 */
function demoSecret(dataDir: string, name: string): string {
  const file = join(dataDir, `${name}.secret`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** A key of at least 32 bytes, hex or base64; generated and kept in the data directory in demo mode. */
function parseKey(name: string, raw: string | undefined, demo: boolean, dataDir: string, demoFile: string): Buffer {
  const value = raw?.trim() || (demo ? demoSecret(dataDir, demoFile) : '');
  if (!value) throw new ConfigError(`${name} is required outside demo mode (at least 32 bytes, hex or base64)`);
  const key = /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length < 32) throw new ConfigError(`${name} must hold at least 32 bytes (64 hex digits or 44 base64 characters)`);
  return key;
}

/**
 * The pseudonymisation key: without it the same NIR would get another subject key and every count
 * would double, so it is required (at least 32 bytes, hex or base64) wherever lists are ingested.
 */
function parsePseudonymKey(raw: string | undefined, demo: boolean, dataDir: string): Buffer {
  return parseKey('PSEUDONYM_KEY', raw, demo, dataDir, 'pseudonym');
}

/**
 * The audit chain's key: each event's hash is an HMAC under it, so whoever can write to the database
 * but does not hold the key cannot recompute a chain that verifies. A key of its own rather than one
 * derived from PSEUDONYM_KEY: whoever runs `audit verify` (an auditor, a DPO) needs it, and must not
 * thereby hold the key that, tried against every possible NIR, would re-identify the persons; and the
 * two keys can then be kept, and one day replaced, apart.
 */
function parseAuditKey(raw: string | undefined, demo: boolean, dataDir: string): Buffer {
  return parseKey('AUDIT_KEY', raw, demo, dataDir, 'audit');
}

/** Five minutes: time to click a link a dashboard just showed, too short for a link pasted in a mail to stay useful. */
export const DEFAULT_DOWNLOAD_LINK_TTL_SECONDS = 300;

/**
 * The download links' key: DOWNLOAD_LINK_KEY, else HKDF of JWT_SECRET (the same on every instance
 * that accepts the same tokens, and a key of its own: a link signature never helps forge a token),
 * else random for this process only: links then fail on another instance and after a restart.
 * Not derived from AUDIT_KEY or PSEUDONYM_KEY: an auditor holding the audit key must not be able
 * to sign a download for someone else.
 */
function parseDownloadLinks(env: NodeJS.ProcessEnv, jwtSecret: string): DownloadLinkConfig {
  const ttlSeconds = parseInteger('DOWNLOAD_LINK_TTL_SECONDS', env.DOWNLOAD_LINK_TTL_SECONDS, DEFAULT_DOWNLOAD_LINK_TTL_SECONDS, 10, 3600);
  if (env.DOWNLOAD_LINK_KEY?.trim()) {
    return { key: parseKey('DOWNLOAD_LINK_KEY', env.DOWNLOAD_LINK_KEY, false, '', ''), keySource: 'DOWNLOAD_LINK_KEY', ttlSeconds };
  }
  if (jwtSecret) {
    const key = Buffer.from(hkdfSync('sha256', jwtSecret, 'breach-gateway', 'download links v1', 32));
    return { key, keySource: 'JWT_SECRET', ttlSeconds };
  }
  return { key: randomBytes(32), keySource: 'generated', ttlSeconds };
}

/** `CORS_ORIGINS`: comma-separated exact origins, each scheme://host[:port] with nothing after it. */
function parseCorsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin)
      throw new ConfigError(
        `CORS_ORIGINS must list exact origins such as https://dashboard.example (no path, no trailing slash), got "${origin}"`,
      );
  }
  return origins;
}

/**
 * 5 s, 30 s, 2 min, 10 min, 1 h, then every 6 h: a receiver down for a deploy gets its events within
 * minutes, one down for a day is not hammered. With the default 8 attempts, a delivery is retried for
 * about 14 hours before it is given up.
 */
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000, 21_600_000];
export const DEFAULT_WEBHOOK_MAX_ATTEMPTS = 8;
export const DEFAULT_WEBHOOK_DISABLE_AFTER_FAILURES = 5;

/** `WEBHOOK_ALLOW_HOSTS`: comma-separated `host` or `host:port`, lower-cased, nothing else. */
function parseAllowHosts(raw: string | undefined): string[] {
  const hosts = (raw ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  for (const host of hosts) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(`http://${host}`);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.host !== host.replace(/:80$/, '') || parsed.pathname !== '/' || parsed.username)
      throw new ConfigError(`WEBHOOK_ALLOW_HOSTS must list hosts as host or host:port, got "${host}"`);
  }
  return hosts;
}

function parseWebhooks(env: NodeJS.ProcessEnv): WebhookConfig {
  const timeoutMs = parseInteger('WEBHOOK_TIMEOUT_SECONDS', env.WEBHOOK_TIMEOUT_SECONDS, 10, 1, 60) * 1000;
  const leaseMs = parseInteger('WEBHOOK_LEASE_SECONDS', env.WEBHOOK_LEASE_SECONDS, 60, 2, 3600) * 1000;
  // A lease shorter than a POST may take would hand a delivery still being sent to another instance.
  if (leaseMs <= timeoutMs) throw new ConfigError('WEBHOOK_LEASE_SECONDS must be longer than WEBHOOK_TIMEOUT_SECONDS');
  return {
    dispatch: parseSwitch('WEBHOOK_DISPATCH', env.WEBHOOK_DISPATCH),
    allowHosts: parseAllowHosts(env.WEBHOOK_ALLOW_HOSTS),
    timeoutMs,
    maxAttempts: parseInteger('WEBHOOK_MAX_ATTEMPTS', env.WEBHOOK_MAX_ATTEMPTS, DEFAULT_WEBHOOK_MAX_ATTEMPTS, 1, 50),
    disableAfterFailures: parseInteger(
      'WEBHOOK_DISABLE_AFTER_FAILURES',
      env.WEBHOOK_DISABLE_AFTER_FAILURES,
      DEFAULT_WEBHOOK_DISABLE_AFTER_FAILURES,
      1,
      1000,
    ),
    retryScheduleMs: DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS,
    jitter: true,
    leaseMs,
    pollMs: 500,
  };
}

/** The e-mail channel: all three of SMTP_URL, SMTP_FROM and DASHBOARD_URL, or none (off). */
function parseEmail(env: NodeJS.ProcessEnv): EmailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim() ?? '';
  const from = env.SMTP_FROM?.trim() ?? '';
  const dashboardUrl = env.DASHBOARD_URL?.trim() ?? '';
  if (!smtpUrl) {
    if (from) throw new ConfigError('SMTP_FROM is set but SMTP_URL is not: set both to send alerts by e-mail');
    return null;
  }
  if (!/^smtps?:\/\/[^/\s]+/.test(smtpUrl))
    // Not echoed: the URL may carry the SMTP password.
    throw new ConfigError('SMTP_URL must be smtp://host:port or smtps://host:port (user:password@ allowed)');
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(from))
    throw new ConfigError('SMTP_FROM must be the sender address (alertes@example.fr) when SMTP_URL is set');
  if (!/^https?:\/\/\S+$/.test(dashboardUrl))
    throw new ConfigError("DASHBOARD_URL must be the dashboard's http(s) URL when SMTP_URL is set");
  return { smtpUrl, from, dashboardUrl: dashboardUrl.replace(/\/+$/, '') };
}

/** The secrets (and what is read with them) a command may need. */
export type Need = 'jwt' | 'pseudonymKey' | 'auditKey';

/**
 * What each command of src/main.ts reads: a secret it does not need is neither required nor even
 * read (nor its _FILE), so a machine that only signs tokens holds only JWT_SECRET, and an auditor
 * running `verify` or `audit verify` never holds the pseudonymisation key.
 */
export const COMMAND_NEEDS = {
  serve: ['jwt', 'pseudonymKey', 'auditKey'],
  demo: ['jwt', 'pseudonymKey', 'auditKey'],
  migrate: [],
  // Counts are pseudonymised and audited: the same key must turn the same NIR into the same subject.
  ingest: ['pseudonymKey', 'auditKey'],
  'audit verify': ['auditKey'],
  'audit checkpoint': [],
  // A render is recorded like a download: an audited row.
  render: ['auditKey'],
  verify: [],
  token: ['jwt'],
  backup: [],
} as const satisfies Record<string, readonly Need[]>;

export type CommandName = keyof typeof COMMAND_NEEDS;

export interface LoadOptions {
  demo?: boolean;
  /** The command the configuration is for (COMMAND_NEEDS); `serve`, which needs every secret, by default. */
  command?: CommandName;
}

/**
 * The secrets that may be given as a file instead (X_FILE: Docker and Kubernetes secrets, systemd
 * credentials), so they never sit in the environment a process listing or a crash report shows.
 * DATABASE_URL and SMTP_URL may carry a password; METRICS_TOKEN opens /metrics.
 */
export const FILE_SECRETS = [
  'JWT_SECRET',
  'PSEUDONYM_KEY',
  'AUDIT_KEY',
  'DOWNLOAD_LINK_KEY',
  'DATABASE_URL',
  'SMTP_URL',
  'METRICS_TOKEN',
] as const;

/** The secrets of Need, by variable: one the command does not need is left unread. */
const SECRET_NEED: Partial<Record<(typeof FILE_SECRETS)[number], Need>> = {
  JWT_SECRET: 'jwt',
  PSEUDONYM_KEY: 'pseudonymKey',
  AUDIT_KEY: 'auditKey',
  DOWNLOAD_LINK_KEY: 'jwt',
};

/**
 * The environment with each X_FILE read into X (one trailing newline dropped, as `echo` and
 * editors leave one) and the secrets the command does not need removed. Setting both X and X_FILE
 * is refused: which one wins would be a guess. Errors name the variable and the path, never content.
 */
function resolveFileSecrets(env: NodeJS.ProcessEnv, needs: ReadonlySet<Need>): NodeJS.ProcessEnv {
  const resolved = { ...env };
  for (const name of FILE_SECRETS) {
    const fileName = `${name}_FILE`;
    const need = SECRET_NEED[name];
    if (need && !needs.has(need)) {
      delete resolved[name];
      delete resolved[fileName];
      continue;
    }
    const path = env[fileName]?.trim();
    if (!path) continue;
    if (env[name]?.trim()) throw new ConfigError(`set ${name} or ${fileName}, not both`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigError(`${fileName}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
    const value = text.replace(/\r?\n$/, '');
    if (!value.trim()) throw new ConfigError(`${fileName}: ${path} is empty`);
    resolved[name] = value;
  }
  return resolved;
}

export function loadConfig(processEnv: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Config {
  const needs: ReadonlySet<Need> = new Set(COMMAND_NEEDS[options.command ?? 'serve']);
  const env = resolveFileSecrets(processEnv, needs);
  const demo = options.demo ?? env.BREACH_GATEWAY_DEMO === 'true';
  const dataDir = resolve(env.DATA_DIR?.trim() || 'data');
  const publicKeys = needs.has('jwt') ? parsePublicKeys(env) : {};
  const verifiesOnly = Boolean(publicKeys.publicKeyPem || publicKeys.jwks || publicKeys.jwksUrl);
  if (verifiesOnly && env.JWT_SECRET?.trim())
    throw new ConfigError('JWT_SECRET cannot be combined with JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE');
  const secret = verifiesOnly || !needs.has('jwt') ? '' : env.JWT_SECRET?.trim() || (demo ? demoSecret(dataDir, 'jwt') : '');
  if (needs.has('jwt') && !verifiesOnly) {
    if (!secret) throw new ConfigError('JWT_SECRET is required outside demo mode (at least 32 characters)');
    if (secret.length < MIN_SECRET_LENGTH) throw new ConfigError(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return {
    demo,
    dataDir,
    database: parseDatabase(env, dataDir),
    host: env.HOST?.trim() || '127.0.0.1',
    port: parseInteger('PORT', env.PORT, 4000, 0, 65535),
    jwt: {
      secret,
      issuer: env.JWT_ISSUER?.trim() || 'breach-gateway',
      audience: env.JWT_AUDIENCE?.trim() || 'breach-gateway',
      ...publicKeys,
      maxLifetimeSeconds: parseInteger(
        'JWT_MAX_LIFETIME_SECONDS',
        env.JWT_MAX_LIFETIME_SECONDS,
        DEFAULT_JWT_MAX_LIFETIME_SECONDS,
        60,
        30 * 86_400,
      ),
    },
    graphql: {
      introspection: parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION),
      ...(env.GRAPHQL_TRUSTED_DOCUMENTS?.trim() ? { trustedDocuments: parseTrustedDocuments(env.GRAPHQL_TRUSTED_DOCUMENTS) } : {}),
    },
    rateLimit: {
      max: parseInteger('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, DEFAULT_RATE_LIMIT_MAX, 0, 1_000_000),
      windowMs: parseInteger('RATE_LIMIT_WINDOW_SECONDS', env.RATE_LIMIT_WINDOW_SECONDS, 60, 1, 86_400) * 1000,
      trustProxyHops: parseInteger('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS, 0, 0, 10),
      renderMax: parseInteger('RENDER_RATE_LIMIT_MAX', env.RENDER_RATE_LIMIT_MAX, DEFAULT_RENDER_RATE_LIMIT_MAX, 0, 1_000_000),
    },
    subscriptions: {
      perConnection: parseInteger(
        'SUBSCRIPTIONS_PER_CONNECTION',
        env.SUBSCRIPTIONS_PER_CONNECTION,
        DEFAULT_SUBSCRIPTIONS_PER_CONNECTION,
        1,
        1000,
      ),
      connectionsPerPerson: parseInteger(
        'SUBSCRIPTION_CONNECTIONS_PER_PERSON',
        env.SUBSCRIPTION_CONNECTIONS_PER_PERSON,
        DEFAULT_CONNECTIONS_PER_PERSON,
        1,
        1000,
      ),
      queueMax: parseInteger('SUBSCRIPTION_QUEUE_MAX', env.SUBSCRIPTION_QUEUE_MAX, DEFAULT_SUBSCRIPTION_QUEUE_MAX, 1, 1000),
      bufferBytes:
        parseInteger('SUBSCRIPTION_BUFFER_KB', env.SUBSCRIPTION_BUFFER_KB, DEFAULT_SUBSCRIPTION_BUFFER_KB, 16, 1024 * 1024) * 1024,
    },
    pdf: {
      threads: parseInteger('PDF_RENDER_THREADS', env.PDF_RENDER_THREADS, defaultRenderThreads(), 1, 64),
      queue: parseInteger('PDF_RENDER_QUEUE', env.PDF_RENDER_QUEUE, DEFAULT_PDF_RENDER_QUEUE, 0, 10_000),
      cacheBytes: parseInteger('PDF_CACHE_MB', env.PDF_CACHE_MB, DEFAULT_PDF_CACHE_MB, 0, 16_384) * 1024 ** 2,
    },
    ingest: { maxBytes: parseInteger('INGEST_MAX_BYTES', env.INGEST_MAX_BYTES, DEFAULT_INGEST_MAX_BYTES, 1, Number.MAX_SAFE_INTEGER) },
    personsInformation: {
      targetDays: parseInteger(
        'PERSONS_INFORMATION_TARGET_DAYS',
        env.PERSONS_INFORMATION_TARGET_DAYS,
        DEFAULT_PERSONS_INFORMATION_TARGET_DAYS,
        1,
        365,
      ),
    },
    stateRefreshSeconds: parseInteger('STATE_REFRESH_SECONDS', env.STATE_REFRESH_SECONDS, DEFAULT_STATE_REFRESH_SECONDS, 0, 86_400),
    regimes: {
      nis2FrenchTranspositionFrom: parseDay('NIS2_FR_TRANSPOSITION_DATE', env.NIS2_FR_TRANSPOSITION_DATE),
      processorAlertContractHours: env.PROCESSOR_ALERT_CONTRACT_HOURS?.trim()
        ? parseInteger('PROCESSOR_ALERT_CONTRACT_HOURS', env.PROCESSOR_ALERT_CONTRACT_HOURS, 0, 1, 24 * 90)
        : null,
      ...(env.COMPLEMENTARY_FOLLOW_UP_HOURS?.trim()
        ? {
            complementaryFollowUpHours: parseInteger(
              'COMPLEMENTARY_FOLLOW_UP_HOURS',
              env.COMPLEMENTARY_FOLLOW_UP_HOURS,
              DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS,
              1,
              24 * 365,
            ),
          }
        : {}),
    },
    alerts: parseAlerts(env),
    pseudonymKey: needs.has('pseudonymKey') ? parsePseudonymKey(env.PSEUDONYM_KEY, demo, dataDir) : Buffer.alloc(0),
    auditKey: needs.has('auditKey') ? parseAuditKey(env.AUDIT_KEY, demo, dataDir) : Buffer.alloc(0),
    downloadLinks: parseDownloadLinks(env, secret),
    cors: { origins: parseCorsOrigins(env.CORS_ORIGINS) },
    webhooks: parseWebhooks(env),
    email: parseEmail(env),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    service: parseService(env),
    metrics: parseMetrics(env),
    oidc: parseOidc(env),
  };
}

/**
 * OIDC_ISSUER and OIDC_CLIENT_ID, both or neither; OIDC_SCOPE. The issuer over https (plain http to
 * this machine only): the page sends its code verifier and receives its tokens there. No
 * offline_access by default: a refresh token bound to the provider's session dies with it at sign-out.
 */
function parseOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim() ?? '';
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? '';
  if (!issuer && !clientId) return null;
  if (!issuer || !clientId) throw new ConfigError('set OIDC_ISSUER and OIDC_CLIENT_ID together (the web app signs in with both)');
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError(`OIDC_ISSUER must be the identity provider's issuer URL (https://…), got "${issuer}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
    throw new ConfigError('OIDC_ISSUER must be an https:// URL (plain http only to localhost): tokens would travel in clear');
  if (url.search || url.hash) throw new ConfigError(`OIDC_ISSUER must have no query or fragment, got "${issuer}"`);
  const scope = (env.OIDC_SCOPE?.trim() || 'openid').split(/\s+/).join(' ');
  if (!scope.split(' ').includes('openid')) throw new ConfigError(`OIDC_SCOPE must include openid, got "${env.OIDC_SCOPE}"`);
  // Kept as written: the discovery document's `issuer` must match it character for character.
  return { issuer, clientId, scope };
}

/** SHUTDOWN_GRACE_SECONDS, SHUTDOWN_DELAY_SECONDS, REDIS_URL and REDIS_PREFIX. */
function parseService(env: NodeJS.ProcessEnv): ServiceConfig {
  const url = env.REDIS_URL?.trim() ?? '';
  if (url && !/^rediss?:\/\/\S+$/.test(url)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  const prefix = env.REDIS_PREFIX?.trim() || 'breach-gateway:';
  return {
    shutdownGraceMs: parseInteger('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 10, 0, 3600) * 1000,
    shutdownDelayMs: parseInteger('SHUTDOWN_DELAY_SECONDS', env.SHUTDOWN_DELAY_SECONDS, 0, 0, 600) * 1000,
    redis: url ? { url, prefix } : null,
  };
}

const MIN_METRICS_TOKEN_LENGTH = 32;

/**
 * `/metrics` tells how busy the gateway is and how many obligations are overdue: not for anyone who
 * can reach the API. Either a port of its own (METRICS_PORT) bound to METRICS_HOST, loopback unless
 * said otherwise, for a scraper on the same host or network; or the main port behind a bearer token
 * (METRICS_TOKEN), for a scraper that only reaches the API. Neither set: not served.
 */
function parseMetrics(env: NodeJS.ProcessEnv): MetricsConfig {
  const port = env.METRICS_PORT?.trim() ? parseInteger('METRICS_PORT', env.METRICS_PORT, 0, 1, 65535) : null;
  if (port !== null && env.PORT?.trim() && Number(env.PORT) === port)
    throw new ConfigError(`METRICS_PORT must differ from PORT (both are ${port})`);
  const token = env.METRICS_TOKEN?.trim() || null;
  if (port !== null && token !== null)
    throw new ConfigError('set METRICS_PORT (a port of its own) or METRICS_TOKEN (the main port, behind a token), not both');
  if (token !== null && token.length < MIN_METRICS_TOKEN_LENGTH)
    throw new ConfigError(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters`);
  if (token !== null && !/^[\x21-\x7e]+$/.test(token)) throw new ConfigError('METRICS_TOKEN must be printable ASCII without spaces');
  return { port, host: env.METRICS_HOST?.trim() || '127.0.0.1', token };
}

/** OpenTelemetry traces: exported over OTLP/HTTP (JSON), or printed (console); the exporter reads its endpoint and headers itself. */
export interface TracingConfig {
  exporter: 'otlp' | 'console';
  serviceName: string;
}

const TRACE_EXPORTERS = ['otlp', 'console', 'none'];

/**
 * Whether to trace, from the standard OTEL_* variables, read before anything else is loaded (the
 * instrumentations must hook express, pg and graphql before they are required): on when
 * OTEL_TRACES_EXPORTER names an exporter or an OTLP endpoint is set, off otherwise and whenever
 * OTEL_SDK_DISABLED=true. Off, nothing of OpenTelemetry is loaded.
 */
export function parseTracing(env: NodeJS.ProcessEnv = process.env): TracingConfig | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const named = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  for (const exporter of named)
    if (!TRACE_EXPORTERS.includes(exporter)) throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${exporter}"`);
  if (named.length > 1) throw new ConfigError('OTEL_TRACES_EXPORTER takes one exporter here (otlp, console or none)');
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const exporter = named[0] ?? (endpoint ? 'otlp' : 'none');
  if (exporter === 'none') return null;
  const protocol = env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim();
  if (exporter === 'otlp' && protocol && protocol !== 'http/json')
    throw new ConfigError(`OTEL_EXPORTER_OTLP_PROTOCOL must be http/json (the exporter bundled sends OTLP/HTTP JSON), got "${protocol}"`);
  return { exporter: exporter as TracingConfig['exporter'], serviceName: env.OTEL_SERVICE_NAME?.trim() || 'breach-gateway' };
}
