import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/tokens';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { InputProblems } from '../lib/errors';
import { sendError, sendRefusal } from '../lib/http-errors';
import { textProblem } from '../lib/text-rules';
import { isUuid } from '../lib/uuid';
import { OnError } from './ingest-batch.entity';
import { type IngestRequest, IngestService } from './ingest.service';
import { BUILT_IN_PROFILES } from './profiles';
import { UploadCap } from './upload-cap';

/**
 * The query parameters, each given once, checked before anything is read or queried: an id that
 * is not a UUID or a name too long for its column would otherwise be a database error (a 500).
 */
function ingestParams(
  query: Request['query'],
): Pick<IngestRequest, 'incidentId' | 'sourceOrganizationId' | 'profile' | 'fileName' | 'onError'> {
  const problems = new InputProblems();
  const { incident, source, profile, onError = 'reject', fileName = 'upload' } = query;
  problems.check(isUuid(incident), 'incident', 'the incident id is required, once, as a UUID');
  problems.check(source === undefined || isUuid(source), 'source', "the source organisation's id, once, as a UUID");
  // Own keys only: `constructor` or `toString` would otherwise name a function of Object's prototype.
  const builtIn = typeof profile === 'string' && Object.hasOwn(BUILT_IN_PROFILES, profile) ? BUILT_IN_PROFILES[profile] : undefined;
  problems.check(builtIn !== undefined, 'profile', `one of ${Object.keys(BUILT_IN_PROFILES).join(', ')}`);
  const mode = typeof onError === 'string' ? onError.toUpperCase() : '';
  problems.check(mode in OnError, 'onError', 'reject or quarantine');
  // The rule of a GraphQL key: no NUL, control character or lone surrogate, at most 255 characters.
  const fileNameProblem = typeof fileName === 'string' ? textProblem(fileName, 'key') : 'given once';
  if (fileNameProblem) problems.add('fileName', fileNameProblem);
  problems.throwIfAny();
  return {
    incidentId: incident as string,
    sourceOrganizationId: source as string | undefined,
    profile: builtIn!,
    fileName: fileName as string,
    onError: mode as OnError,
  };
}

/**
 * `POST /ingest/subjects?incident=ID&profile=NAME[&onError=quarantine][&source=ORG][&fileName=…]`:
 * the request body is the file, streamed straight into the ingest; it is never buffered whole.
 * Only built-in profiles here: a profile file is read from the server's disk, which a remote caller
 * must not choose. The body may hold at most INGEST_MAX_BYTES (413 beyond).
 */
export function ingestRouter(deps: {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  authenticate: Authenticate;
  /** Aborted when a shutdown's grace period ends: an upload still arriving is answered 503 and its batch rejected. */
  stopping?: AbortSignal;
}): Router {
  const router = Router();
  router.post('/subjects', async (req: Request, res: Response) => {
    const cap = new UploadCap(deps.config.ingest.maxBytes);
    const refuse = (error: unknown) => {
      // Whatever is left of the body is not ours to read any more: it is discarded until the
      // answer is sent, then the connection is closed rather than reading on (a client may send
      // gigabytes, or never stop).
      if (!req.complete) res.setHeader('connection', 'close');
      req.resume();
      if (cap.exceeded) sendRefusal(req, res, 413, 'PAYLOAD_TOO_LARGE', cap.reason);
      else if (cap.interrupted)
        sendRefusal(
          req,
          res,
          503,
          'SHUTTING_DOWN',
          'the server is stopping and could not read the whole upload; nothing was counted: send it again',
        );
      else sendError(res, error, deps.logger);
    };
    // Too large as declared: refused before a byte is read, whoever asks.
    if (cap.declaredOver(req.headers['content-length'])) return refuse(undefined);
    // The body is read as the file itself: a compressed one would be counted as garbage rows.
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      if (!req.complete) res.setHeader('connection', 'close');
      req.resume();
      return sendRefusal(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'the list must be sent uncompressed (no Content-Encoding)');
    }
    try {
      const viewer = await deps.authenticate(req.headers.authorization);
      const params = ingestParams(req.query);
      const service = new IngestService({ em: deps.orm.em.fork(), viewer, clock: deps.clock }, deps.config);
      const batch = await service.ingest({
        ...params,
        input: cap.read(req, params.fileName, deps.stopping),
        totalBytes: Number(req.headers['content-length']) || undefined,
      });
      const { id, status, fileName, sha256, rowsRead, rowsAccepted, rowsRejected, errorSummary } = batch;
      res
        .status(200)
        .json({ batch: { id, status, fileName, sha256, rowsRead, rowsAccepted, rowsRejected, errorSummary: errorSummary ?? null } });
    } catch (error) {
      refuse(error);
    }
  });
  return router;
}
