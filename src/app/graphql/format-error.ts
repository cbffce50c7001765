import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ERROR_CODES } from '../../lib/errors';
import { currentRequestScope } from '../../lib/request-scope';
import { LIMIT_ERROR_CODES, limitRefusal, tokenRefusal } from './limits';
import { SUBSCRIPTION_ERROR_CODES } from './subscriptions';
import { TRUSTED_DOCUMENT_ERROR_CODES } from './trusted-documents';

/**
 * Codes that describe the client's mistake: ours (services and context), and those Apollo Server
 * assigns to a request it rejects. Their messages are written for the client and pass through.
 */
const CLIENT_ERROR_CODES = new Set<string>([
  ...ERROR_CODES,
  ...LIMIT_ERROR_CODES,
  ...TRUSTED_DOCUMENT_ERROR_CODES,
  ...SUBSCRIPTION_ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * graphql-js appends "Did you mean …?" to some messages even when validation hides suggestions (a
 * mistyped enum value in variables, among others): it names schema members the client did not ask
 * about, so outside development it is removed from every message, whatever the phase.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * The one place errors leave the gateway. Client errors keep their code, message and details; a
 * concurrency refusal from the database becomes CONFLICT; anything else is logged and masked,
 * because its message may carry SQL, paths or personal data. No stack trace ever leaves.
 */
export function createErrorFormatter(logger: Logger, options: { suggestions: boolean } = { suggestions: false }) {
  const clientMessage = options.suggestions ? (message: string) => message : withoutSuggestions;
  const format = (formatted: GraphQLFormattedError, error: unknown, requestId: string | undefined): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { message, locations, path } = formatted;
    if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
      return {
        message: 'The data was changed by someone else; reload it and try again',
        locations,
        path,
        extensions: { code: 'CONFLICT' },
      };
    }
    const { code, stacktrace: _stacktrace, http: _http, ...details } = formatted.extensions ?? {};
    // A limit is refused by the parser (tokens) or by validation (depth, aliases, directives), whose
    // errors Apollo files under its own codes; each is answered as the limit it is.
    const limit =
      limitRefusal(error) ?? (code === 'GRAPHQL_PARSE_FAILED' && error instanceof GraphQLError ? tokenRefusal(error) : undefined);
    if (limit) {
      const { http: _status, ...extensions } = limit.extensions;
      return { message: limit.message, locations, extensions };
    }
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      return { message: clientMessage(message), locations, path, extensions: { ...details, code } };
    }
    logger.error({ err: original, path, requestId }, 'unexpected error while executing an operation');
    return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
  // Every error names its request: the id the user quotes is the one on the access log line (and on
  // the error's own log line above). None over WebSocket: a subscription outlives any one request.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestScope()?.requestId;
    const answer = format(formatted, error, requestId);
    return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
  };
}
