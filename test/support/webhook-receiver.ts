import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request as the receiver got it. */
export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
  at: number;
}

export interface ReceiverOptions {
  /** The status to answer to the n-th request (from 1); 200 by default. */
  status?: (n: number, request: Received) => number;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
}

/**
 * A webhook receiver on 127.0.0.1 (listed in the tests' WEBHOOK_ALLOW_HOSTS): records every
 * request, answers with the status asked for, after an optional delay. Shared by the tests of the
 * channels (and any other that needs an endpoint receiving the gateway's webhooks).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private server: Server | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(private readonly options: ReceiverOptions = {}) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const request: Received = {
          id: String(req.headers['webhook-id']),
          timestamp: String(req.headers['webhook-timestamp']),
          signature: String(req.headers['webhook-signature']),
          headers: req.headers,
          body,
          json: JSON.parse(body) as Received['json'],
          at: Date.now(),
        };
        this.received.push(request);
        this.waiters = this.waiters.filter((w) => (this.received.length >= w.count ? (w.resolve(), false) : true));
        const status = this.options.status?.(this.received.length, request) ?? 200;
        setTimeout(() => {
          res.statusCode = status;
          res.end(status >= 300 ? 'refusé' : 'ok');
        }, this.options.delayMs ?? 0);
      });
    });
    // The gateway's keep-alive sockets would hold close() open.
    this.server.keepAliveTimeout = 100;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Resolves once `count` requests have arrived, or rejects after `ms`. */
  waitFor(count: number, ms = 10_000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.received.length} of ${count} requests within ${ms} ms`)), ms);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Verifies a request with the Standard Webhooks reference verifier; throws if the signature is wrong. */
  static verify(secret: string, request: Received): unknown {
    return new Webhook(secret).verify(request.body, {
      'webhook-id': request.id,
      'webhook-timestamp': request.timestamp,
      'webhook-signature': request.signature,
    });
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
