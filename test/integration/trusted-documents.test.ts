import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { loadConfig } from '../../src/config/config';
import { VocabularyDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';

/** The manifest `npm run codegen` writes, read through the setting production uses. */
const MANIFEST = join(__dirname, '..', 'generated', 'client', 'persisted-documents.json');

const ORG = '00000000-0000-4000-8000-000000000001';

/** The manifest id of the Vocabulary operation, found the way a client's generated code knows it. */
function vocabularyId(documents: ReadonlyMap<string, string>): string {
  const entry = [...documents].find(([, document]) => document.startsWith('query Vocabulary('));
  if (!entry) throw new Error('the manifest has no Vocabulary query: run npm run codegen');
  return entry[0];
}

interface Answer {
  status: number;
  body: { data?: { vocabulary?: { name: string }[] } | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe(`trusted documents on ${dialect}`, () => {
  let gw: TestGateway;
  let token: string;
  let documents: ReadonlyMap<string, string>;
  let id: string;

  async function post(body: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  const refusalCode = (answer: Answer) => {
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    return answer.body.errors?.[0]?.extensions?.code;
  };

  beforeAll(async () => {
    const graphql = loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: MANIFEST }, { command: 'migrate' }).graphql;
    documents = graphql.trustedDocuments ?? new Map();
    id = vocabularyId(documents);
    gw = await startGateway({ config: { graphql } });
    token = await gw.token(ORG, [Role.ADMIN]);
  });
  afterAll(() => gw.close());

  it('runs a manifest operation named by documentId, as GraphQL over HTTP sends it', async () => {
    const answer = await post({ documentId: id, variables: {} });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.vocabulary?.length).toBeGreaterThan(0);
  });

  it('runs it named by extensions.persistedQuery, as Apollo clients send the hash, without registering anything', async () => {
    const sha256Hash = id.slice('sha256:'.length);
    const answer = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } }, variables: {} });
    expect(answer.status).toBe(200);
    expect(answer.body.data?.vocabulary?.length).toBeGreaterThan(0);
  });

  it('runs it named by documentId in a GET query string, and refuses an ad-hoc GET', async () => {
    const get = (params: Record<string, string>) =>
      fetch(`${gw.url}?${new URLSearchParams(params)}`, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      });
    const ok = await get({ documentId: id });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Answer['body']).data?.vocabulary?.length).toBeGreaterThan(0);
    const refused = await get({ query: '{ vocabulary { name } }' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('runs it sent in full, as in the manifest or as graphql-js prints it', async () => {
    for (const query of [documents.get(id), print(VocabularyDocument)]) {
      const answer = await post({ query, variables: {} });
      expect(answer.status, query).toBe(200);
      expect(answer.body.data?.vocabulary?.length).toBeGreaterThan(0);
    }
    // The test helper sends graphql-js's print of the typed document: it runs too.
    const { data } = await gw.gql(VocabularyDocument, {}, token);
    expect(data?.vocabulary.length).toBeGreaterThan(0);
  });

  it('refuses an ad-hoc query, even one the schema would accept, without parsing or validating it', async () => {
    expect(refusalCode(await post({ query: '{ vocabulary { name } }' }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    // A field the schema lacks gets the same refusal, not a validation error that would describe the schema.
    expect(refusalCode(await post({ query: '{ nosuchfield }' }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(refusalCode(await post({ query: '{ __schema { types { name } } }' }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses a manifest id sent with another query than its document', async () => {
    expect(refusalCode(await post({ documentId: id, query: '{ vocabulary { name } }' }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses an unknown document id, and never lets automatic persisted queries register one', async () => {
    const unknown = `sha256:${createHash('sha256').update('{ vocabulary { name } }').digest('hex')}`;
    expect(refusalCode(await post({ documentId: unknown }))).toBe('UNKNOWN_DOCUMENT');
    expect(refusalCode(await post({ documentId: 42 }))).toBe('UNKNOWN_DOCUMENT');
    const malformed = await post({ documentId: '<script>' });
    expect(refusalCode(malformed)).toBe('UNKNOWN_DOCUMENT');
    expect(malformed.body.errors?.[0]?.message).not.toContain('<script>');
    // APQ's registration: the hash with its query. Refused, and the hash stays unknown afterwards.
    const apq = { persistedQuery: { version: 1, sha256Hash: unknown.slice('sha256:'.length) } };
    expect(refusalCode(await post({ query: '{ vocabulary { name } }', extensions: apq }))).toBe('UNKNOWN_DOCUMENT');
    expect(refusalCode(await post({ extensions: apq }))).toBe('UNKNOWN_DOCUMENT');
  });
});

describe(`without trusted documents on ${dialect}`, () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it('runs an ad-hoc query as before', async () => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.token(ORG, [Role.ADMIN])}` },
      body: JSON.stringify({ query: '{ vocabulary { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Answer['body']).data?.vocabulary?.length).toBeGreaterThan(0);
  });
});
