import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { GraphQLError, parse } from 'graphql';
import type { GatewayContext } from './context';
import { GRAPHQL_LIMITS } from './limits';

export const TRUSTED_DOCUMENT_ERROR_CODES = ['PERSISTED_QUERY_NOT_ALLOWED', 'UNKNOWN_DOCUMENT'] as const;

type TrustedDocumentErrorCode = (typeof TRUSTED_DOCUMENT_ERROR_CODES)[number];

/** Thrown before Apollo resolves the source: Apollo answers it with its `http` status, 400. */
function refusal(code: TrustedDocumentErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;

function sha256Id(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * The client preset hashes its own normalised print of each document; a client that prints the same
 * operation otherwise (graphql-js `print`, other spacing or field order) sends text with another hash.
 * Normalising it the same way finds the trusted document it is; text that does not parse is no document.
 */
function normalisedId(query: string): string | undefined {
  try {
    return sha256Id(printExecutableGraphQLDocument(parse(query, { maxTokens: GRAPHQL_LIMITS.tokens })));
  } catch {
    return undefined;
  }
}

/**
 * The document a request names: `documentId` (GraphQL over HTTP, appendix "Persisted Documents",
 * in the body or, for GET, the query string) or Apollo's `extensions.persistedQuery.sha256Hash`, which
 * carries the bare hex digest. Undefined when the request names none; a refusal when the id is no string.
 */
function requestedId(request: GraphQLRequest): string | GraphQLError | undefined {
  const body = request.http?.body as Record<string, unknown> | undefined;
  const documentId =
    request.http?.method === 'GET' ? (new URLSearchParams(request.http.search).get('documentId') ?? undefined) : body?.documentId;
  return namedId(documentId, request.extensions);
}

/** The id named by a `documentId` or by `extensions.persistedQuery.sha256Hash` (HTTP body, graphql-ws subscribe payload). */
export function namedId(documentId: unknown, extensions: Record<string, unknown> | undefined): string | GraphQLError | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (documentId !== undefined && documentId !== null) {
    if (typeof documentId !== 'string') return refusal('UNKNOWN_DOCUMENT', 'documentId must be a string "sha256:<hex>"');
    return documentId.startsWith('sha256:') ? documentId : `sha256:${documentId}`;
  }
  if (persisted !== undefined && persisted !== null) {
    if (typeof persisted.sha256Hash !== 'string')
      return refusal('UNKNOWN_DOCUMENT', 'extensions.persistedQuery.sha256Hash must be the hex sha256 of a trusted document');
    return `sha256:${persisted.sha256Hash}`;
  }
  return undefined;
}

/**
 * What runs in place of a refused request: Apollo answers an error thrown by `requestDidStart` with a
 * 500, but one thrown by `didResolveOperation` with its own code and HTTP status. The refused text is
 * never parsed nor validated (validation errors would describe the schema); this constant stands in.
 */
const REFUSED_PLACEHOLDER = '{ __typename }';

/** The manifest document a request may run, or the refusal it gets. */
function resolve(documents: ReadonlyMap<string, string>, request: GraphQLRequest): string | GraphQLError {
  return trustedDocument(documents, request.query, requestedId(request));
}

/** The manifest document a query text or a named id stands for, or the refusal; for HTTP requests and subscriptions alike. */
export function trustedDocument(
  documents: ReadonlyMap<string, string>,
  text: string | undefined,
  id: string | GraphQLError | undefined,
): string | GraphQLError {
  if (id instanceof GraphQLError) return id;
  const query = text === '' ? undefined : text;
  if (id !== undefined) {
    // Only an id of the right shape is quoted back: the client's text is not echoed.
    if (!DOCUMENT_ID.test(id)) return refusal('UNKNOWN_DOCUMENT', 'a document id is "sha256:" followed by 64 lowercase hex digits');
    const trusted = documents.get(id);
    if (trusted === undefined)
      return refusal('UNKNOWN_DOCUMENT', `document ${id} is not one of this gateway's trusted documents (regenerate your client)`);
    if (query !== undefined && query !== trusted && normalisedId(query) !== id)
      return refusal('PERSISTED_QUERY_NOT_ALLOWED', `the query sent is not the document ${id}`);
    return trusted;
  }
  if (query === undefined) return refusal('PERSISTED_QUERY_NOT_ALLOWED', 'this gateway runs only its trusted documents: send a documentId');
  return (
    documents.get(sha256Id(query)) ??
    documents.get(normalisedId(query) ?? '') ??
    refusal(
      'PERSISTED_QUERY_NOT_ALLOWED',
      "this gateway runs only its trusted documents, and this query is not one of them: send a documentId from the client's manifest",
    )
  );
}

/**
 * Trusted documents: only the operations of the manifest generated with the clients run. A request
 * names one by id, or sends its full text, which must hash (as sent or normalised) to a manifest
 * entry; anything else is refused with 400. The manifest's own text is what runs, so nothing but a
 * trusted document reaches the parser. Apollo's automatic persisted queries are off in this mode
 * (hardening.ts): they would let a client register a document of its own; the plugin takes
 * `extensions.persistedQuery` out of the request once it has resolved it from the manifest.
 */
export function trustedDocumentsPlugin(documents: ReadonlyMap<string, string>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const resolved = resolve(documents, request);
      if (request.extensions?.persistedQuery !== undefined) {
        const { persistedQuery: _resolved, ...extensions } = request.extensions;
        request.extensions = extensions;
      }
      if (typeof resolved === 'string') {
        request.query = resolved;
        return;
      }
      request.query = REFUSED_PLACEHOLDER;
      request.operationName = undefined;
      return {
        async didResolveOperation() {
          throw resolved;
        },
      };
    },
  };
}
