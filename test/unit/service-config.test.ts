import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config';

const BASE = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };

describe('service configuration', () => {
  it('stops in 10 s after SIGTERM with no delay, and keeps limits in memory, unless told otherwise', () => {
    expect(loadConfig(BASE).service).toEqual({ shutdownGraceMs: 10_000, shutdownDelayMs: 0, redis: null });
    expect(
      loadConfig({ ...BASE, SHUTDOWN_GRACE_SECONDS: '30', SHUTDOWN_DELAY_SECONDS: '5', REDIS_URL: 'rediss://:pw@cache:6380/2' }).service,
    ).toEqual({ shutdownGraceMs: 30_000, shutdownDelayMs: 5_000, redis: { url: 'rediss://:pw@cache:6380/2', prefix: 'breach-gateway:' } });
    expect(loadConfig({ ...BASE, REDIS_URL: 'redis://cache', REDIS_PREFIX: 'staging:' }).service.redis).toEqual({
      url: 'redis://cache',
      prefix: 'staging:',
    });
  });

  it('refuses a bad value naming the variable', () => {
    expect(() => loadConfig({ ...BASE, SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow(
      /^SHUTDOWN_GRACE_SECONDS must be an integer from 0 to 3600/,
    );
    expect(() => loadConfig({ ...BASE, SHUTDOWN_DELAY_SECONDS: 'soon' })).toThrow(/^SHUTDOWN_DELAY_SECONDS must be an integer/);
    expect(() => loadConfig({ ...BASE, REDIS_URL: 'cache:6379' })).toThrow(/^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(() => loadConfig({ ...BASE, JWT_JWKS_CACHE_SECONDS: '0', JWT_JWKS_URL: 'https://idp.example/jwks', JWT_SECRET: '' })).toThrow(
      /^JWT_JWKS_CACHE_SECONDS must be an integer from 1/,
    );
  });
});
