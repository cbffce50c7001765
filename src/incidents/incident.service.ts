import { type FilterQuery, raw, ref } from '@mikro-orm/core';
import { Capability } from '../auth/permissions';
import { incidentScope, mayEditIncident } from '../auth/scope';
import { applyPatch, assertVersion, flushOrConflict } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { INCIDENT_FACT_FIELDS } from '../cnil/fact-catalogue';
import { noteRecordAuthors } from './record-authors';
import { type Connection, keysetPage, type PageArgs, SortDirection } from '../lib/connection';
import { ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Organization } from '../organizations/organization.entity';
import { Exposure } from './exposure.entity';
import { Incident } from './incident.entity';
import type { CreateIncidentInput, IncidentFilter, UpdateIncidentInput } from './incident.inputs';
import { checkIncidentDates } from './timeline';

/** Oldest first; the UUIDv7 id breaks ties in the same creation order. */
const CREATED = { field: 'CREATED_AT', kind: 'date', property: 'createdAt', value: (i: Incident) => i.createdAt } as const;

/** Incidents at their source: reported and kept up to date by the organisation where they happened. */
export class IncidentService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(filter: IncidentFilter = {}, page: PageArgs = {}): Promise<Connection<Incident>> {
    // Built once per query: a raw() fragment in the filter may be used by one query only.
    const where = (): FilterQuery<Incident> => ({ $and: [incidentScope(this.ctx.viewer), filterQuery(filter)] });
    return keysetPage(this.ctx.em, Incident, where, page, { key: CREATED, direction: SortDirection.ASC });
  }

  async get(id: string): Promise<Incident> {
    const incident = await this.ctx.em.findOne(Incident, { $and: [{ id }, incidentScope(this.ctx.viewer)] });
    if (!incident) throw new NotFoundError('Incident', id);
    return incident;
  }

  async create(input: CreateIncidentInput): Promise<Incident> {
    const { viewer, em } = this.ctx;
    if (!viewer.can(Capability.REPORT_INCIDENTS)) throw new ForbiddenError('report an incident');
    const sourceId = input.sourceOrganizationId ?? viewer.organizationId;
    // Only an admin reports for another organisation; to anyone else, it does not exist.
    if (!viewer.isAdmin && sourceId !== viewer.organizationId) throw new NotFoundError('Organization', sourceId);
    const source = await em.findOne(Organization, { id: sourceId });
    if (!source) throw new NotFoundError('Organization', sourceId);
    const incident = new Incident();
    applyPatch(incident, input, ['sourceOrganizationId']);
    incident.sourceOrganization = ref(source);
    validate(incident, []);
    noteRecordAuthors(incident, input, INCIDENT_FACT_FIELDS, viewer, this.ctx.clock.now());
    em.persist(incident);
    await flushOrConflict(this.ctx, 'This incident');
    return incident;
  }

  async update(id: string, input: UpdateIncidentInput): Promise<Incident> {
    const { viewer, em } = this.ctx;
    const incident = await this.get(id);
    if (!mayEditIncident(viewer, incident.sourceOrganization.id)) {
      throw new ForbiddenError('change an incident your organisation did not report');
    }
    assertVersion(incident, input.version, `Incident ${id}`);
    applyPatch(incident, input, ['version']);
    // A moved start must not leave a controller aware before the incident began.
    validate(incident, await em.find(Exposure, { incident: incident.id }));
    noteRecordAuthors(incident, input, INCIDENT_FACT_FIELDS, viewer, this.ctx.clock.now());
    await flushOrConflict(this.ctx, `Incident ${id}`);
    return incident;
  }
}

function filterQuery(filter: IncidentFilter): FilterQuery<Incident> {
  const where: FilterQuery<Incident> & Record<string, unknown> = {};
  if (filter.sourceOrganizationId) where.sourceOrganization = filter.sourceOrganizationId;
  if (filter.ongoing != null) where.ongoing = filter.ongoing;
  if (filter.detectedFrom || filter.detectedBefore) {
    where.detectedAt = {
      ...(filter.detectedFrom ? { $gte: filter.detectedFrom } : {}),
      ...(filter.detectedBefore ? { $lt: filter.detectedBefore } : {}),
    };
  }
  // lower() on both sides: SQLite has no ILIKE and PostgreSQL's LIKE is case-sensitive.
  if (filter.search?.trim()) where[raw((alias) => `lower(${alias}.title)`)] = { $like: `%${filter.search.trim().toLowerCase()}%` };
  return where;
}

function validate(incident: Incident, exposures: Exposure[]): void {
  const problems = new InputProblems();
  problems.check(Boolean(incident.title?.trim()), 'input.title', 'the title is required');
  checkIncidentDates(problems, incident, exposures);
  problems.throwIfAny();
}
