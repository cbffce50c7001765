import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/auth/roles';
import { GRAPHQL_LIMITS } from '../../src/app/graphql/limits';
import { OrganizationService } from '../../src/organizations/organization.service';
import { ComplianceDashboardDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';

interface RawResponse {
  status: number;
  contentType: string | null;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: unknown;
  };
}

async function send(url: string, init: RequestInit): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body = {};
  try {
    body = JSON.parse(text) as object;
  } catch {
    // An HTML page or plain text: the assertions look at `text`.
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, body };
}

const messages = (response: RawResponse) => (response.body.errors ?? []).map((e) => e.message).join('\n');

/** The graphql-cop probe set, replayed over real HTTP against the default (production) settings. */
describe(`GraphQL hardening on ${dialect}`, () => {
  let gw: TestGateway;
  let admin: string;
  let horizonId: string;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers },
      body: JSON.stringify(body),
    });
  const get = (query: string, headers: Record<string, string> = {}) =>
    send(`${gw.url}?${new URLSearchParams({ query })}`, { headers: { authorization: `Bearer ${admin}`, ...headers } });

  beforeAll(async () => {
    gw = await startGateway();
    const orgs = await withDemo(gw);
    horizonId = orgs.horizon;
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
  });
  afterAll(() => gw.close());

  it('serves the compliance dashboard, the largest real operation, within every limit', async () => {
    const { status, data, errors } = await gw.gql(ComplianceDashboardDocument, { first: 50, overdue: true }, admin);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data!.incidents.edges.length).toBeGreaterThan(0);
  });

  it('refuses alias overloading: a hundred aliased __typename', async () => {
    const query = `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(messages(response)).toContain(`aliases 101 exceeds the limit ${GRAPHQL_LIMITS.aliases}`);
  });

  it('refuses batched queries (an array of operations)', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(messages(response)).toMatch(/batching disabled/);
  });

  it('refuses directive overloading, the limit reported before each unknown directive', async () => {
    const response = await post({ query: `query cop { __typename ${'@aa'.repeat(10)} }` });
    expect(response.status).toBe(400);
    expect(messages(response).split('\n')[0]).toBe(`directives 10 exceeds the limit ${GRAPHQL_LIMITS.directives}`);
  });

  it('refuses documents deeper, longer or costlier than the limits', async () => {
    let cycle = 'id';
    for (let i = 0; i < 7; i += 1) cycle = `exposures { edges { node { incident { ${cycle} } } } }`;
    const deep = await post({ query: `{ incidents { edges { node { ${cycle} } } } }` });
    expect(deep.status).toBe(400);
    expect(messages(deep)).toMatch(new RegExp(`^depth \\d+ exceeds the limit ${GRAPHQL_LIMITS.depth}$`));

    const long = await post({ query: `{ ${'__typename '.repeat(GRAPHQL_LIMITS.tokens)} }` });
    expect(long.status).toBe(400);
    expect(messages(long)).toMatch(/^tokens \d+ exceeds the limit 1000$/);

    // Eight copies of the README's incidents example over the largest page, 500 incidents (13002 each).
    const example =
      'incidents(first: 500) { totalCount edges { node { title startPrecision startAt natures sourceOrganization { legalName siren } exposures { edges { node { controller { legalName } processorAlertedAt awareAt dataCategories approxPersons } } } } } pageInfo { hasNextPage endCursor } }';
    const costly = await post({ query: `{ ${[1, 2, 3, 4, 5].map((i) => `copy${i}: ${example}`).join(' ')} }` });
    expect(costly.status).toBe(400);
    expect(messages(costly)).toBe(`cost 597510 exceeds the limit ${GRAPHQL_LIMITS.cost}`);
    // The refusal reports the cost it computed, as every response does.
    expect(costly.body.extensions).toEqual({ cost: { requested: 597510, limit: GRAPHQL_LIMITS.cost } });
  });

  it('refuses introspection, circular introspection included', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Query") { name } }',
      'query cop { __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }',
    ]) {
      const response = await post({ query });
      expect(response.status, query).toBe(400);
      expect(response.body.data, query).toBeUndefined();
      expect(messages(response), query).toMatch(/introspection is not allowed/);
    }
  });

  it('gives no field or enum suggestions', async () => {
    const field = await post({ query: '{ incidents { totalCont } }' });
    expect(field.status).toBe(400);
    expect(messages(field)).toContain('Cannot query field "totalCont"');
    const value = await post({ query: '{ deadlines(filter: { overdue: tru }) { totalCount } }' });
    for (const response of [field, value]) expect(response.text).not.toMatch(/did you mean/i);
  });

  it('runs no mutation over GET, even with the preflight header', async () => {
    const response = await get('mutation { startComplementaryNotification(id: "x") { id } }', { 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(405);
    expect(response.body.data).toBeUndefined();
  });

  it('blocks cross-site requests: a simple GET, a form POST, a text/plain POST', async () => {
    const simpleGet = await get('{ organizations { legalName } }');
    expect(simpleGet.status).toBe(400);
    expect(messages(simpleGet)).toMatch(/Cross-Site Request Forgery/);
    const form = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${admin}` },
      body: new URLSearchParams({ query: '{ organizations { legalName } }' }).toString(),
    });
    const text = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${admin}` },
      body: '{"query":"{ organizations { legalName } }"}',
    });
    for (const response of [form, text]) {
      expect(response.status).toBe(415);
      expect(response.text).not.toContain('legalName');
    }
    // A non-browser client that says so may GET a query.
    const preflighted = await get('{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(preflighted.body.data).toEqual({ __typename: 'Query' });
  });

  it('leaks no execution trace (trace mode, ftv1)', async () => {
    const response = await post({ query: '{ organizations { legalName } }' }, { 'apollo-federation-include-trace': 'ftv1' });
    expect(response.status).toBe(200);
    // The cost report is the only extension.
    expect(Object.keys(response.body.extensions as object)).toEqual(['cost']);
    expect(response.text).not.toMatch(/ftv1|tracing/);
  });

  it('serves no IDE or landing page (GraphiQL, Playground, Apollo Sandbox)', async () => {
    // What GraphiQL, GraphQL Playground and Apollo's landing pages are made of.
    const ide = /landing-page|embeddable|apollographql\.com|graphiql\.(min\.)?js/i;
    for (const path of ['/graphql', '/graphiql', '/playground']) {
      const response = await send(`${gw.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(response.contentType ?? '', path).not.toContain('text/html');
      expect(response.text, path).not.toMatch(/<html|<script/i);
      expect(response.text, path).not.toMatch(ide);
    }
    // `/` is the gateway's own web app when built (docs/web-app.md), never an IDE.
    expect((await send(`${gw.baseUrl}/`, { headers: { accept: 'text/html' } })).text).not.toMatch(ide);
  });

  it('masks an unhandled error: no stack, no internal message, no NIR', async () => {
    const spy = vi
      .spyOn(OrganizationService.prototype, 'get')
      .mockRejectedValue(new Error('SQLITE_ERROR near "select * from subject where nir = \'185037512345678\'" at /work/src/db/orm.ts:12'));
    try {
      const response = await post({ query: 'query($id: ID!) { organization(id: $id) { legalName } }', variables: { id: horizonId } });
      expect(response.body.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 19 }],
          path: ['organization'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        },
      ]);
      expect(response.text).not.toMatch(/stack|SQLITE|185037512345678|orm\.ts/i);
    } finally {
      spy.mockRestore();
    }
  });
});

describe(`GraphQL introspection switched on (GRAPHQL_INTROSPECTION=true) on ${dialect}`, () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startGateway({ config: { graphql: { introspection: true } } });
    admin = await gw.token('00000000-0000-4000-8000-000000000000', [Role.ADMIN]);
  });
  afterAll(() => gw.close());

  it('answers introspection and suggests fields, for development only', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${admin}` };
    const introspection = await send(gw.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: '{ __type(name: "Query") { name } }' }),
    });
    expect(introspection.body.data).toEqual({ __type: { name: 'Query' } });
    const suggestion = await send(gw.url, { method: 'POST', headers, body: JSON.stringify({ query: '{ incidents { totalCont } }' }) });
    expect(messages(suggestion)).toMatch(/Did you mean "totalCount"\?/);
    // What the landing-page probe above would see without the production switch.
    const landing = await send(gw.url, { headers: { accept: 'text/html' } });
    expect(landing.text).toMatch(/<html/i);
  });
});
