import { Capability } from '../auth/permissions';
import { exposureScope, mayActOnControllerFile } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import { flush } from '../db/unit-of-work';
import { Exposure } from '../incidents/exposure.entity';
import { ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { type CnilDecision, CnilNotificationDecision } from './cnil-decision.entity';

export interface DecideCnilNotification {
  decision: CnilDecision;
  reasoning: string;
}

/** The controller's decisions whether to notify the CNIL: recorded by a named person, with reasons, never edited. */
export class CnilDecisionService {
  constructor(private readonly ctx: ServiceContext) {}

  async decide(exposureId: string, input: DecideCnilNotification): Promise<CnilNotificationDecision> {
    const { em, viewer, clock } = this.ctx;
    const exposure = await em.findOne(Exposure, { $and: [{ id: exposureId }, exposureScope(viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', exposureId);
    if (!mayActOnControllerFile(viewer, Capability.DECIDE_NOTIFICATION, exposure.controller.id)) {
      throw new ForbiddenError('decide whether to notify the CNIL of this exposure');
    }
    const problems = new InputProblems();
    // Art. 33(5): the register must let the CNIL verify the decision, so it is never without its reasons.
    problems.check(Boolean(input.reasoning.trim()), 'input.reasoning', 'a decision needs its reasoning');
    problems.throwIfAny();
    const now = clock.now();
    const decision = em.create(CnilNotificationDecision, {
      exposure,
      organizationId: exposure.controller.id,
      decision: input.decision,
      reasoning: input.reasoning.trim(),
      decidedBy: viewer.subject,
      decidedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await flush(this.ctx);
    return decision;
  }
}

/** Each exposure's decisions, oldest first: the last one stands, the others are its history. */
export async function loadCnilDecisions(
  ctx: ServiceContext,
  exposureIds: readonly string[],
): Promise<Map<string, CnilNotificationDecision[]>> {
  const byExposure = new Map<string, CnilNotificationDecision[]>();
  if (exposureIds.length === 0) return byExposure;
  const rows = await ctx.em.find(
    CnilNotificationDecision,
    { exposure: { $in: [...exposureIds] } },
    { orderBy: { decidedAt: 'asc', id: 'asc' } },
  );
  for (const row of rows) {
    const list = byExposure.get(row.exposure.id) ?? [];
    list.push(row);
    byExposure.set(row.exposure.id, list);
  }
  return byExposure;
}
