import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import type { Options, Store } from 'express-rate-limit';
import { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import type { ServiceConfig } from '../../config/config';
import { ConfigError } from '../../config/config';

/** A Redis that does not answer a connection within this at start-up stops the start, with the reason. */
const CONNECT_TIMEOUT_MS = 5_000;
/** The longest pause between two reconnection attempts once serving. */
const MAX_RECONNECT_DELAY_MS = 2_000;
/** One warning per this while Redis is out of reach, not one per request. */
const WARN_EVERY_MS = 10_000;

/**
 * What several instances share through Redis (REDIS_URL), every key under REDIS_PREFIX: the request
 * and render budgets (rate-limit-redis, so N instances allow N× nothing), and Apollo's automatic
 * persisted queries (a query registered through one instance is found by hash on another).
 *
 * Redis down while serving: the limits fail OPEN (the request passes, a warning is logged) and
 * readyz answers 503. Failing closed would turn a Redis outage into a full outage of the API,
 * including for the CNIL deadline this gateway exists for; readyz going 503 makes the balancer
 * stop sending to every instance that lost Redis, and the operator sees why. Commands are not
 * queued while disconnected (they fail at once), so no request waits on a lost Redis.
 */
export interface SharedStore {
  /** An express-rate-limit store under `name` (fail-open): the request budget, the render budget. */
  limiterStore(name: string): Store;
  /** Apollo's persisted-query cache (fail-open: a miss makes the client send the full query again). */
  persistedQueries: Pick<KeyvAdapter<string>, 'get' | 'set' | 'delete'>;
  /** readyz: Redis answers PING. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function connectSharedStore(config: NonNullable<ServiceConfig['redis']>, logger: Logger): Promise<SharedStore> {
  let serving = false;
  const client = createClient({
    url: config.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // At start-up the first failure is the answer (returning the error stops connect() with it);
      // once serving, reconnect for ever: Redis may come back, readyz says 503 meanwhile.
      reconnectStrategy: (retries: number, cause: Error) => (serving ? Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) : cause),
    },
  });
  let lastWarning = 0;
  const warn = (error: unknown, what: string) => {
    if (Date.now() - lastWarning < WARN_EVERY_MS) return;
    lastWarning = Date.now();
    logger.warn({ err: error }, `Redis (REDIS_URL) unreachable: ${what}`);
  };
  client.on('error', (error: unknown) => warn(error, 'reconnecting'));
  try {
    await client.connect();
  } catch (error) {
    // The URL may hold a password: only its host is named.
    const { host } = new URL(config.url);
    throw new ConfigError(`REDIS_URL: cannot connect to Redis at ${host} (${error instanceof Error ? error.message : String(error)})`);
  }
  serving = true;

  const keyv = new Keyv<string>({ store: new KeyvRedis(client, { namespace: `${config.prefix}apq` }), useKeyPrefix: false });
  keyv.on('error', (error: unknown) => warn(error, 'persisted queries are not shared until it is back'));
  const apq = new KeyvAdapter(keyv);

  return {
    limiterStore(name) {
      const store = new RedisStore({
        prefix: `${config.prefix}${name}:`,
        sendCommand: (...args: string[]) => client.sendCommand(args),
      });
      return failOpen(store, (error) => warn(error, `the ${name} limit lets requests through until it is back`));
    },
    persistedQueries: {
      get: (key) => apq.get(key).catch((error: unknown) => (warn(error, 'persisted queries missed'), undefined)),
      set: (key, value, options) => apq.set(key, value, options).catch((error: unknown) => warn(error, 'persisted query not kept')),
      delete: (key) => apq.delete(key).catch(() => false),
    },
    async ping() {
      await client.ping();
    },
    async close() {
      client.destroy();
    },
  };
}

/** A store whose failure lets the request through (counted as the first of its window), with `onError` told. */
function failOpen(store: RedisStore, onError: (error: unknown) => void): Store {
  return {
    prefix: store.prefix,
    init: (options: Options) => {
      void store.init(options).catch(onError);
    },
    increment: async (key) => {
      try {
        return await store.increment(key);
      } catch (error) {
        onError(error);
        return { totalHits: 0, resetTime: undefined };
      }
    },
    decrement: (key) => store.decrement(key).catch(onError),
    resetKey: (key) => store.resetKey(key).catch(onError),
    get: (key) => store.get(key).catch((error: unknown) => (onError(error), undefined)),
  };
}
