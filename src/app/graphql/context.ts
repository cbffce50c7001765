import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Viewer } from '../../auth/viewer';
import type { Clock } from '../../config/clock';
import type { DocumentRenderer } from '../../pdf/renderer';
import { createFactLoaders } from '../../facts/facts.loaders';
import { createIncidentLoaders } from '../../incidents/incident.loaders';
import { createCountLoaders } from '../../subjects/subject-counts';
import { createNotificationLoaders } from '../../notifications/notification.loaders';
import { createOrganizationLoaders } from '../../organizations/organization.loaders';

/** Everything one request owns; built fresh per request, never shared. */
export interface RequestContext {
  em: EntityManager;
  viewer: Viewer;
  clock: Clock;
  logger: Logger;
  loaders: Loaders;
  /** Never pdfkit on the event loop: the render threads, remembering what this request rendered. */
  renderer: DocumentRenderer;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(em: EntityManager, viewer: Viewer, clock: Clock) {
  return { ...createOrganizationLoaders(em, viewer), ...createIncidentLoaders(em, viewer), ...createFactLoaders(em, viewer), ...createCountLoaders(em, viewer), ...createNotificationLoaders({ em, viewer, clock }) };
}

export function createRequestContext(deps: { em: EntityManager; viewer: Viewer; clock: Clock; logger: Logger; renderer: DocumentRenderer }): RequestContext {
  const em = deps.em.fork();
  return { ...deps, em, loaders: createLoaders(em, deps.viewer, deps.clock) };
}
