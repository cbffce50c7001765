import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import type { DocumentRenderer } from '../pdf/renderer';
import type { DownloadLinks } from './download-link';

/**
 * What a document download route needs from the app: the notification documents' router and the
 * register's are built from the same list, so the app hands them one value.
 */
export interface DocumentRouteDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  authenticate: Authenticate;
  /** Verifies the signed links a browser follows without an Authorization header. */
  downloadLinks: DownloadLinks;
  renderer: (viewer: Viewer) => DocumentRenderer;
}
