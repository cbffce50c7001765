import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from './errors';

/** Codes Apollo Server itself assigns to a request it rejects: they describe the client's mistake. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The one place errors leave the gateway. Domain errors and request errors keep their code and
 * message; a concurrency refusal from the database becomes CONFLICT; anything else is logged and
 * masked, because its message may carry SQL, paths or personal data.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { message, locations, path } = formatted;
    if (original instanceof DomainError) {
      return { message, locations, path, extensions: original.extensions };
    }
    if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
      return { message: 'The data was changed by someone else; reload it and try again', locations, path, extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { message, locations, path, extensions: { code } };
    }
    logger.error({ err: original, path }, 'unexpected error while executing an operation');
    return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
