import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../../config/clock';
import type { MetricsConfig } from '../../config/config';
import { sendRefusal } from '../../lib/http-errors';
import { sharedMetrics } from '../../lib/metrics';
import { countOverdueObligations } from '../../notifications/overdue';
import { routeLabel } from '../http/access-log';

/** Operation names kept as labels: enough for every screen's operation, bounded against a client inventing names. */
const MAX_OPERATION_NAMES = 200;

/** From 5 ms (a cached read) to 10 s (a cold render or a large list): where the gateway's answers fall. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The series of one app: HTTP and GraphQL durations, GraphQL errors, and the overdue gauge that asks
 * this app's database. A registry per app, so tests running several apps in one process each read
 * their own; what lower layers count is in the process's shared registry (src/lib/metrics.ts).
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly httpSeconds = new Histogram({
    name: 'breach_gateway_http_request_duration_seconds',
    help: 'HTTP requests answered, by method, route (served paths only, else "other") and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly operationSeconds = new Histogram({
    name: 'breach_gateway_graphql_operation_duration_seconds',
    help: 'GraphQL operations, by operation name ("(anonymous)" when unnamed, "(other)" beyond the first 200 names)',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'breach_gateway_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(orm: MikroORM, clock: Clock) {
    new Gauge({
      name: 'breach_gateway_obligations_overdue',
      help: 'Obligations (notifications, letters, reports) past their deadline and not done, all organisations',
      registers: [this.registry],
      async collect() {
        this.set(await countOverdueObligations(orm.em, clock.now()));
      },
    });
  }

  /** Times every request from its first byte to its last; mounted first, so refusals are counted too. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.httpSeconds.startTimer();
      res.once('finish', () => end({ method: req.method, route: routeLabel(req.originalUrl), status: String(res.statusCode) }));
      next();
    };
  }

  /** Counts an error as it leaves through formatError (Apollo plugins never see a context's 401). */
  countError(code: unknown): void {
    this.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
  }

  private operationLabel(name: string | undefined | null): string {
    if (!name) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }

  /** Times resolved operations; a request refused before resolution has no operation to time. */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        let operation: string | undefined;
        return {
          didResolveOperation: async ({ operationName }) => {
            operation = this.operationLabel(operationName);
          },
          willSendResponse: async () => {
            if (operation === undefined) return;
            this.operationSeconds.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }

  /** The exposition text of this app's series and the process's shared ones. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    const [own, shared] = await Promise.all([this.registry.metrics(), sharedMetrics.metrics()]);
    return { contentType: this.registry.contentType, body: `${own}\n${shared}` };
  }

  /** `/metrics` on the main port, behind `Authorization: Bearer METRICS_TOKEN` compared in constant time. */
  tokenRoute(token: string): RequestHandler {
    const expected = Buffer.from(`Bearer ${token}`);
    return (req, res, next) => {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.setHeader('www-authenticate', 'Bearer');
        sendRefusal(req, res, 401, 'UNAUTHENTICATED', '/metrics needs Authorization: Bearer METRICS_TOKEN');
        return;
      }
      this.send(res).catch(next);
    };
  }

  private async send(res: Parameters<RequestHandler>[1]): Promise<void> {
    const { contentType, body } = await this.exposition();
    res.setHeader('content-type', contentType);
    res.end(body);
  }

  /** `/metrics` on a port of its own (METRICS_PORT), nothing else served there. */
  async listenSeparately(config: MetricsConfig & { port: number }, logger: Logger): Promise<{ url: string; close(): Promise<void> }> {
    const server: Server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.statusCode = 404;
        res.end();
        return;
      }
      this.exposition().then(
        ({ contentType, body }) => {
          res.setHeader('content-type', contentType);
          res.end(body);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'metrics collection failed');
          res.statusCode = 500;
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${config.host}:${port}/metrics`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
}
