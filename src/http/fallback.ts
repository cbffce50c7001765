import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { bodyRefusal } from './body';
import { sendRefusal } from './errors';

/** Unknown paths answer JSON, not Express's HTML page. */
export function notFound(): RequestHandler {
  return (req, res) => sendRefusal(req, res, 404, 'NOT_FOUND', `no route for ${req.method} ${req.path}`);
}

/**
 * The last handler: a body the parser refused gets its reason, anything else a masked 500. Express's
 * default would answer HTML with the stack trace outside production.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const refusal = bodyRefusal(error);
    if (refusal) {
      sendRefusal(req, res, refusal.status, refusal.code, refusal.message);
      return;
    }
    logger.error({ err: error }, 'unexpected error in the HTTP layer');
    sendRefusal(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
