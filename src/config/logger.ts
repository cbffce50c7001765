import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured logs on stdout. Authorization headers and tokens are redacted: a bearer token is a
 * credential, and nothing that identifies a person may reach a log. The access log's serializers
 * (app/http/access-log.ts) write no header at all; the redaction stays for any other line.
 * `destination` is stdout unless given (tests read the lines).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'breach-gateway' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', '*.token', 'token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
