import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/tokens';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { sendError } from '../lib/http-errors';
import { refuseHead } from '../lib/head-refused';
import { RegisterExportService } from './register-export.service';

/**
 * `GET /register.csv`: the viewer's register, as the GraphQL `register` query gives it. Each
 * download is recorded (who, which bytes) before the bytes are sent, and the response carries
 * their sha256 so the recipient can match their copy to the record.
 */
export function registerRouter(deps: { config: Config; orm: MikroORM; clock: Clock; logger: Logger; authenticate: Authenticate }): Router {
  const router = Router();
  router.head('/register.csv', refuseHead);
  router.get('/register.csv', async (req: Request, res: Response) => {
    try {
      const viewer = await deps.authenticate(req.headers.authorization);
      const file = await new RegisterExportService({ em: deps.orm.em.fork(), viewer, clock: deps.clock }).exportCsv();
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="registre-violations.csv"');
      res.setHeader('content-length', String(file.bytes.length));
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-sha256', file.sha256);
      // Not res.send: it would add an ETag and answer a matching request 304, without the bytes recorded as sent.
      res.end(file.bytes);
    } catch (error) {
      sendError(res, error, deps.logger);
    }
  });
  return router;
}
