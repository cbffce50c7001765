import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Request, RequestHandler } from 'express';
import { verifyToken } from '../auth/tokens';
import type { Config } from '../config/config';
import { sendRefusal } from './errors';

/**
 * Who a request counts against: the person of a verified token (organisation and subject, so two
 * tenants never share a budget), else the caller's address. Only a verified token counts, or
 * anyone could mint a fresh key for every request by changing an unsigned claim.
 */
async function budgetKey(config: Config, req: Request): Promise<string> {
  try {
    const { org, sub } = await verifyToken(config.jwt, req.headers.authorization);
    return `token:${org}:${sub}`;
  } catch {
    return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
  }
}

/**
 * A fixed-window request budget, kept in this process's memory: enough for one gateway instance;
 * several instances behind a load balancer would each count separately. RATE_LIMIT_MAX=0 turns it off.
 */
export function rateLimiter(config: Config): RequestHandler {
  const { max, windowMs } = config.rateLimit;
  if (max === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit: max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => budgetKey(config, req),
    handler: (req, res) => {
      sendRefusal(req, res, 429, 'RATE_LIMITED', `Too many requests: at most ${max} every ${windowMs / 1000} s; retry after the time in the Retry-After header`);
    },
  });
}
