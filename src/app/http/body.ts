import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';
import { sendRefusal } from '../../lib/http-errors';

/**
 * The largest GraphQL request body: the biggest real mutation (an organisation with its contacts,
 * or a notification's texts) is a few kilobytes, and the token limit bounds the document anyway.
 */
export const GRAPHQL_BODY_LIMIT = '100kb';

class InvalidUtf8Error extends Error {
  readonly status = 400;
  readonly type = 'entity.invalid.utf8';
}

/**
 * JSON bodies only, valid UTF-8 only: body-parser would otherwise decode bad bytes to U+FFFD and
 * store text nobody sent. Anything else (a form post, text/plain) is refused as 415, which is also
 * what keeps a browser's cross-site "simple" POST away from the API. A compressed body
 * (Content-Encoding gzip, deflate, br) is refused as 415 too: a GraphQL request is a few kilobytes,
 * and inflating one only added a decompressor to attack (a malformed stream was a 500).
 */
export function graphqlBody(): RequestHandler[] {
  return [
    (req, res, next) => {
      if (req.method === 'POST' && !req.is('application/json')) {
        sendRefusal(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST /graphql takes an application/json body');
        return;
      }
      next();
    },
    express.json({
      limit: GRAPHQL_BODY_LIMIT,
      inflate: false,
      verify: (_req, _res, buffer) => {
        if (!isUtf8(buffer)) throw new InvalidUtf8Error('the request body is not valid UTF-8');
      },
    }),
    // body-parser passes over a request already finished (its client closed the connection before
    // the body was read) without setting req.body, and Apollo then answers 500: it is an aborted
    // request, answered and logged as one.
    (req, res, next) => {
      if (!('body' in req)) {
        sendRefusal(req, res, 400, 'BAD_REQUEST', BODY_ERRORS['request.aborted']!.message);
        return;
      }
      next();
    },
  ];
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `the request body is larger than ${GRAPHQL_BODY_LIMIT}` },
  'entity.invalid.utf8': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid UTF-8' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the request body must not be compressed' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the request body must be UTF-8' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'the request was aborted' },
};

/** Why body-parser refused a body, in words for the client; undefined for any other error. */
export function bodyRefusal(error: unknown): { status: number; code: string; message: string } | undefined {
  return BODY_ERRORS[(error as { type?: string } | undefined)?.type ?? ''];
}
