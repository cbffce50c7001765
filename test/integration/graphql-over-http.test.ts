import { type AuditResult, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { dialect, startGateway, type TestGateway } from '../support/app';

/**
 * graphql-http's audits of the GraphQL-over-HTTP spec against the real server. The audits carry no
 * credentials, so their fetch adds a bearer token, as every client of the gateway must.
 */
async function audit(gw: TestGateway): Promise<AuditResult[]> {
  const authorization = `Bearer ${await gw.token('00000000-0000-4000-8000-000000000001', [Role.ADMIN])}`;
  const fetchFn = (input: string | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', authorization);
    return fetch(input, { ...init, headers });
  };
  const results = await Promise.all(serverAudits({ url: gw.url, fetchFn }).map((check) => check.fn()));
  const passed = (level: string) =>
    `${level} ${results.filter((r) => r.name.startsWith(level) && r.status === 'ok').length}/${results.filter((r) => r.name.startsWith(level)).length}`;
  const failed = results.filter((r) => r.status !== 'ok').map((r) => `  not passed: ${r.name}`);
  console.log([`${dialect}: ${passed('MUST')}, ${passed('SHOULD')}, ${passed('MAY')}`, ...failed].join('\n'));
  return results;
}

const failedMusts = (results: AuditResult[]) => results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');

describe(`GraphQL over HTTP audits on ${dialect}`, () => {
  describe('with the production settings', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startGateway();
    });
    afterAll(() => gw.close());

    it('passes every MUST but the two whose probe is an introspection query, refused on purpose', async () => {
      const failed = failedMusts(await audit(gw));
      // Both probes ask `__type(name: …)`: introspection is off in production (GRAPHQL_INTROSPECTION).
      expect(failed.map((r) => r.name).sort()).toEqual([
        'MUST accept utf-8 encoded request',
        'MUST allow map {variables} parameter when accepting application/json',
      ]);
      for (const result of failed) {
        if (result.status === 'ok') continue;
        expect(result.response.status).toBe(400);
        expect(await result.response.text()).toMatch(/introspection is not allowed/);
      }
    });
  });

  describe('with introspection on (development)', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startGateway({ config: { graphql: { introspection: true } } });
    });
    afterAll(() => gw.close());

    it('passes every MUST', async () => {
      expect(failedMusts(await audit(gw)).map((r) => r.name)).toEqual([]);
    });
  });
});
