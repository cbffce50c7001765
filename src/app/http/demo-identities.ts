import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config/config';
import { demoTokens } from '../../demo/load-demo';

/**
 * GET /demo/identities: the demo's people with a token each, for the web app's demo sign-in. Only a
 * gateway started in demo mode (`serve --demo`, generated secrets and fictional data) mounts it:
 * anywhere else these would be credentials handed to whoever asks, so the path answers 404 there.
 */
export function demoIdentitiesRoute(deps: { orm: MikroORM; config: Config }): Router {
  const router = Router();
  if (!deps.config.demo) return router;
  router.get('/demo/identities', async (_req, res) => {
    const tokens = await demoTokens(deps);
    // Tokens: never stored by a shared cache, nor kept by the browser beyond this answer.
    res.set('Cache-Control', 'no-store');
    res.json({ identities: tokens.map(({ label, subject, roles, token }) => ({ label, subject, roles, token })) });
  });
  return router;
}
