import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_ALERT_SETTINGS, loadConfig } from '../../src/config/config';

const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
const alerts = (env: Record<string, string>) => loadConfig({ ...base, ...env }).alerts;

describe('deadline alert settings', () => {
  it('defaults to 24h, 6h, 1h and at due, a daily OVERDUE reminder, the scheduler on, polling every second', () => {
    expect(alerts({})).toEqual(DEFAULT_ALERT_SETTINGS);
    expect(alerts({}).thresholds.map((t) => t.label)).toEqual(['PT24H', 'PT6H', 'PT1H', 'PT0S']);
    expect(alerts({}).overdueRepeatMs).toBe(86_400_000);
    expect(alerts({})).toMatchObject({ scheduler: true, pollMs: 1000 });
  });

  it('reads short and ISO-8601 durations, labels them in ISO-8601 and sorts them latest first', () => {
    const parsed = alerts({ DEADLINE_ALERT_THRESHOLDS: '0, 90m,PT2H,2d,30s', DEADLINE_OVERDUE_REPEAT: 'PT12H' });
    expect(parsed.thresholds).toEqual([
      { beforeMs: 172_800_000, label: 'PT48H' },
      { beforeMs: 7_200_000, label: 'PT2H' },
      { beforeMs: 5_400_000, label: 'PT1H30M' },
      { beforeMs: 30_000, label: 'PT30S' },
      { beforeMs: 0, label: 'PT0S' },
    ]);
    expect(parsed.overdueRepeatMs).toBe(43_200_000);
    expect(alerts({ DEADLINE_OVERDUE_REPEAT: '0' }).overdueRepeatMs).toBe(0);
    expect(alerts({ ALERT_SCHEDULER: 'off', ALERT_POLL_MS: '50', ALERT_BATCH_SIZE: '5' })).toMatchObject({
      scheduler: false,
      pollMs: 50,
      batch: 5,
    });
  });

  it('names the setting and the value it refuses', () => {
    const refused = (env: Record<string, string>, message: RegExp) => {
      expect(() => alerts(env)).toThrow(ConfigError);
      expect(() => alerts(env)).toThrow(message);
    };
    refused({ DEADLINE_ALERT_THRESHOLDS: '24h,soon' }, /DEADLINE_ALERT_THRESHOLDS: "soon" is not a duration/);
    refused({ DEADLINE_ALERT_THRESHOLDS: '24h,-1h' }, /DEADLINE_ALERT_THRESHOLDS: "-1h" is not a duration/);
    refused({ DEADLINE_ALERT_THRESHOLDS: '1h,60m' }, /DEADLINE_ALERT_THRESHOLDS: PT1H is listed twice/);
    refused({ DEADLINE_ALERT_THRESHOLDS: '400d' }, /DEADLINE_ALERT_THRESHOLDS: "400d" is longer than 366 days/);
    refused({ DEADLINE_ALERT_THRESHOLDS: 'PT' }, /DEADLINE_ALERT_THRESHOLDS: "PT" is not a duration/);
    refused({ DEADLINE_OVERDUE_REPEAT: 'daily' }, /DEADLINE_OVERDUE_REPEAT: "daily" is not a duration/);
    refused({ ALERT_SCHEDULER: 'maybe' }, /ALERT_SCHEDULER must be on or off, got "maybe"/);
    refused({ ALERT_POLL_MS: '5' }, /ALERT_POLL_MS must be an integer from 10 to 60000/);
    refused({ ALERT_BATCH_SIZE: '0' }, /ALERT_BATCH_SIZE must be an integer from 1 to 1000/);
  });
});
