import pino, { type Logger } from 'pino';

/**
 * Structured logs on stdout. Authorization headers and tokens are redacted: a bearer token is a
 * credential, and nothing that identifies a person may reach a log.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'breach-gateway' },
    redact: { paths: ['req.headers.authorization', '*.token', 'token'], censor: '[redacted]' },
  });
}
