import { type Request, type Response, Router } from 'express';
import { sendError } from '../lib/http-errors';
import { refuseHead } from '../lib/head-refused';
import type { DocumentRenderer } from '../pdf/renderer';
import { type RegisterFile, RegisterExportService } from './register-export.service';
import type { DocumentRouteDeps } from '../documents/route-deps';
import { downloadViewer } from '../documents/download-link';

const FILES: Record<
  string,
  { type: string; name: string; make: (service: RegisterExportService, renderer: DocumentRenderer) => Promise<RegisterFile> }
> = {
  '/register.csv': { type: 'text/csv; charset=utf-8', name: 'registre-violations.csv', make: (s) => s.exportCsv() },
  '/register-cnil-open-data.csv': {
    type: 'text/csv; charset=utf-8',
    name: 'registre-violations-donnees-ouvertes-cnil.csv',
    make: (s) => s.exportOpenData(),
  },
  '/register.pdf': { type: 'application/pdf', name: 'registre-violations.pdf', make: (s, renderer) => s.exportPdf(renderer) },
};

/**
 * `GET /register.csv` (the full register), `/register-cnil-open-data.csv` (its filings in the CNIL's
 * open-data schema) and `/register.pdf` (the dated audit document): the viewer's register, as the
 * GraphQL `register` query gives it. Each download is recorded (who, which bytes) before the bytes
 * are sent, and the response carries their sha256 so the recipient can match their copy to the record.
 * The viewer is the Authorization header's or that of a signed link (`registerDownloads`).
 */
export function registerRouter(deps: DocumentRouteDeps): Router {
  const router = Router();
  for (const [path, file] of Object.entries(FILES)) {
    router.head(path, refuseHead);
    router.get(path, async (req: Request, res: Response) => {
      try {
        const viewer = await downloadViewer(deps, req, res);
        const service = new RegisterExportService({ em: deps.orm.em.fork(), viewer, clock: deps.clock, regimes: deps.config.regimes });
        const made = await file.make(service, deps.renderer(viewer));
        res.setHeader('content-type', file.type);
        res.setHeader('content-disposition', `attachment; filename="${file.name}"`);
        res.setHeader('content-length', String(made.bytes.length));
        res.setHeader('cache-control', 'private, no-store');
        res.setHeader('x-content-sha256', made.sha256);
        // Not res.send: it would add an ETag and answer a matching request 304, without the bytes recorded as sent.
        res.end(made.bytes);
      } catch (error) {
        sendError(res, error, deps.logger);
      }
    });
  }
  return router;
}
