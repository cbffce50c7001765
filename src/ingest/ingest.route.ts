import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import { viewerFromAuthorization } from '../auth/tokens';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { BadUserInputError } from '../graphql/errors';
import { sendError, sendRefusal } from '../http/errors';
import { OnError } from './ingest-batch.entity';
import { IngestService } from './ingest.service';
import { BUILT_IN_PROFILES } from './profiles';
import { UploadCap } from './upload-cap';

/**
 * `POST /ingest/subjects?incident=ID&profile=NAME[&onError=quarantine][&source=ORG][&fileName=…]`:
 * the request body is the file, streamed straight into the ingest; it is never buffered whole.
 * Only built-in profiles here: a profile file is read from the server's disk, which a remote caller
 * must not choose. The body may hold at most INGEST_MAX_BYTES (413 beyond).
 */
export function ingestRouter(deps: { config: Config; orm: MikroORM; clock: Clock; logger: Logger }): Router {
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
      else sendError(res, error, deps.logger);
    };
    // Too large as declared: refused before a byte is read, whoever asks.
    if (cap.declaredOver(req.headers['content-length'])) return refuse(undefined);
    try {
      const viewer = await viewerFromAuthorization(deps.config.jwt, req.headers.authorization);
      const query = req.query as Record<string, string | undefined>;
      const problems = [];
      if (!query.incident) problems.push({ argument: 'incident', reason: 'the incident id is required' });
      const profile = query.profile ? BUILT_IN_PROFILES[query.profile] : undefined;
      if (!profile) problems.push({ argument: 'profile', reason: `one of ${Object.keys(BUILT_IN_PROFILES).join(', ')}` });
      const onError = (query.onError ?? 'reject').toUpperCase();
      if (!(onError in OnError)) problems.push({ argument: 'onError', reason: 'reject or quarantine' });
      if (problems.length) throw new BadUserInputError(problems);
      const service = new IngestService({ em: deps.orm.em.fork(), viewer, clock: deps.clock }, deps.config);
      const file = query.fileName ?? 'upload';
      const batch = await service.ingest({
        incidentId: query.incident!,
        sourceOrganizationId: query.source,
        profile: profile!,
        fileName: file,
        input: cap.read(req, file),
        totalBytes: Number(req.headers['content-length']) || undefined,
        onError: onError as OnError,
      });
      const { id, status, fileName, sha256, rowsRead, rowsAccepted, rowsRejected, errorSummary } = batch;
      res.status(200).json({ batch: { id, status, fileName, sha256, rowsRead, rowsAccepted, rowsRejected, errorSummary: errorSummary ?? null } });
    } catch (error) {
      refuse(error);
    }
  });
  return router;
}
