import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { bodyRefusal } from './body';
import { sendRefusal } from '../../lib/http-errors';
import { requestIdOf } from '../../lib/request-scope';

/**
 * Unknown paths answer JSON, not Express's HTML page, without repeating the path: a client may
 * have put anything in it, a NIR included.
 */
export function notFound(): RequestHandler {
  return (req, res) => sendRefusal(req, res, 404, 'NOT_FOUND', `no route for ${req.method} on this path`);
}

/**
 * The router decodes path parameters with decodeURIComponent and passes its URIError on (`%E0%A4%A`,
 * a lone `%`), marked 400; the message it sets quotes the raw parameter, so the client gets ours.
 */
function pathRefusal(error: unknown): { status: number; code: string; message: string } | undefined {
  if (error instanceof URIError && (error as { status?: number }).status === 400)
    return { status: 400, code: 'BAD_REQUEST', message: 'the request path is not valid percent-encoding' };
  return undefined;
}

/**
 * The last handler: a body the parser refused gets its reason, anything else a masked 500. Express's
 * default would answer HTML with the stack trace outside production.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const refusal = bodyRefusal(error) ?? pathRefusal(error);
    if (refusal) {
      sendRefusal(req, res, refusal.status, refusal.code, refusal.message);
      return;
    }
    logger.error({ err: error, requestId: requestIdOf(res) }, 'unexpected error in the HTTP layer');
    sendRefusal(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
