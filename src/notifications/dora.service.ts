import { inSequence } from '../lib/in-sequence';
import { Capability } from '../auth/permissions';
import { exposureScope, mayActOnControllerFile } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import { flush } from '../db/unit-of-work';
import { Exposure } from '../incidents/exposure.entity';
import { ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { DORA_CRITERIA, DoraClassification, type DoraCriterion, DoraRecord, type DoraRecordKind, type DoraReport } from './dora.entities';
import type { DoraState } from './obligations';

export interface ClassifyDoraIncident {
  major: boolean;
  classifiedAt: Date;
  criteria: readonly { criterion: DoraCriterion; value: string }[];
  reason: string;
  clientsFinancialInterestsAffected: boolean;
}

export interface RecordDoraStep {
  kind: DoraRecordKind;
  at: Date;
  concerns?: DoraReport | null;
  reasons?: string | null;
  reference?: string | null;
}

/** The financial entity's DORA record for an exposure: classifications and steps, each by a named person, never edited. */
export class DoraService {
  constructor(private readonly ctx: ServiceContext) {}

  private async exposure(exposureId: string, action: string): Promise<Exposure> {
    const { em, viewer } = this.ctx;
    const exposure = await em.findOne(Exposure, { $and: [{ id: exposureId }, exposureScope(viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', exposureId);
    if (!mayActOnControllerFile(viewer, Capability.DECIDE_NOTIFICATION, exposure.controller.id)) throw new ForbiddenError(action);
    return exposure;
  }

  /** The exposure's DORA record, oldest first: only for the controller's own readers (it is the controller's file). */
  async recordOf(exposure: Exposure): Promise<{ classifications: DoraClassification[]; steps: DoraRecord[] }> {
    if (!mayActOnControllerFile(this.ctx.viewer, Capability.READ_NOTIFICATIONS, exposure.controller.id))
      return { classifications: [], steps: [] };
    const [classifications, steps] = await Promise.all([
      this.ctx.em.find(DoraClassification, { exposure: exposure.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      this.ctx.em.find(DoraRecord, { exposure: exposure.id }, { orderBy: { at: 'asc', id: 'asc' } }),
    ]);
    return { classifications, steps };
  }

  async classify(exposureId: string, input: ClassifyDoraIncident): Promise<DoraClassification> {
    const exposure = await this.exposure(exposureId, 'classify this incident under DORA');
    const now = this.ctx.clock.now();
    const problems = new InputProblems();
    problems.check(input.classifiedAt <= now, 'input.classifiedAt', 'a classification is not dated in the future');
    problems.check(Boolean(input.reason.trim()), 'input.reason', 'a classification needs its reason');
    problems.check(
      !input.major || input.criteria.length > 0,
      'input.criteria',
      'a major incident names the criteria of Delegated Regulation 2024/1772 it meets',
    );
    input.criteria.forEach((c, i) => {
      problems.check(Boolean(c.value.trim()), `input.criteria[${i}].value`, 'each criterion met carries its value');
    });
    problems.throwIfAny();
    const row = this.ctx.em.create(DoraClassification, {
      exposure,
      major: input.major,
      criteria: input.criteria.map((c) => ({ criterion: c.criterion, value: c.value.trim() })),
      classifiedAt: input.classifiedAt,
      classifiedBy: this.ctx.viewer.subject,
      reason: input.reason.trim(),
      clientsFinancialInterestsAffected: input.clientsFinancialInterestsAffected,
      createdAt: now,
      updatedAt: now,
    });
    await flush(this.ctx);
    return row;
  }

  async record(exposureId: string, input: RecordDoraStep): Promise<DoraRecord> {
    const exposure = await this.exposure(exposureId, 'record a DORA report for this exposure');
    const now = this.ctx.clock.now();
    const problems = new InputProblems();
    problems.check(input.at <= now, 'input.at', 'a step is recorded once taken, not in the future');
    const late = input.kind === 'LATE_NOTICE';
    problems.check(
      !late || input.concerns != null,
      'input.concerns',
      'a notice of late reporting names the report: INITIAL, INTERMEDIATE or FINAL',
    );
    problems.check(!late || Boolean(input.reasons?.trim()), 'input.reasons', 'a notice of late reporting gives the reasons for the delay');
    problems.check(
      late || (input.concerns == null && input.reasons == null),
      'input.concerns',
      'concerns and reasons belong to a LATE_NOTICE only',
    );
    problems.throwIfAny();
    const row = this.ctx.em.create(DoraRecord, {
      exposure,
      kind: input.kind,
      at: input.at,
      concerns: late ? input.concerns! : null,
      reasons: late ? input.reasons!.trim() : null,
      reference: input.reference?.trim() || null,
      recordedBy: this.ctx.viewer.subject,
      createdAt: now,
      updatedAt: now,
    });
    await flush(this.ctx);
    return row;
  }
}

/** Each exposure's DORA state for the obligations: the latest classification, the reports in order. */
export async function loadDoraStates(ctx: ServiceContext, exposureIds: readonly string[]): Promise<Map<string, DoraState>> {
  const states = new Map<string, DoraState>();
  if (exposureIds.length === 0) return states;
  const ids = [...exposureIds];
  const [classifications, records] = await inSequence([
    () => ctx.em.find(DoraClassification, { exposure: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    () => ctx.em.find(DoraRecord, { exposure: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
  ]);
  for (const id of ids) {
    const c = classifications.filter((r) => r.exposure.id === id).at(-1);
    const own = records.filter((r) => r.exposure.id === id);
    const first = (kind: DoraRecordKind) => own.find((r) => r.kind === kind)?.at ?? null;
    states.set(id, {
      classification: c
        ? {
            major: c.major,
            classifiedAt: c.classifiedAt,
            classifiedBy: c.classifiedBy,
            reason: c.reason,
            criteria: c.criteria.map((k) => ({ label: DORA_CRITERIA[k.criterion], value: k.value })),
            clientsFinancialInterestsAffected: c.clientsFinancialInterestsAffected,
          }
        : null,
      initialAt: first('INITIAL'),
      intermediates: own.filter((r) => r.kind === 'INTERMEDIATE').map((r) => r.at),
      finalAt: first('FINAL'),
      clientsInformedAt: first('CLIENT_INFORMATION'),
      lateNotices: own.filter((r) => r.kind === 'LATE_NOTICE').map((r) => ({ report: r.concerns!, at: r.at, reasons: r.reasons ?? '' })),
    });
  }
  return states;
}
