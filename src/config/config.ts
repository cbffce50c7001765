import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The only reader of process.env. Everything the gateway can be told lives here, validated at
 * start so a bad setting stops the process with a message instead of failing later.
 */
export type DatabaseConfig =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'postgresql'; url: string };

export interface Config {
  /** Demo mode: generated secrets kept in the data directory, demo data loaded when empty. */
  demo: boolean;
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  jwt: { secret: string; issuer: string; audience: string };
  /** HMAC key that turns a NIR into a subject key; kept outside the database. */
  pseudonymKey: Buffer;
  logLevel: string;
}

export class ConfigError extends Error {}

/** Documented in the README's configuration table; keep the two in step. */
export const CONFIG_VARIABLES = [
  'DATA_DIR',
  'DATABASE_URL',
  'SQLITE_PATH',
  'HOST',
  'PORT',
  'JWT_SECRET',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'PSEUDONYM_KEY',
  'LOG_LEVEL',
  'BREACH_GATEWAY_DEMO',
] as const;

const MIN_SECRET_LENGTH = 32;

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

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  return port;
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

/**
 * The pseudonymisation key: without it the same NIR would get another subject key and every count
 * would double, so it is required (at least 32 bytes, hex or base64) wherever lists are ingested.
 */
function parsePseudonymKey(raw: string | undefined, demo: boolean, dataDir: string, required: boolean): Buffer {
  const value = raw?.trim() || (demo ? demoSecret(dataDir, 'pseudonym') : '');
  if (!value) {
    if (required) throw new ConfigError('PSEUDONYM_KEY is required outside demo mode (at least 32 bytes, hex or base64)');
    return Buffer.alloc(0);
  }
  const key = /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length < 32) throw new ConfigError('PSEUDONYM_KEY must hold at least 32 bytes (64 hex digits or 44 base64 characters)');
  return key;
}

export interface LoadOptions {
  demo?: boolean;
  /** False for commands that never see a token (migrate, ingest). */
  requireJwt?: boolean;
  /** False for commands that never pseudonymise (migrate). */
  requirePseudonymKey?: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Config {
  const demo = options.demo ?? env.BREACH_GATEWAY_DEMO === 'true';
  const dataDir = resolve(env.DATA_DIR?.trim() || 'data');
  const secret = env.JWT_SECRET?.trim() || (demo ? demoSecret(dataDir, 'jwt') : '');
  if (options.requireJwt !== false) {
    if (!secret) throw new ConfigError('JWT_SECRET is required outside demo mode (at least 32 characters)');
    if (secret.length < MIN_SECRET_LENGTH) throw new ConfigError(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return {
    demo,
    dataDir,
    database: parseDatabase(env, dataDir),
    host: env.HOST?.trim() || '127.0.0.1',
    port: parsePort(env.PORT),
    jwt: {
      secret,
      issuer: env.JWT_ISSUER?.trim() || 'breach-gateway',
      audience: env.JWT_AUDIENCE?.trim() || 'breach-gateway',
    },
    pseudonymKey: parsePseudonymKey(env.PSEUDONYM_KEY, demo, dataDir, options.requirePseudonymKey !== false),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  };
}
