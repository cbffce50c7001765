import { ipKeyGenerator, MemoryStore, type Options, rateLimit, type Store } from 'express-rate-limit';
import type { Request, RequestHandler } from 'express';
import { verifyToken } from '../../auth/tokens';
import type { Viewer } from '../../auth/viewer';
import type { Config } from '../../config/config';
import { RateLimitedError } from '../../lib/errors';
import { sendRefusal } from '../../lib/http-errors';
import type { SharedStore } from '../service/shared-store';

/** A token's person: organisation and subject, so two tenants never share a budget. */
export const personKey = (viewer: Viewer) => `token:${viewer.organizationId}:${viewer.subject}`;

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
    return ipKey(req.ip);
  }
}

/** The request budget: the HTTP middleware, and the same counts charged for what arrives otherwise (WebSocket). */
export interface RequestBudget {
  middleware: RequestHandler;
  /** Counts one request against `key` (personKey or ipKey); the refusal's message once over budget, else null. */
  charge(key: string): Promise<string | null>;
}

/** The budget key of a request without a verified token: its address. */
export const ipKey = (ip: string | undefined) => `ip:${ipKeyGenerator(ip ?? 'unknown')}`;

/**
 * A fixed-window request budget, kept in Redis when REDIS_URL is set (every instance behind the
 * balancer counts against the same budget; shared-store.ts), else in this process's memory, where
 * several instances would each count separately. RATE_LIMIT_MAX=0 turns it off.
 * One store counts HTTP requests and subscription operations alike, so a WebSocket is no way around it.
 */
export function requestBudget(config: Config, shared?: SharedStore | null): RequestBudget {
  const { max, windowMs } = config.rateLimit;
  if (max === 0) return { middleware: (_req, _res, next) => next(), charge: async () => null };
  const refusal = `Too many requests: at most ${max} every ${windowMs / 1000} s`;
  const store: Store = shared ? shared.limiterStore('requests') : new MemoryStore();
  const middleware = rateLimit({
    windowMs,
    limit: max,
    store,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => budgetKey(config, req),
    handler: (req, res) => {
      sendRefusal(req, res, 429, 'RATE_LIMITED', `${refusal}; retry after the time in the Retry-After header`);
    },
  });
  return {
    middleware,
    async charge(key) {
      const { totalHits, resetTime } = await store.increment(key);
      if (totalHits <= max) return null;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      return `${refusal}; retry after ${retryAfter} s`;
    },
  };
}

/**
 * A second budget, of PDF renders, per person and window: a request costs one against the request
 * budget whatever it asks, but one query can ask for a document whose render keeps a thread busy for
 * seconds, so every render the pool actually runs (never a cache hit) costs one here too, and one
 * token cannot keep the render threads to itself. Counted where the request budget is (Redis or
 * memory), with express-rate-limit's stores. RENDER_RATE_LIMIT_MAX=0 turns it off.
 */
export interface RenderBudget {
  charge(viewer: Viewer): Promise<void>;
  close(): void;
}

export function renderBudget(config: Config, shared?: SharedStore | null): RenderBudget {
  const { renderMax: max, windowMs } = config.rateLimit;
  if (max === 0) return { charge: async () => {}, close: () => {} };
  const store: Store = shared ? shared.limiterStore('renders') : new MemoryStore();
  void store.init?.({ windowMs } as Options);
  return {
    async charge(viewer) {
      const { totalHits, resetTime } = await store.increment(personKey(viewer));
      if (totalHits <= max) return;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      throw new RateLimitedError(
        `Too many PDF renders: at most ${max} every ${windowMs / 1000} s (RENDER_RATE_LIMIT_MAX); retry after ${retryAfter} s, or ask for a document already rendered`,
        retryAfter,
      );
    },
    close: () => void store.shutdown?.(),
  };
}
