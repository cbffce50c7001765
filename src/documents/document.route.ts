import express, { type Request, type Response, Router } from 'express';
import { BadUserInputError } from '../lib/errors';
import { sendError } from '../lib/http-errors';
import { refuseHead } from '../lib/head-refused';
import { isUuid } from '../lib/uuid';
import { LETTER_VARIANTS, type LetterVariant } from '../content/letter-content';
import { DocumentService, type DocumentKind, type LetterFileKind } from './document.service';
import { RECAPITULATIF_MAX_BYTES, RecapitulatifService } from './recapitulatif.service';
import { sendRefusal } from '../lib/http-errors';
import type { DocumentRouteDeps } from './route-deps';
import { downloadViewer } from './download-link';

/** body-parser's refusal of a récapitulatif body, told apart from the service's errors. */
class BodyError extends Error {
  constructor(cause: unknown) {
    super('the request body was refused', { cause });
  }
}

/**
 * The file names served, as a Map: an object literal would also answer `constructor`, `__proto__`
 * or `hasOwnProperty` from Object's prototype, serving a PDF under them and recording junk.
 */
const ROUTES: ReadonlyMap<string, DocumentKind | LetterFileKind> = new Map<string, DocumentKind | LetterFileKind>([
  ['filing.pdf', 'FILING'],
  ['letter.pdf', 'LETTER'],
  ['dossier-interne.pdf', 'DOSSIER'],
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
 * `GET /notifications/:id/filing.pdf`, `/letter.pdf` (`?variant=`), `/letter.docx`,
 * `/letter-recipients.csv` and `/dossier-interne.pdf`: the same viewer scope as GraphQL, the
 * content's sha256 as a strong ETag (a filed notification's is the one recorded at filing), and a
 * file name legal teams can archive as it is. Each download is recorded in the audit trail. The
 * viewer is the Authorization header's or that of a signed link the API handed out (download-link.ts).
 */
export function documentRouter(deps: DocumentRouteDeps): Router {
  const router = Router();
  router.head(FILES, refuseHead);
  const readPdf = express.raw({ type: 'application/pdf', limit: RECAPITULATIF_MAX_BYTES, inflate: false });
  const uuidParam = (req: Request): string => {
    // Checked here, not left to the database: PostgreSQL refuses a malformed uuid with an error.
    if (!isUuid(req.params.id)) throw new BadUserInputError([{ argument: 'id', reason: 'the notification id in the path must be a UUID' }]);
    return String(req.params.id);
  };

  // The récapitulatif's date rides in the query (the body is the PDF): ?recapitulatifAt=ISO 8601.
  const dateParam = (value: unknown): Date | null => {
    if (value === undefined) return null;
    const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new BadUserInputError([{ argument: 'recapitulatifAt', reason: 'the récapitulatif’s date is an ISO 8601 date and time' }]);
    return date;
  };

  // The CNIL's récapitulatif of a filed notification: attached as raw application/pdf, kept as sent.
  router.head('/notifications/:id/recapitulatif.pdf', refuseHead);
  router.post('/notifications/:id/recapitulatif.pdf', (req: Request, res: Response) => void attach(req, res));
  const attach = async (req: Request, res: Response): Promise<void> => {
    if (!req.is('application/pdf')) {
      sendRefusal(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'the récapitulatif is sent as an application/pdf body');
      return;
    }
    try {
      // Who asks, before reading up to RECAPITULATIF_MAX_BYTES of their body.
      const viewer = await deps.authenticate(req.headers.authorization);
      const id = uuidParam(req);
      const bytes = await new Promise<unknown>((resolve, reject) =>
        readPdf(req, res, (error?: unknown) => (error ? reject(new BodyError(error)) : resolve(req.body))),
      );
      const recapitulatifAt = dateParam(req.query.recapitulatifAt);
      const recapitulatif = await new RecapitulatifService({
        em: deps.orm.em.fork(),
        viewer,
        clock: deps.clock,
        renderer: deps.renderer(viewer),
      }).attach(id, Buffer.isBuffer(bytes) ? bytes : Buffer.alloc(0), recapitulatifAt);
      res.status(201).json({
        sha256: recapitulatif.sha256,
        byteSize: recapitulatif.byteSize,
        uploadedAt: recapitulatif.uploadedAt.toISOString(),
        uploadedBy: recapitulatif.uploadedBy,
        url: `/notifications/${id}/recapitulatif.pdf`,
      });
    } catch (error) {
      if (!(error instanceof BodyError)) return sendError(res, error, deps.logger);
      const tooLarge = (error.cause as { type?: string }).type === 'entity.too.large';
      sendRefusal(
        req,
        res,
        tooLarge ? 413 : 400,
        tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
        tooLarge ? `the récapitulatif is larger than ${RECAPITULATIF_MAX_BYTES} bytes` : 'the request body could not be read',
      );
    }
  };
  router.get('/notifications/:id/recapitulatif.pdf', async (req: Request, res: Response) => {
    try {
      const viewer = await downloadViewer(deps, req, res);
      const id = uuidParam(req);
      const { notification, recapitulatif } = await new RecapitulatifService({
        em: deps.orm.em.fork(),
        viewer,
        clock: deps.clock,
      }).download(id);
      res.setHeader('etag', `"${recapitulatif.sha256}"`);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `attachment; filename="RECAPITULATIF-CNIL-${notification.number}.pdf"`);
      res.setHeader('x-pdf-sha256', recapitulatif.sha256);
      res.send(recapitulatif.pdf);
    } catch (error) {
      sendError(res, error, deps.logger);
    }
  });

  router.get('/notifications/:id/:file', async (req: Request, res: Response, next) => {
    const kind = ROUTES.get(String(req.params.file));
    if (!kind) return next();
    try {
      const viewer = await downloadViewer(deps, req, res);
      // Checked here, not left to the database: PostgreSQL refuses a malformed uuid with an error.
      if (!isUuid(req.params.id))
        throw new BadUserInputError([{ argument: 'id', reason: 'the notification id in the path must be a UUID' }]);
      const service = new DocumentService({
        em: deps.orm.em.fork(),
        viewer,
        clock: deps.clock,
        regimes: deps.config.regimes,
        renderer: deps.renderer(viewer),
      });
      const variant = variantOf(req);
      const match = /^"([0-9a-f]{64})"$/.exec(String(req.headers['if-none-match'] ?? ''));
      if (kind === 'LETTER_DOCX' || kind === 'LETTER_CSV') {
        const { contentSha256, file } = await service.issueLetterFile(String(req.params.id), kind, match?.[1], variant);
        res.setHeader('etag', `"${contentSha256}"`);
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
