import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, DownloadAuditEvent } from '../../src/db/audit/audit.entities';
import { Role } from '../../src/auth/roles';
import { GRAPHQL_LIMITS } from '../../src/app/graphql/limits';
import { Incident } from '../../src/incidents/incident.entity';
import { IssuedDocument } from '../../src/documents/document.entities';
import { Organization } from '../../src/organizations/organization.entity';
import { NotificationPdfsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string; problems?: { argument: string; reason: string }[] } }[];
}

/**
 * Hostile input (issue 10): every string is checked once before any resolver runs, the same on both
 * databases; what used to be a 500 is a 4xx naming where and why; the GraphQL limits say which limit
 * and by how much.
 */
describe(`hostile input on ${dialect}`, () => {
  let gw: TestGateway;
  let admin: string;
  let processor: string;
  let incidentId: string;
  let notificationId: string;

  const post = async (query: string, variables: Record<string, unknown> = {}, token = admin, headers: Record<string, string> = {}) => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Body };
  };
  const rowCounts = async () => {
    const em = gw.app.orm.em.fork();
    return Promise.all([Organization, Incident, IssuedDocument, AuditEvent, DownloadAuditEvent].map((entity) => em.count(entity, {})));
  };

  const CREATE_ORGANIZATION = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id legalName } }';
  const CREATE_INCIDENT = 'mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id title description } }';
  const organization = (legalName: string, extra: Record<string, unknown> = {}) => ({
    i: { legalName, siren: '732829320', roles: ['CONTROLLER'], ...extra },
  });

  /** One BAD_USER_INPUT naming this argument path and matching the reason, without the value. */
  async function expectBadInput(
    query: string,
    variables: Record<string, unknown>,
    argument: string,
    reason: RegExp,
    value?: string,
    token = admin,
  ) {
    const { text, body } = await post(query, variables, token);
    expect(body.errors, text).toHaveLength(1);
    const error = body.errors![0]!; // one, asserted just above
    expect(error.extensions?.code, text).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argument, text).toBe(argument);
    expect(error.message, text).toMatch(reason);
    if (value) expect(text).not.toContain(JSON.stringify(value).slice(1, -1));
  }

  beforeAll(async () => {
    gw = await startGateway();
    const orgs = await withDemo(gw);
    admin = await gw.token(orgs.horizon!, [Role.ADMIN]);
    processor = await gw.token(orgs['operator-b']!, [Role.PROCESSOR_SECURITY]);
    const { data } = await gw.gql(NotificationPdfsDocument, {}, admin);
    notificationId = data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges.map((edge) => edge.node).flatMap((x) => x.notifications.edges.map((edge) => edge.node)),
    )[0]!.id;
    const incidents = (await post('{ incidents(first: 1) { edges { node { id } } } }')).body.data!.incidents as {
      edges: { node: { id: string } }[];
    };
    incidentId = incidents.edges[0]!.node.id;
  });
  afterAll(() => gw.close());

  it('1. strings: NUL, lone surrogates and control characters are BAD_USER_INPUT naming the path, nothing written', async () => {
    const before = await rowCounts();
    await expectBadInput(
      CREATE_ORGANIZATION,
      organization('Mutuelle\u0000'),
      'input.legalName',
      /^input\.legalName: contains a NUL character \(U\+0000\)$/,
    );
    await expectBadInput(CREATE_ORGANIZATION, organization('Mutuelle \ud800'), 'input.legalName', /lone surrogate \(U\+D800\)/);
    await expectBadInput(CREATE_ORGANIZATION, organization('Mutuelle \udc00 Santé'), 'input.legalName', /lone surrogate \(U\+DC00\)/);
    // A CR/LF in a name broke the PDF page header; a name is single-line.
    for (const [name, char] of [
      ['Mutuelle\r\nSanté', 'U+000D'],
      ['Mutuelle\nSanté', 'U+000A'],
      ['Mutuelle\tSanté', 'U+0009'],
      ['Mutuelle\u0085', 'U+0085'],
      ['Mutuelle\u001b[31m', 'U+001B'],
    ] as const) {
      await expectBadInput(
        CREATE_ORGANIZATION,
        organization(name),
        'input.legalName',
        new RegExp(`control character ${char.replace('+', '\\+')}; a single-line value`),
      );
    }
    await expectBadInput(
      CREATE_ORGANIZATION,
      organization('Mutuelle', { contact: { lastName: 'Martin\r\n' } }),
      'input.contact.lastName',
      /control character U\+000D/,
    );
    await expectBadInput(
      CREATE_INCIDENT,
      { i: { title: 'Fuite', description: 'ligne\u0007' } },
      'input.description',
      /control character U\+0007; only tab, line feed and carriage return/,
      undefined,
      processor,
    );
    await expectBadInput(
      CREATE_INCIDENT,
      { i: { title: 'Fuite', description: 'a\u0000b' } },
      'input.description',
      /NUL/,
      undefined,
      processor,
    );
    // In a list, in a nested input, in a plain argument.
    await expectBadInput(
      'mutation($id: ID!, $i: UpdateExposureInput!) { updateExposure(id: $id, input: $i) { id } }',
      { id: '0190a000-0000-7000-8000-000000000000', i: { exposedDataItems: ['nom', 'NIR\u0000'] } },
      'input.exposedDataItems[1]',
      /NUL/,
    );
    await expectBadInput('query($n: String) { vocabulary(name: $n) { name } }', { n: 'x\u0000' }, 'name', /NUL/);
    expect(await rowCounts()).toEqual(before);
    // Free text keeps its line breaks and tabs; a name keeps its accents and typographic quotes.
    const ok = await post(
      CREATE_INCIDENT,
      { i: { title: 'Fuite « tiers payant » — l’opérateur Œ €', description: 'ligne 1\r\nligne 2\tcolonne' } },
      processor,
    );
    expect(ok.body.errors, ok.text).toBeUndefined();
    expect(ok.body.data!.createIncident).toMatchObject({
      title: 'Fuite « tiers payant » — l’opérateur Œ €',
      description: 'ligne 1\r\nligne 2\tcolonne',
    });

    // The ingest route's query parameters follow the same rule.
    const ingest = await fetch(`${gw.baseUrl}/ingest/subjects?incident=${incidentId}&profile=operator-b-csv&fileName=list%00.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' },
      body: 'x',
    });
    expect(ingest.status).toBe(400);
    expect(await ingest.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: 'fileName: contains a NUL character (U+0000)' },
    });
  });

  it('2. characters the embedded PDF fonts cannot draw are refused, naming the field and the code point', async () => {
    const before = await rowCounts();
    for (const [text, char] of [
      ['Mutuelle 中文', 'U+4E2D'],
      ['تأمين', 'U+062A'],
      ['ביטוח', 'U+05D1'],
      ['Mutuelle 😀', 'U+1F600'],
      ['Mutuelle \u202e', 'U+202E'],
    ] as const) {
      await expectBadInput(
        CREATE_ORGANIZATION,
        organization(text),
        'input.legalName',
        new RegExp(`^input\\.legalName: character ${char.replace('+', '\\+')} cannot be printed in the CNIL filing's fonts$`),
        text,
      );
      await expectBadInput(
        CREATE_INCIDENT,
        { i: { title: 'Fuite', description: `Texte ${text}` } },
        'input.description',
        /cannot be printed in the CNIL filing's fonts/,
        undefined,
        processor,
      );
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('3. length bounds are the same on both databases: 255 for a name, 4000 for free text', async () => {
    const before = await rowCounts();
    await expectBadInput(
      CREATE_INCIDENT,
      { i: { title: 'é'.repeat(256) } },
      'input.title',
      /^input\.title: at most 255 characters, got 256$/,
      undefined,
      processor,
    );
    await expectBadInput(
      CREATE_INCIDENT,
      { i: { title: 'Fuite', description: 'x'.repeat(4001) } },
      'input.description',
      /^input\.description: at most 4000 characters, got 4001$/,
      undefined,
      processor,
    );
    await expectBadInput(CREATE_ORGANIZATION, organization('x'.repeat(300)), 'input.legalName', /at most 255 characters, got 300/);
    expect(await rowCounts()).toEqual(before);
    // At the bounds exactly: accepted on both databases (varchar(255) and text).
    const longest = await post(CREATE_INCIDENT, { i: { title: 'é'.repeat(255), description: 'x'.repeat(4000) } }, processor);
    expect(longest.body.errors, longest.text).toBeUndefined();
  });

  it('4. a malformed compressed body, a subscription, a forged cursor, a prototype path segment: 4xx, never 500', async () => {
    const before = await rowCounts();
    const compressed = async (encoding: string, body: Buffer) =>
      fetch(gw.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'content-encoding': encoding },
        body,
      });
    for (const [encoding, body] of [
      ['gzip', Buffer.from('not gzip at all')],
      ['deflate', Buffer.from([0x78, 0x9c, 0xff])],
      ['br', Buffer.from('xx')],
      ['gzip', gzipSync('{"query":"{ __typename }"}')],
    ] as const) {
      const response = await compressed(encoding, body);
      expect(response.status, encoding).toBe(415);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' }, message: 'the request body must not be compressed' }],
      });
    }

    const subscription = await post('subscription { notificationChanged { notificationId } }');
    expect(subscription.status, subscription.text).toBe(400);
    expect(subscription.body.errors![0]).toMatchObject({
      message: 'subscriptions run over WebSocket (graphql-ws) on /graphql, not over HTTP',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    for (const forged of [
      Buffer.from('cursor:not-a-uuid').toString('base64url'),
      Buffer.from("cursor:' or 1=1 --").toString('base64url'),
      'garbage',
    ]) {
      await expectBadInput(
        'query($a: String) { incidents(after: $a) { totalCount } }',
        { a: forged },
        'after',
        /^after: not a cursor returned by this API$/,
      );
    }

    for (const segment of ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf']) {
      const response = await fetch(`${gw.baseUrl}/notifications/${notificationId}/${segment}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(response.status, segment).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/json/);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('5. GraphQL limits: own codes and by how much, variables cost like literals, no "did you mean"', async () => {
    const deep = await post(
      `{ incidents { edges { node { ${Array.from({ length: 7 }, () => 'exposures { edges { node { incident {').join(' ')} id ${'} } } } '.repeat(7)} } } } }`,
    );
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]).toMatchObject({
      message: `depth 32 exceeds the limit ${GRAPHQL_LIMITS.depth}`,
      extensions: { code: 'QUERY_TOO_DEEP' },
    });

    const aliases = await post(`{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors![0]).toMatchObject({
      message: `aliases 101 exceeds the limit ${GRAPHQL_LIMITS.aliases}`,
      extensions: { code: 'TOO_MANY_ALIASES' },
    });

    const directives = await post(`{ __typename ${'@aa'.repeat(10)} }`);
    expect(directives.status).toBe(400);
    expect(directives.body.errors![0]).toMatchObject({
      message: `directives 10 exceeds the limit ${GRAPHQL_LIMITS.directives}`,
      extensions: { code: 'TOO_MANY_DIRECTIVES' },
    });

    const tokens = await post(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.tokens + 200)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors![0]).toMatchObject({
      message: `tokens ${GRAPHQL_LIMITS.tokens + 202} exceeds the limit ${GRAPHQL_LIMITS.tokens}`,
      extensions: { code: 'TOO_MANY_TOKENS' },
    });
    for (const response of [deep, aliases, directives, tokens]) expect(response.text).not.toMatch(/Syntax Error/);

    // The same pages written as literals or as variables cost the same: eight aliased pages of 500.
    const page =
      'edges { node { title natures startAt sourceOrganization { legalName siren } exposures { edges { node { controller { legalName } awareAt dataCategories approxPersons subjectCounts { persons records minors } } } } subjectCounts { persons records minors duplicateReferences parts { partId persons } } } }';
    const copies = (first: string) => [1, 2, 3, 4, 5].map((i) => `copy${i}: incidents(first: ${first}) { ${page} }`).join(' ');
    const literal = await post(`{ ${copies('500')} }`);
    const variable = await post(`query($n: Int) { ${copies('$n')} }`, { n: 500 });
    expect(literal.status).toBe(400);
    expect(literal.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(literal.body.errors![0]!.message).toMatch(new RegExp(`^cost \\d+ exceeds the limit ${GRAPHQL_LIMITS.cost}$`));
    expect(variable.status).toBe(400);
    expect(variable.body.errors![0]!.message).toBe(literal.body.errors![0]!.message);
    // An everyday 50-incident subjectCounts page passes, written either way.
    for (const response of [
      await post(`{ incidents(first: 50) { ${page} } }`),
      await post(`query($n: Int) { incidents(first: $n) { ${page} } }`, { n: 50 }),
    ]) {
      expect(response.body.errors, response.text).toBeUndefined();
    }

    // A mistyped enum value in variables (coercion, not validation) names no other value.
    const typo = await post(CREATE_ORGANIZATION, { i: { legalName: 'X', siren: '732829320', roles: ['CONTROLER'] } });
    expect(typo.status).toBe(400);
    expect(typo.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(typo.text).not.toMatch(/did you mean/i);
    expect(typo.text).not.toMatch(/"CONTROLLER"/);
    const field = await post(CREATE_ORGANIZATION, { i: { legalNme: 'X', siren: '732829320', roles: ['CONTROLLER'] } });
    expect(field.status).toBe(400);
    expect(field.text).not.toMatch(/did you mean/i);
  });
});
