import type { FilterQuery } from '@mikro-orm/core';
import { Capability } from './permissions';
import type { Viewer } from './viewer';
import type { EventAudience } from '../db/outbox/outbox';

/**
 * Tenancy, decided here and nowhere else: the rows a viewer may reach, as query conditions (every
 * read and every write goes through one of them), and the rules on who may act on what, as
 * predicates over organisation ids. Both are written over the entities' column and relation names
 * (`controller`, `incident.sourceOrganization`, `exposures`…), importing no entity: the stages sit
 * above auth and apply these conditions to their own entities. An empty `$or` would match nothing
 * in some drivers and everything in others, so a viewer without capacity gets an explicit "no row".
 */
// A condition over relation names, applied by each stage to its own entity: auth cannot name the type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Scope = FilterQuery<any>;

const NOTHING: Scope = { id: { $in: [] as string[] } };

export function exposureScope(viewer: Viewer): Scope {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: Scope[] = [];
  if (viewer.actsAsController) reachable.push({ controller: org });
  if (viewer.actsAsProcessor) reachable.push({ incident: { sourceOrganization: org } });
  return reachable.length ? { $or: reachable } : NOTHING;
}

/**
 * The controller's own file on its exposures (notifications, obligations, register, PDFs): its
 * readers only. A processor sees the exposures of its incidents, never what the controller made of them.
 */
export function controllerFileScope(viewer: Viewer): Scope {
  if (viewer.isAdmin) return {};
  return viewer.can(Capability.READ_NOTIFICATIONS) && viewer.actsAsController ? { controller: viewer.organizationId } : NOTHING;
}

export function readsControllerFile(viewer: Viewer, controllerId: string): boolean {
  return viewer.isAdmin || (viewer.can(Capability.READ_NOTIFICATIONS) && viewer.actsAsController && viewer.organizationId === controllerId);
}

/**
 * Who receives a pushed event (subscription, webhook, e-mail), by the same rules as the queries
 * that would read what it is about: the controller's file for its readers; a processor's own duties
 * for that processor; an ingest batch for the organisation that submitted it; everything for an
 * admin. An event no rule admits goes to no one but admins.
 */
export function mayReceiveEvent(viewer: Viewer, audience: EventAudience): boolean {
  if (viewer.isAdmin) return true;
  const org = viewer.organizationId;
  if (audience.controllerId && readsControllerFile(viewer, audience.controllerId)) return true;
  if (audience.processorId && viewer.actsAsProcessor && audience.processorId === org) return true;
  return !!audience.submitterId && audience.submitterId === org;
}

export function notificationScope(viewer: Viewer): Scope {
  return viewer.isAdmin ? {} : { exposure: controllerFileScope(viewer) };
}

