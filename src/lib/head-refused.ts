import type { Request, Response } from 'express';

/**
 * Downloads are recorded when their bytes are handed out. Express answers HEAD with the GET handler,
 * which would record a download that sent nothing: these routes refuse HEAD instead.
 */
export function refuseHead(_req: Request, res: Response): void {
  res.status(405).setHeader('allow', 'GET');
  res.end();
}
