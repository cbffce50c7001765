import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode } from './errors';
import { requestIdOf } from './request-scope';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_STATE_TRANSITION: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** REST routes answer like GraphQL does: the domain code and message, never an internal. */
export function sendError(res: Response, error: unknown, logger: Logger): void {
  if (error instanceof DomainError) {
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown> & { code: ErrorCode };
    if (typeof extensions.retryAfterSeconds === 'number') res.setHeader('retry-after', String(extensions.retryAfterSeconds));
    res.status(STATUS[extensions.code] ?? 400).json({ error: { message: error.message, ...extensions, ...requestIdField(res) } });
    return;
  }
  logger.error({ err: error, requestId: requestIdOf(res) }, 'unexpected error in an HTTP route');
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', ...requestIdField(res) } });
}

/** The request's id for an error body (the X-Request-Id answered), so what a user quotes finds the log line. */
function requestIdField(res: Response): { requestId?: string } {
  const requestId = requestIdOf(res);
  return requestId ? { requestId } : {};
}

/**
 * A refusal made before any route runs (body, content type, rate limit): in the GraphQL-over-HTTP
 * shape on /graphql, in the REST routes' shape elsewhere, never with a stack.
 */
export function sendRefusal(req: Request, res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  const id = requestIdField(res);
  const body = req.originalUrl.startsWith('/graphql')
    ? { errors: [{ message, extensions: { code, ...id } }] }
    : { error: { code, message, ...id } };
  res.status(status).json(body);
}