export function incidentScope(viewer: Viewer): Scope {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: Scope[] = [];
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
export function organizationContactScope(viewer: Viewer): Scope {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: Scope[] = [{ id: org }];
  if (viewer.actsAsController) reachable.push({ engagementsAsProcessor: { $some: { controller: org } } });
  if (viewer.actsAsProcessor) reachable.push({ engagementsAsController: { $some: { processor: org } } });
  return { $or: reachable };
}

/** Its own organisation, its engaged counterparts, and the organisations on the other side of what it can see. */
export function organizationScope(viewer: Viewer): Scope {
  if (viewer.isAdmin) return {};
  return {
    $or: [
      organizationContactScope(viewer),
      { incidents: { $some: incidentScope(viewer) } },
      { exposures: { $some: exposureScope(viewer) } },
    ],
  };
}

/** Ingest batches are the submitting organisation's business: each sees those it ingested (an admin, all). */
export function ingestBatchScope(viewer: Viewer): Scope {
  return viewer.isAdmin ? {} : { sourceOrganization: viewer.organizationId };
}

/**
 * Fact submissions: a controller sees those about its exposures and the incident-level facts of the
 * incidents that expose it; a processor sees what it submitted itself, never a controller's own.
 */
export function factSubmissionScope(viewer: Viewer): Scope {
  if (viewer.isAdmin) return {};
  const org = viewer.organizationId;
  const reachable: Scope[] = [];
  if (viewer.actsAsController) {
    reachable.push({ exposure: { controller: org } }, { exposure: null, incident: { exposures: { $some: { controller: org } } } });
  }
  if (viewer.actsAsProcessor) reachable.push({ submittedBy: org });
  return reachable.length ? { $or: reachable } : NOTHING;
}

/**
 * Who may attach a controller to an incident (createExposure): the controller itself; the
 * incident's source acting as a processor, for a controller that declared it as its processor
 * (`engaged`, asked only then); an admin.
 */
export async function mayAttachController(
  viewer: Viewer,
  sourceOrganizationId: string,
  controllerId: string,
  engaged: () => Promise<boolean>,
): Promise<boolean> {
  if (viewer.isAdmin) return true;
  const org = viewer.organizationId;
  if (viewer.actsAsController && controllerId === org) return true;
  return viewer.actsAsProcessor && sourceOrganizationId === org && (await engaged());
}

/** The exposure record: its controller or the incident's source, stating facts; an admin. */
export function mayUpdateExposure(viewer: Viewer, controllerId: string, sourceOrganizationId: string): boolean {
  const ownsIt = controllerId === viewer.organizationId || sourceOrganizationId === viewer.organizationId;
  return viewer.isAdmin || (viewer.can(Capability.SUBMIT_FACTS) && ownsIt);
}

/** The controller's own judgement on an exposure (awareness, consequences, communication): that controller alone, or an admin. */
export function mayJudgeFor(viewer: Viewer, controllerId: string): boolean {
  return viewer.isAdmin || viewer.organizationId === controllerId;
}

/** An incident's record: the organisation that reported it, with the capability to report; an admin. */
export function mayEditIncident(viewer: Viewer, sourceOrganizationId: string): boolean {
  return viewer.isAdmin || (viewer.can(Capability.REPORT_INCIDENTS) && sourceOrganizationId === viewer.organizationId);
}

/** The controller's file (drafting, filing): its own people with the capability, acting as the controller; an admin. */
export function mayActOnControllerFile(viewer: Viewer, capability: Capability, controllerId: string): boolean {
  return viewer.isAdmin || (viewer.can(capability) && viewer.actsAsController && controllerId === viewer.organizationId);
}

/** An organisation's webhooks and alert addresses, and their delivery log: its people with the capability; an admin. */
export function mayManageWebhooks(viewer: Viewer, organizationId: string): boolean {
  return viewer.isAdmin || (viewer.can(Capability.MANAGE_WEBHOOKS) && viewer.organizationId === organizationId);
}

/** An organisation's own details: its people with the capability; an admin. */
export function mayEditOrganization(viewer: Viewer, organizationId: string): boolean {
  return viewer.isAdmin || (viewer.can(Capability.EDIT_OWN_ORGANIZATION) && viewer.organizationId === organizationId);
}

/**
 * A controller's contracts with its processors (declareProcessor, withdrawProcessor): spoken for by
 * the controller's own people acting as the controller; an admin. Another organisation's id answers
 * as a missing one (`reachable` false), a present one without the right as FORBIDDEN (`allowed` false).
 */
export function engagementRights(viewer: Viewer, controllerId: string): { reachable: boolean; allowed: boolean } {
  if (viewer.isAdmin) return { reachable: true, allowed: true };
  return {
    reachable: controllerId === viewer.organizationId,
    allowed: viewer.can(Capability.EDIT_OWN_ORGANIZATION) && viewer.actsAsController,
  };
}

/**
 * The obligations of an exposure the viewer may see: all of them for the controller's readers; for
 * the incident's processor only its own duty (alerting the controller); nothing for anyone else.
 */
export function obligationsVisibleTo(
  viewer: Viewer,
  controllerId: string,
  sourceOrganizationId: string,
): 'ALL' | 'PROCESSOR_DUTIES' | 'NONE' {
  if (readsControllerFile(viewer, controllerId)) return 'ALL';
  return viewer.actsAsProcessor && sourceOrganizationId === viewer.organizationId ? 'PROCESSOR_DUTIES' : 'NONE';
}

/**
 * Subject counts. A processor acting only as such sees, for an exposure, the counts of what it
 * listed itself: the controller's own lists are the controller's data.
 */
export function seesOwnListingsOnly(viewer: Viewer, controllerId: string): boolean {
  return !viewer.isAdmin && !(viewer.actsAsController && viewer.organizationId === controllerId);
}

/** The whole incident's persons: an admin, or a processor when every list of the incident is its own. */
export function seesWholeIncidentCounts(viewer: Viewer, listingSourceIds: readonly string[]): boolean {
  const allOwn = viewer.actsAsProcessor && listingSourceIds.length > 0 && listingSourceIds.every((id) => id === viewer.organizationId);
  return viewer.isAdmin || allOwn;
}

/** Otherwise only its own parts of an incident's counts: its exposure as a controller, the lists it sent as a processor. */
export function ownCountParts<E extends { controllerId?: string | null }, L extends { sourceId?: string | null }>(
  viewer: Viewer,
  exposures: readonly E[],
  listings: readonly L[],
): (E | L)[] {
  return [
    ...(viewer.actsAsController ? exposures.filter((r) => r.controllerId === viewer.organizationId) : []),
    ...(viewer.actsAsProcessor ? listings.filter((r) => r.sourceId === viewer.organizationId) : []),
  ];
}
