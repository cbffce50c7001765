import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ERROR_CODES } from './errors';

/**
 * Codes that describe the client's mistake: ours (services and context), and those Apollo Server
 * assigns to a request it rejects. Their messages are written for the client and pass through.
 */
const CLIENT_ERROR_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The one place errors leave the gateway. Client errors keep their code, message and details; a
 * concurrency refusal from the database becomes CONFLICT; anything else is logged and masked,
 * because its message may carry SQL, paths or personal data. No stack trace ever leaves.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { message, locations, path } = formatted;
    if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
      return { message: 'The data was changed by someone else; reload it and try again', locations, path, extensions: { code: 'CONFLICT' } };
    }
    const { code, stacktrace: _stacktrace, http: _http, ...details } = formatted.extensions ?? {};
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      return { message, locations, path, extensions: { ...details, code } };
    }
    logger.error({ err: original, path }, 'unexpected error while executing an operation');
    return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
