import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { attachRequestScope, type RequestScope, requestScopeOf, runInRequestScope } from '../../lib/request-scope';

/** A proxy's or client's id is kept if it is short and plain: it is echoed in a header and written to logs. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The `X-Request-Id` header if it is one to keep, else undefined (a fresh id is generated). */
export function saneRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : undefined;
}

/**
 * First of all middleware: every answer, a 401, 413 or 429 included, carries the id in its
 * `X-Request-Id` header, its error bodies and its access log line, so what a user quotes finds the
 * line. The caller's id is kept when sane, so a proxy's id follows the request through.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const scope: RequestScope = { requestId: saneRequestId(req.headers['x-request-id']) ?? randomUUID() };
    attachRequestScope(res, scope);
    res.setHeader('x-request-id', scope.requestId);
    runInRequestScope(scope, next);
  };
}

/**
 * The body parser calls on from a stream event, outside the request's async context: entered again
 * before Apollo, so its plugins and formatError see the request's scope.
 */
export function reenterRequestScope(): RequestHandler {
  return (_req, res, next) => {
    const scope = requestScopeOf(res);
    if (scope) runInRequestScope(scope, next);
    else next();
  };
}
