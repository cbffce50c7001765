import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Response } from 'express';
import { currentRequestScope, requestScopeOf } from '../../lib/request-scope';

/** Kubernetes-style probes answer every few seconds: at debug level, or they drown the log. */
const PROBES = new Set(['/health', '/livez', '/readyz']);

/** The path without its query string: a download link's query is its signature, a credential. */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  // A path is client input: bounded, so one request cannot write a megabyte line.
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

const DOCUMENT_FILES = 'filing\\.pdf|letter\\.pdf|dossier-interne\\.pdf|letter\\.docx|letter-recipients\\.csv|recapitulatif\\.pdf';
const KNOWN_PATHS = new Set([
  '/graphql',
  '/health',
  '/livez',
  '/readyz',
  '/metrics',
  '/ingest/subjects',
  '/register.csv',
  '/register-cnil-open-data.csv',
  '/register.pdf',
]);
const DOCUMENT_PATH = new RegExp(`^/notifications/[^/]+/(${DOCUMENT_FILES})$`);

/**
 * The route as a metric label: the served paths with their id replaced, anything else `other`, so a
 * client probing random paths cannot create series without end.
 */
export function routeLabel(url: string | undefined): string {
  const path = pathOf(url);
  if (KNOWN_PATHS.has(path)) return path;
  const document = DOCUMENT_PATH.exec(path);
  return document ? `/notifications/:id/${document[1]}` : 'other';
}

type Req = IncomingMessage & { originalUrl?: string; id?: unknown };

/**
 * One line per answered request, whatever answered it (a 401, 413 or 429 included): method, path
 * without its query, status, duration in ms, request id, and when known the viewer's organisation
 * and the GraphQL operation's name. Serializers are ours, not pino's: the standard ones write every
 * header (Authorization, Cookie) and the query string. The token's subject is not written: it names
 * a person, and the organisation with the request id is enough to find them in the audit trail.
 */
export function accessLog(logger: Logger): RequestHandler {
  return pinoHttp<Req, ServerResponse>({
    logger,
    wrapSerializers: false,
    genReqId: (_req, res) => requestScopeOf(res as unknown as Response)?.requestId ?? 'unknown',
    customAttributeKeys: { responseTime: 'durationMs' },
    serializers: {
      req: (req: Req) => ({ method: req.method, path: pathOf(req.originalUrl ?? req.url) }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    customProps: (_req, res) => {
      const scope = requestScopeOf(res as unknown as Response);
      return {
        requestId: scope?.requestId,
        ...(scope?.organizationId ? { organizationId: scope.organizationId } : {}),
        ...(scope?.operationName ? { operationName: scope.operationName } : {}),
      };
    },
    customLogLevel: (req, res, error) => {
      if (PROBES.has(pathOf(req.originalUrl ?? req.url))) return 'debug';
      if (error || res.statusCode >= 500) return 'error';
      return 'info';
    },
    customSuccessMessage: () => 'request answered',
    customErrorMessage: () => 'request failed',
    // The error an Express handler sets is logged by that handler with the same request id; here only its status.
    customErrorObject: (_req, _res, _error, value: Record<string, unknown>) => ({ res: value.res, durationMs: value.durationMs }),
  }) as unknown as RequestHandler;
}

/** Names the resolved GraphQL operation in the request's access log line (a GraphQL name: no personal data). */
export function operationNameForLog(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operationName }) => {
        const scope = currentRequestScope();
        if (scope && operationName) scope.operationName = operationName;
      },
    }),
  };
}
