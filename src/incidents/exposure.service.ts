import { ref } from '@mikro-orm/core';
import { Capability } from '../auth/permissions';
import { exposureScope, incidentScope, mayAttachController, mayJudgeFor, mayUpdateExposure } from '../auth/scope';
import { applyPatch, assertVersion, flushOrConflict } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { controllerOnlyFieldsIn, EXPOSURE_FACT_FIELDS } from '../cnil/fact-catalogue';
import { noteRecordAuthors } from './record-authors';
import { BadUserInputError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Organization } from '../organizations/organization.entity';
import { ProcessorEngagement } from '../organizations/processor-engagement.entity';
import { Exposure } from './exposure.entity';
import type { CreateExposureInput, ExposurePatch, UpdateExposureInput } from './exposure.inputs';
import { Incident } from './incident.entity';
import { checkExposureDates } from './timeline';

/**
 * Exposures: the source organisation records which controllers an incident affects (a processor
 * alerting each of its controllers); the controller and the source keep its facts up to date.
 */
export class ExposureService {
  constructor(private readonly ctx: ServiceContext) {}

  async get(id: string): Promise<Exposure> {
    const exposure = await this.ctx.em.findOne(Exposure, { $and: [{ id }, exposureScope(this.ctx.viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', id);
    return exposure;
  }

  async create(input: CreateExposureInput): Promise<Exposure> {
    const { viewer, em } = this.ctx;
    if (!viewer.can(Capability.REPORT_INCIDENTS)) throw new ForbiddenError('record an exposure');
    const incident = await em.findOne(Incident, { $and: [{ id: input.incidentId }, incidentScope(viewer)] });
    if (!incident) throw new NotFoundError('Incident', input.incidentId);
    const controller = await this.attachableController(incident, input.controllerId);
    this.assertMayJudge(controller.id, input);
    const exposure = new Exposure();
    exposure.incident = ref(incident);
    exposure.controller = ref(controller);
    patch(exposure, input, ['incidentId', 'controllerId']);
    validate(exposure, incident);
    noteRecordAuthors(exposure, input, EXPOSURE_FACT_FIELDS, viewer, this.ctx.clock.now());
    em.persist(exposure);
    await flushOrConflict(this.ctx, `An exposure of ${controller.legalName} to this incident`);
    return exposure;
  }

  /**
   * Who may attach a controller to an incident: the incident's source, acting as a processor, for a
   * controller that declared it as its processor (ProcessorEngagement); a controller for itself, on
   * an incident it can see (its own, reported by itself); an admin for any controller. Anything
   * else answers exactly as a missing id would: whether the organisation exists is not the caller's
   * to learn, nor its name.
   */
  private async attachableController(incident: Incident, controllerId: string): Promise<Organization> {
    const { viewer, em } = this.ctx;
    const engaged = async () => (await em.count(ProcessorEngagement, { controller: controllerId, processor: viewer.organizationId })) > 0;
    const allowed = await mayAttachController(viewer, incident.sourceOrganization.id, controllerId, engaged);
    const controller = allowed ? await em.findOne(Organization, { id: controllerId }) : null;
    if (!controller) throw new NotFoundError('Organization', controllerId);
    if (!controller.roles.includes('CONTROLLER')) {
      throw new BadUserInputError([{ argument: 'input.controllerId', reason: 'the organisation is not registered as a controller' }]);
    }
    return controller;
  }

  async update(id: string, input: UpdateExposureInput): Promise<Exposure> {
    const { viewer, em } = this.ctx;
    const exposure = await this.get(id);
    const incident = await em.findOneOrFail(Incident, exposure.incident.id);
    if (!mayUpdateExposure(viewer, exposure.controller.id, incident.sourceOrganization.id))
      throw new ForbiddenError('change this exposure');
    this.assertMayJudge(exposure.controller.id, input);
    assertVersion(exposure, input.version, `Exposure ${id}`);
    patch(exposure, input, ['version']);
    validate(exposure, incident);
    noteRecordAuthors(exposure, input, EXPOSURE_FACT_FIELDS, viewer, this.ctx.clock.now());
    await flushOrConflict(this.ctx, `Exposure ${id}`);
    return exposure;
  }

  /**
   * The controller's own judgement (awareness, consequences, communication: see cnil/fact-catalogue.ts) is
   * set on the record by that controller alone, or an admin; the processor, who may see and update
   * the rest of the exposure, submits what it knows of these as facts, with their provenance.
   */
  private assertMayJudge(controllerId: string, input: ExposurePatch): void {
    const { viewer } = this.ctx;
    if (mayJudgeFor(viewer, controllerId)) return;
    const fields = controllerOnlyFieldsIn(input).map((field) => `input.${field}`);
    if (fields.length === 0) return;
    throw new ForbiddenError(
      `set ${fields.join(', ')}: the controller's own judgement, which only it records; submit what you know of it with submitBreachFacts`,
      { fields },
    );
  }
}

/** `awareAt` is the declared awareness; the derived one falls back to the processor's alert. */
function patch(exposure: Exposure, input: ExposurePatch, skip: string[]): void {
  applyPatch(exposure, input, [...skip, 'awareAt']);
  if (input.awareAt !== undefined) exposure.declaredAwareAt = input.awareAt ?? undefined;
}

function validate(exposure: Exposure, incident: Incident): void {
  const problems = new InputProblems();
  checkExposureDates(problems, exposure, incident);
  problems.throwIfAny();
}
