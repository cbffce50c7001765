import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedTarget } from './webhook-url';

export interface PostOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** What the receiver's answer may say in the log: a few hundred characters of its body, no more. */
const ERROR_BODY_CHARS = 200;

/**
 * One POST to a checked target, connecting to the pinned address (the `lookup` answers with it, so
 * no second DNS answer can be used) while TLS still checks the certificate of the URL's host name.
 * Redirects are not followed: a 3xx is a failed attempt like any non-2xx.
 */
export function postJson(target: CheckedTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostOutcome> {
  const started = Date.now();
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const done = (outcome: Omit<PostOutcome, 'durationMs'>) => resolve({ ...outcome, durationMs: Date.now() - started });
    const request = client.request(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'breach-gateway-webhooks',
        },
        timeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (text.length < ERROR_BODY_CHARS) text += chunk;
        });
        response.on('error', () => undefined);
        response.on('end', () => {
          const ok = status >= 200 && status < 300;
          done({ ok, statusCode: status, error: ok ? null : `HTTP ${status}${text ? `: ${text.slice(0, ERROR_BODY_CHARS)}` : ''}` });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error: Error) => done({ ok: false, statusCode: null, error: error.message }));
    request.end(body);
  });
}
