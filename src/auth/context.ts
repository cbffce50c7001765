import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Clock } from '../config/clock';
import type { RegimeSettings } from '../config/config';
import type { Viewer } from './viewer';

/** What a use-case service needs: the request's entity-manager fork, who asks, and the time. */
export interface ServiceContext {
  em: EntityManager;
  viewer: Viewer;
  clock: Clock;
  /** The configured regime settings (NIS 2 transposition, contract terms); absent, the gateway assumes none. */
  regimes?: RegimeSettings;
}

/**
 * Everything one request owns, built fresh per request by the composition root (src/app/graphql/context.ts)
 * and never shared. `L` names the per-request loaders a resolver reads, declared by the stage that owns
 * them, so a resolver depends on its own stage and those below, never on the whole gateway.
 */
export interface RequestContext<L extends object = object> extends ServiceContext {
  logger: Logger;
  loaders: L;
}
