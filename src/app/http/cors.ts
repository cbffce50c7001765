import cors from 'cors';
import { Router } from 'express';
import type { CorsConfig } from '../../config/config';

/**
 * What a dashboard's page may send: the bearer token, a JSON body, and the headers Apollo's CSRF
 * prevention accepts in place of a preflighted content type (a GET of a query).
 */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name', 'If-None-Match'];

/** The download routes' headers a page's script may read: the file name, the hashes to check its copy against. */
const EXPOSED_HEADERS = ['Content-Disposition', 'ETag', 'X-Pdf-Sha256', 'X-File-Sha256', 'X-Content-Sha256', 'X-Page-Count', 'Retry-After'];

/**
 * CORS for the exact origins of CORS_ORIGINS, on /graphql and the download routes alike: a listed
 * origin's preflight is answered 204, an unlisted origin gets no CORS header at all (its preflight
 * goes on to the routes, which do not answer OPTIONS). No credentials: tokens are bearer headers,
 * never cookies. Apollo's CSRF prevention stays on whatever the origin.
 */
export function corsFor(config: CorsConfig): Router {
  const router = Router();
  if (config.origins.length === 0) return router;
  const allowed = new Set(config.origins);
  router.use(
    // Every answer depends on the Origin once some are listed: a cache must not hand a listed origin's answer to another.
    (_req, res, next) => {
      res.vary('Origin');
      next();
    },
    cors({
      // false: the package then adds no header and passes the request on, preflight included.
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );
  return router;
}
