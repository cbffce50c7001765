import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Capability } from '../auth/permissions';
import { exposureScope, incidentScope } from '../auth/scope';
import { flush } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { BadUserInputError, ConflictError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { checkIncidentDates } from '../incidents/timeline';
import { canonicalHash } from '../lib/canonical-json';
import { Organization } from '../organizations/organization.entity';
import { EXPOSURE_FACT_FIELDS, INCIDENT_FACT_FIELDS } from '../cnil/fact-catalogue';
import { statedFacts } from './fact-fields';
import { FactSourceType, FactSubmission } from './fact-submission.entity';
import type { SubmitBreachFactsInput } from './facts.inputs';

const MAX_KEY_LENGTH = 200;

/** Appends fact submissions; never updates or deletes one. */
export class FactsService {
  constructor(private readonly ctx: ServiceContext) {}

  async submit(input: SubmitBreachFactsInput): Promise<FactSubmission> {
    const { viewer, em } = this.ctx;
    if (!viewer.can(Capability.SUBMIT_FACTS)) throw new ForbiddenError('submit breach facts');
    const { incident, exposure } = await this.target(input);
    this.checkSourceType(input.sourceType, incident, exposure);

    const incidentFacts = statedFacts(input.incidentFacts, INCIDENT_FACT_FIELDS);
    const exposureFacts = statedFacts(input.exposureFacts, EXPOSURE_FACT_FIELDS);
    const problems = new InputProblems();
    const key = input.idempotencyKey.trim();
    problems.check(key.length > 0 && key.length <= MAX_KEY_LENGTH, 'input.idempotencyKey', `must be 1 to ${MAX_KEY_LENGTH} characters`);
    problems.check(Object.keys(incidentFacts).length + Object.keys(exposureFacts).length > 0, 'input', 'states no fact');
    if (input.incidentFacts) checkIncidentDates(problems, input.incidentFacts as Partial<Incident>, [], 'input.incidentFacts');
    problems.throwIfAny();

    const payloadHash = canonicalHash({
      incidentId: incident.id,
      exposureId: exposure?.id ?? null,
      sourceType: input.sourceType,
      confidence: input.confidence,
      reference: input.reference ?? null,
      incidentFacts,
      exposureFacts,
    });
    const replay = await this.replay(key, payloadHash);
    if (replay) return replay;

    const submission = em.create(FactSubmission, {
      incident: ref(incident),
      exposure: exposure ? ref(exposure) : undefined,
      submittedBy: em.getReference(Organization, viewer.organizationId, { wrapped: true }),
      submittedBySubject: viewer.subject,
      sourceType: input.sourceType,
      confidence: input.confidence,
      reference: input.reference ?? undefined,
      idempotencyKey: key,
      payloadHash,
      incidentFacts,
      exposureFacts,
      submittedAt: this.ctx.clock.now(),
    });
    try {
      await flush(this.ctx);
    } catch (error) {
      // The same key submitted concurrently: the other request won; answer as a replay would.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      em.clear();
      const winner = await this.replay(key, payloadHash);
      if (winner) return winner;
      throw error;
    }
    return submission;
  }

  /** The earlier submission under this key, if its payload is the same; CONFLICT if it is not. */
  private async replay(key: string, payloadHash: string): Promise<FactSubmission | null> {
    const existing = await this.ctx.em.findOne(FactSubmission, { submittedBy: this.ctx.viewer.organizationId, idempotencyKey: key });
    if (!existing) return null;
    if (existing.payloadHash !== payloadHash) {
      throw new ConflictError(
        `idempotency key "${key}" was already used for another submission (${existing.id}) with a different payload`,
        {
          submissionId: existing.id,
        },
      );
    }
    return existing;
  }

  private async target(input: SubmitBreachFactsInput): Promise<{ incident: Incident; exposure: Exposure | null }> {
    const { viewer, em } = this.ctx;
    if (input.exposureId) {
      const exposure = await em.findOne(Exposure, { $and: [{ id: input.exposureId }, exposureScope(viewer)] });
      if (!exposure) throw new NotFoundError('Exposure', input.exposureId);
      if (exposure.incident.id !== input.incidentId) {
        throw new BadUserInputError([
          { argument: 'input.incidentId', reason: `exposure ${exposure.id} belongs to incident ${exposure.incident.id}` },
        ]);
      }
      return { incident: await em.findOneOrFail(Incident, exposure.incident.id), exposure };
    }
    const incident = await em.findOne(Incident, { $and: [{ id: input.incidentId }, incidentScope(viewer)] });
    if (!incident) throw new NotFoundError('Incident', input.incidentId);
    if (input.exposureFacts)
      throw new BadUserInputError([{ argument: 'input.exposureId', reason: 'exposure-level facts name the exposure they are about' }]);
    if (!viewer.isAdmin && incident.sourceOrganization.id !== viewer.organizationId) {
      throw new BadUserInputError([
        { argument: 'input.exposureId', reason: 'a controller states facts about its own exposure: give its id' },
      ]);
    }
    return { incident, exposure: null };
  }

  /** A source type says who speaks: only the controller assesses, only the processor gives notice. */
  private checkSourceType(type: FactSourceType, incident: Incident, exposure: Exposure | null): void {
    const { viewer } = this.ctx;
    if (type === FactSourceType.RECORD) {
      throw new BadUserInputError([
        { argument: 'input.sourceType', reason: 'RECORD names the records themselves and cannot be submitted' },
      ]);
    }
    if (viewer.isAdmin) return;
    if (type === FactSourceType.CONTROLLER_ASSESSMENT && exposure?.controller.id !== viewer.organizationId) {
      throw new ForbiddenError("submit a controller's assessment of an exposure that is not your organisation's");
    }
    if (type === FactSourceType.PROCESSOR_NOTICE && incident.sourceOrganization.id !== viewer.organizationId) {
      throw new ForbiddenError('submit a processor notice for an incident your organisation did not report');
    }
  }
}
