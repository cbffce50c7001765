import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { dialect, startGateway, type TestGateway } from '../support/app';

const LISTED = 'https://dashboard.example';
const UNLISTED = 'https://elsewhere.example';

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

/**
 * CORS_ORIGINS: a dashboard served from a listed origin may call /graphql and the downloads from
 * the browser; any other origin gets no CORS header, and Apollo's CSRF prevention refuses the
 * requests a page can send without a preflight, whatever their origin.
 */
describe(`cross-origin requests on ${dialect}`, () => {
  let gw: TestGateway;
  let token: string;
  const preflight = (path: string, origin: string, method = 'POST', headers = 'authorization,content-type') =>
    fetch(`${gw.baseUrl}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
    });
  const query = (origin: string, contentType = 'application/json') =>
    fetch(gw.url, {
      method: 'POST',
      headers: { origin, 'content-type': contentType, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  beforeAll(async () => {
    gw = await startGateway({ config: { cors: { origins: [LISTED, 'http://localhost:5173'] } } });
    token = await gw.token(randomUUID(), [Role.CONTROLLER_LEGAL]);
  });
  afterAll(() => gw.close());

  it('answers a listed origin’s preflight with 204 and the headers a bearer-token client needs, no credentials', async () => {
    const response = await preflight('/graphql', LISTED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight']));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');

    const download = await preflight('/register.csv', 'http://localhost:5173', 'GET', 'authorization');
    expect(download.status).toBe(204);
    expect(download.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives an unlisted origin no CORS header at all, preflight or not', async () => {
    const response = await preflight('/graphql', UNLISTED);
    expect(corsHeaders(response)).toEqual([]);
    expect(response.status).not.toBe(204);
    expect(corsHeaders(await query(UNLISTED))).toEqual([]);
    // Not an exact match: a prefix, another scheme or port is another origin.
    for (const origin of [`${LISTED}.evil.example`, 'http://dashboard.example', 'http://localhost:5174'])
      expect(corsHeaders(await preflight('/graphql', origin)), origin).toEqual([]);
  });

  it('lets a listed origin’s page read the answers of /graphql and the downloads’ headers', async () => {
    const response = await query(LISTED);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });

    const download = await fetch(`${gw.baseUrl}/register.csv`, { headers: { origin: LISTED, authorization: `Bearer ${token}` } });
    await download.arrayBuffer();
    expect(download.headers.get('access-control-allow-origin')).toBe(LISTED);
    const exposed = download.headers.get('access-control-expose-headers')!.toLowerCase().split(',');
    expect(exposed).toEqual(expect.arrayContaining(['content-disposition', 'x-content-sha256', 'x-pdf-sha256']));
  });

  it('keeps the refusal of requests sent without a preflight, listed origin or not', async () => {
    for (const origin of [LISTED, UNLISTED]) {
      // A form or text/plain POST never reaches GraphQL (the body layer takes JSON only).
      const simple = await query(origin, 'text/plain');
      expect(simple.status, origin).toBe(415);
      expect(await simple.text()).not.toContain('__typename');
      // A simple GET: Apollo's CSRF prevention.
      const get = await fetch(`${gw.url}?${new URLSearchParams({ query: '{ __typename }' })}`, {
        headers: { origin, authorization: `Bearer ${token}` },
      });
      expect(get.status, origin).toBe(400);
      expect(await get.text()).toContain('Cross-Site Request Forgery');
    }
  });
});
