import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  it('documents every variable it reads in the README table', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(readme, name).toContain(`\`${name}\``);
  });

  it('refuses to start without secrets outside demo mode, and with short ones', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40) })).toThrow(/PSEUDONYM_KEY/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab' })).toThrow(/32 bytes/);
    const config = loadConfig({ JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), DATABASE_URL: 'postgres://u@h/db', PORT: '4100' });
    expect(config).toMatchObject({ database: { dialect: 'postgresql' }, port: 4100 });
    expect(config.pseudonymKey).toHaveLength(32);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });
});
