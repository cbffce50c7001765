import express, { type Request, type Response, Router } from 'express';
import { Capability } from '../auth/permissions';
import { BadUserInputError, ForbiddenError } from '../lib/errors';
import { refuseHead } from '../lib/head-refused';
import { sendError, sendRefusal } from '../lib/http-errors';
import { RECAPITULATIF_MAX_BYTES } from './recapitulatif.service';
import type { DocumentRouteDeps } from './route-deps';
import { verdictInFrench, verifyPdf } from './verification';
import { PdfReadError } from './verify';

/**
 * The largest PDF checked: the cap of the other PDF upload (the récapitulatif). The gateway's own
 * documents are a few hundred kilobytes; a bigger file is refused before it is read whole.
 */
export const VERIFY_MAX_BYTES = RECAPITULATIF_MAX_BYTES;

/** Every PDF starts with this header (ISO 32000-1, 7.5.2). */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** body-parser's refusal of the body, told apart from the check's errors. */
class BodyError extends Error {
  constructor(cause: unknown) {
    super('the request body was refused', { cause });
  }
}

/**
 * `POST /documents/verify`: the check `breach-gateway verify` runs (verification.ts), on a PDF sent
 * as the raw `application/pdf` body, among the caller's notifications. Answers 200 with the verdict
 * (VERIFIED or REFUSED, its reasons, a French sentence): a refused document is a result, not an
 * error. Who may: DOWNLOAD_DOCUMENTS, the capability of whoever receives these PDFs, since the
 * answer says what the gateway issued and kept for the viewer's notifications. Like the récapitulatif
 * upload, the bearer token and a non-simple content type keep a cross-site form from posting here.
 */
export function verifyRouter(deps: DocumentRouteDeps): Router {
  const router = Router();
  const readPdf = express.raw({ type: 'application/pdf', limit: VERIFY_MAX_BYTES, inflate: false });
  router.head('/documents/verify', refuseHead);
  router.post('/documents/verify', (req: Request, res: Response) => void verify(req, res));
  const verify = async (req: Request, res: Response): Promise<void> => {
    try {
      // Who asks, before reading up to VERIFY_MAX_BYTES of their body.
      const viewer = await deps.authenticate(req.headers.authorization);
      if (!viewer.can(Capability.DOWNLOAD_DOCUMENTS)) throw new ForbiddenError('verify the documents of notifications');
      if (!req.is('application/pdf')) {
        sendRefusal(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'the PDF to verify is sent as an application/pdf body');
        return;
      }
      const body = await new Promise<unknown>((resolve, reject) =>
        readPdf(req, res, (error?: unknown) => (error ? reject(new BodyError(error)) : resolve(req.body))),
      );
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      if (bytes.length < PDF_MAGIC.length || !bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
        throw new BadUserInputError([{ argument: 'body', reason: 'not a PDF: a PDF starts with %PDF-, this file does not' }]);
      const verification = await verifyPdf(deps.orm.em.fork(), viewer, bytes, 'body').catch((error: unknown) => {
        if (error instanceof PdfReadError) throw new BadUserInputError([{ argument: 'body', reason: error.message }]);
        throw error;
      });
      res.setHeader('cache-control', 'no-store');
      res.json({
        ...verdictInFrench(verification),
        pdfSha256: verification.pdfSha256,
        document: verification.notification && {
          kind: verification.kind,
          notificationId: verification.notification.id,
          number: verification.notification.number,
          status: verification.notification.status,
        },
      });
    } catch (error) {
      if (!(error instanceof BodyError)) return sendError(res, error, deps.logger);
      const tooLarge = (error.cause as { type?: string }).type === 'entity.too.large';
      sendRefusal(
        req,
        res,
        tooLarge ? 413 : 400,
        tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
        tooLarge ? `the PDF to verify is larger than ${VERIFY_MAX_BYTES} bytes` : 'the request body could not be read',
      );
    }
  };
  return router;
}
