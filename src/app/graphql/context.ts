import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { RequestContext } from '../../auth/context';
import type { Viewer } from '../../auth/viewer';
import type { Clock } from '../../config/clock';
import type { RegimeSettings, WebhookConfig } from '../../config/config';
import type { WebhookRequestContext } from '../../channels/webhook.resolver';
import type { DocumentRequestContext } from '../../documents/notification-document.resolver';
import type { PersonsInformationRequestContext } from '../../notifications/persons-information.service';
import { createDocumentLoaders } from '../../documents/document.loaders';
import { createFactLoaders } from '../../facts/facts.loaders';
import { createIncidentLoaders } from '../../incidents/incident.loaders';
import { createNotificationLoaders } from '../../notifications/notification.loaders';
import { createOrganizationLoaders } from '../../organizations/organization.loaders';
import type { DocumentRenderer } from '../../pdf/renderer';
import type { DownloadLinks } from '../../documents/download-link';
import { createCountLoaders } from '../../subjects/subject-counts';

/**
 * The context of a GraphQL request: every stage's loaders, and the renderer for the documents stage.
 * Each resolver types the part it reads (RequestContext with its stage's loaders); this one holds them all.
 */
export type GatewayContext = RequestContext<Loaders> & DocumentRequestContext & PersonsInformationRequestContext & WebhookRequestContext;

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(em: EntityManager, viewer: Viewer, clock: Clock, regimes?: RegimeSettings) {
  return {
    ...createOrganizationLoaders(em, viewer),
    ...createIncidentLoaders(em, viewer),
    ...createFactLoaders(em, viewer),
    ...createCountLoaders(em, viewer),
    ...createNotificationLoaders({ em, viewer, clock, regimes }),
    ...createDocumentLoaders(em),
  };
}

/** Built fresh per request, never shared: its own entity-manager fork and loaders bound to it. */
export function createRequestContext(deps: {
  em: EntityManager;
  viewer: Viewer;
  clock: Clock;
  logger: Logger;
  renderer: DocumentRenderer;
  downloadLinks: DownloadLinks;
  personsInformationTargetDays: number;
  regimes: RegimeSettings;
  webhookConfig: WebhookConfig;
}): GatewayContext {
  const em = deps.em.fork();
  return { ...deps, em, loaders: createLoaders(em, deps.viewer, deps.clock, deps.regimes) };
}
