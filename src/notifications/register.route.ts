import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import { viewerFromAuthorization } from '../auth/tokens';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { sendError } from '../http/errors';
import { registerCsv, registerEntries } from './register';

/** `GET /register.csv`: the viewer's register, as the GraphQL `register` query gives it. */
export function registerRouter(deps: { config: Config; orm: MikroORM; clock: Clock; logger: Logger }): Router {
  const router = Router();
  router.get('/register.csv', async (req: Request, res: Response) => {
    try {
      const viewer = await viewerFromAuthorization(deps.config.jwt, req.headers.authorization);
      const csv = registerCsv(await registerEntries({ em: deps.orm.em.fork(), viewer, clock: deps.clock }));
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="registre-violations.csv"');
      res.send(csv);
    } catch (error) {
      sendError(res, error, deps.logger);
    }
  });
  return router;
}
