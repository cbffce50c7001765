import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { BadUserInputError } from '../lib/errors';
import { sendError } from '../lib/http-errors';
import { refuseHead } from '../lib/head-refused';
import { isUuid } from '../lib/uuid';
import type { DocumentRenderer } from '../pdf/renderer';
import { LETTER_VARIANTS, type LetterVariant } from '../content/letter-content';
import { DocumentService, type DocumentKind, type LetterFileKind } from './document.service';

/**
 * The file names served, as a Map: an object literal would also answer `constructor`, `__proto__`
 * or `hasOwnProperty` from Object's prototype, serving a PDF under them and recording junk.
 */
const ROUTES: ReadonlyMap<string, DocumentKind | LetterFileKind> = new Map<string, DocumentKind | LetterFileKind>([
  ['filing.pdf', 'FILING'],
  ['letter.pdf', 'LETTER'],
  ['letter.docx', 'LETTER_DOCX'],
  ['letter-recipients.csv', 'LETTER_CSV'],
]);
const FILES = [...ROUTES.keys()].map((file) => `/notifications/:id/${file}`);

/** `?variant=` picks the addressee of the letter (PDF, DOCX); absent, the member's letter. */
function variantOf(req: Request): LetterVariant {
  const raw = req.query.variant;
  if (raw === undefined) return 'MEMBER';
  const variant = LETTER_VARIANTS.find((v) => v === raw);
  if (!variant) throw new BadUserInputError([{ argument: 'variant', reason: `one of ${LETTER_VARIANTS.join(', ')}` }]);
  return variant;
}

/**
 * `GET /notifications/:id/filing.pdf`, `/letter.pdf` (`?variant=`), `/letter.docx` and
 * `/letter-recipients.csv`: the same viewer scope as GraphQL, the
 * content's sha256 as a strong ETag (a filed notification's is the one recorded at filing), and a
 * file name legal teams can archive as it is. Each download is recorded in the audit trail.
 */
export function documentRouter(deps: {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  authenticate: Authenticate;
  renderer: (viewer: Viewer) => DocumentRenderer;
}): Router {
  const router = Router();
  router.head(FILES, refuseHead);
  router.get('/notifications/:id/:file', async (req: Request, res: Response, next) => {
    const kind = ROUTES.get(String(req.params.file));
    if (!kind) return next();
    try {
      const viewer = await deps.authenticate(req.headers.authorization);
      // Checked here, not left to the database: PostgreSQL refuses a malformed uuid with an error.
      if (!isUuid(req.params.id))
        throw new BadUserInputError([{ argument: 'id', reason: 'the notification id in the path must be a UUID' }]);
      const service = new DocumentService({ em: deps.orm.em.fork(), viewer, clock: deps.clock, renderer: deps.renderer(viewer) });
      const variant = variantOf(req);
      const match = /^"([0-9a-f]{64})"$/.exec(String(req.headers['if-none-match'] ?? ''));
      if (kind === 'LETTER_DOCX' || kind === 'LETTER_CSV') {
        const { contentSha256, file } = await service.issueLetterFile(String(req.params.id), kind, match?.[1], variant);
        res.setHeader('etag', `"${contentSha256}"`);
        res.setHeader('cache-control', 'private, no-cache');
        if (!file) {
          res.status(304).end();
          return;
        }
        res.setHeader('content-type', file.contentType);
        res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
        res.setHeader('x-file-sha256', file.sha256);
        res.send(file.bytes);
        return;
      }
      const { contentSha256, pdf: issued } = await service.issue(String(req.params.id), kind, match?.[1], variant);
      res.setHeader('etag', `"${contentSha256}"`);
      res.setHeader('cache-control', 'private, no-cache');
      // The content decides the bytes: an unchanged content needs no new download (nor record).
      if (!issued) {
        res.status(304).end();
        return;
      }
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `attachment; filename="${issued.fileName}"`);
      res.setHeader('x-pdf-sha256', issued.sha256);
      res.setHeader('x-page-count', String(issued.pageCount));
      res.send(issued.bytes);
    } catch (error) {
      sendError(res, error, deps.logger);
    }
  });
  return router;
}
