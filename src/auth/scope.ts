import type { FilterQuery } from '@mikro-orm/core';
import type { FactSubmission } from '../facts/fact-submission.entity';
import type { Exposure } from '../incidents/exposure.entity';
import type { Incident } from '../incidents/incident.entity';
import type { Notification } from '../notifications/notification.entity';
import type { Organization } from '../organizations/organization.entity';
import { Capability } from './permissions';
import type { Viewer } from './viewer';

/**
 * The rows a viewer may reach, as query conditions: every read and every write goes through one of
 * these, so tenancy is decided here and nowhere else. An empty `$or` would match nothing in some
 * drivers and everything in others, so a viewer without capacity gets an explicit "no row".
 */
const NOTHING = { id: { $in: [] as string[] } };

export function exposureScope(viewer: Viewer): FilterQuery<Exposure> {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: FilterQuery<Exposure>[] = [];
  if (viewer.actsAsController) reachable.push({ controller: org });
  if (viewer.actsAsProcessor) reachable.push({ incident: { sourceOrganization: org } });
  return reachable.length ? { $or: reachable } : NOTHING;
}

/**
 * The controller's own file on its exposures (notifications, obligations, register, PDFs): its
 * readers only. A processor sees the exposures of its incidents, never what the controller made of them.
 */
export function controllerFileScope(viewer: Viewer): FilterQuery<Exposure> {
  if (viewer.isAdmin) return {};
  return viewer.can(Capability.READ_NOTIFICATIONS) && viewer.actsAsController ? { controller: viewer.organizationId } : NOTHING;
}

export function readsControllerFile(viewer: Viewer, controllerId: string): boolean {
  return viewer.isAdmin || (viewer.can(Capability.READ_NOTIFICATIONS) && viewer.actsAsController && viewer.organizationId === controllerId);
}

export function notificationScope(viewer: Viewer): FilterQuery<Notification> {
  return viewer.isAdmin ? {} : { exposure: controllerFileScope(viewer) };
}

export function incidentScope(viewer: Viewer): FilterQuery<Incident> {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: FilterQuery<Incident>[] = [];
  // A controller sees the incidents that expose it, and its own incidents if it is their source.
  if (viewer.actsAsController) reachable.push({ sourceOrganization: org }, { exposures: { $some: { controller: org } } });
  if (viewer.actsAsProcessor) reachable.push({ sourceOrganization: org });
  return reachable.length ? { $or: reachable } : NOTHING;
}

/**
 * The organisations whose people (legal representative, contact point, DPO) the viewer may read:
 * its own, and across a declared engagement (ProcessorEngagement): a controller its processors, a
 * processor the controllers that declared it. An incident alone shows who is on the other side,
 * not how to reach them.
 */
export function organizationContactScope(viewer: Viewer): FilterQuery<Organization> {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: FilterQuery<Organization>[] = [{ id: org }];
  if (viewer.actsAsController) reachable.push({ engagementsAsProcessor: { $some: { controller: org } } });
  if (viewer.actsAsProcessor) reachable.push({ engagementsAsController: { $some: { processor: org } } });
  return { $or: reachable };
}

/** Its own organisation, its engaged counterparts, and the organisations on the other side of what it can see. */
export function organizationScope(viewer: Viewer): FilterQuery<Organization> {
  if (viewer.isAdmin) return {};
  return {
    $or: [
      organizationContactScope(viewer),
      { incidents: { $some: incidentScope(viewer) } },
      { exposures: { $some: exposureScope(viewer) } },
    ],
  } as FilterQuery<Organization>;
}

/**
 * Fact submissions: a controller sees those about its exposures and the incident-level facts of the
 * incidents that expose it; a processor sees what it submitted itself, never a controller's own.
 */
export function factSubmissionScope(viewer: Viewer): FilterQuery<FactSubmission> {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: FilterQuery<FactSubmission>[] = [];
  if (viewer.actsAsController) {
    reachable.push({ exposure: { controller: org } }, { exposure: null, incident: { exposures: { $some: { controller: org } } } });
  }
  if (viewer.actsAsProcessor) reachable.push({ submittedBy: org });
  return reachable.length ? { $or: reachable } : NOTHING;
}
