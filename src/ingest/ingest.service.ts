import { createHash } from 'node:crypto';
import { auditKeyOf } from '../db/audit/audit.writer';
import { rowShape } from '../db/audit/row-hash';
import { Capability } from '../auth/permissions';
import { ref } from '@mikro-orm/core';
import { incidentScope } from '../auth/scope';
import type { Config } from '../config/config';
import { flush } from '../db/unit-of-work';
import { appendEvents } from '../db/outbox/outbox';
import { batchProgress, PROGRESS_INTERVAL_MS } from './batch-events';
import type { ServiceContext } from '../auth/context';
import { ForbiddenError, NotFoundError } from '../lib/errors';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { Organization } from '../organizations/organization.entity';
import { type BatchClaim, tryClaimBatch } from './batch-claim';
import { type BatchOutcome, type BulkWriter, openBulkWriter } from './bulk-writer';
import { type BatchErrorSummary, BatchStatus, IngestBatch, OnError } from './ingest-batch.entity';
import { IngestInputError } from './ingest.errors';
import { SubjectCount } from '../subjects/subject.entities';
import { derivedStateHookOf } from '../db/derived-state';
import type { SourceProfile } from './profiles';
import { IngestFileError, type RecordError } from './record';
import { pseudonymiseInWorker } from './worker-pipeline';
import { ingestRows } from '../lib/metrics';

export interface IngestProgress {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  bytesRead: number;
  totalBytes: number | null;
  elapsedMs: number;
}

export interface IngestRequest {
  incidentId: string;
  /** Admin only: the organisation the list comes from; by default the viewer's. */
  sourceOrganizationId?: string | null;
  profile: SourceProfile;
  fileName: string;
  input: AsyncIterable<Buffer> | NodeJS.ReadableStream;
  /** Known before reading for a file on disk: a rerun then resumes or skips before reading a row. */
  sha256?: string;
  totalBytes?: number;
  onError: OnError;
  onProgress?: (progress: IngestProgress) => void;
  /** Every rejected row, for the error report; reasons never hold a NIR in clear. */
  onRejectedRow?: (error: RecordError) => void;
}

const SUMMARY_ERRORS = 100;

/**
 * Affected-person lists: stream, validate, pseudonymise, stage, then count in one transaction.
 * A crash leaves the batch STAGING and nothing counted; the next start marks it REJECTED (see
 * batch-sweep.ts), and running the same file again takes the batch up and completes it.
 */
export class IngestService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly config: Pick<Config, 'database' | 'pseudonymKey'>,
  ) {}

  async ingest(request: IngestRequest): Promise<IngestBatch> {
    const batch = await this.ingestBatch(request);
    // A rejected batch counted none of its rows: its valid rows are not "accepted".
    if (batch.status === BatchStatus.COMPLETED) ingestRows.inc({ outcome: 'accepted' }, batch.rowsAccepted);
    if (batch.status !== BatchStatus.DUPLICATE) ingestRows.inc({ outcome: 'rejected' }, batch.rowsRejected);
    return batch;
  }

  private async ingestBatch(request: IngestRequest): Promise<IngestBatch> {
    const { viewer, em, clock } = this.ctx;
    if (!viewer.can(Capability.INGEST_LISTS)) throw new ForbiddenError('ingest affected-person lists');
    const incident = await em.findOne(Incident, { $and: [{ id: request.incidentId }, incidentScope(viewer)] });
    if (!incident) throw new NotFoundError('Incident', request.incidentId);
    const sourceId = request.sourceOrganizationId ?? viewer.organizationId;
    if (!viewer.isAdmin && sourceId !== viewer.organizationId) throw new NotFoundError('Organization', sourceId);
    const source = await em.findOne(Organization, sourceId);
    if (!source) throw new NotFoundError('Organization', sourceId);
    const controllers = await this.listableControllers(incident, sourceId, request.profile);

    if (request.sha256) {
      const done = await this.completed(incident.id, sourceId, request.sha256);
      if (done) return this.recordDuplicate(request, incident, sourceId, request.sha256);
    }
    const { batch, claim } = await this.openBatch(request, incident, sourceId);
    let writer: BulkWriter | null = null;
    try {
      writer = await openBulkWriter(this.config.database, {
        key: auditKeyOf(em),
        batch: rowShape(em.getMetadata().get(IngestBatch.name)),
        count: rowShape(em.getMetadata().get(SubjectCount.name)),
      });
      await writer.begin({ batchId: batch.id, incidentId: incident.id, sourceId }, [...controllers.values()]);
      const outcome = await this.stage(request, batch, writer, controllers, referenceDate(incident, clock.now()));
      if (!request.sha256 && (await this.completed(incident.id, sourceId, outcome.sha256))) {
        await writer.rollback();
        return this.finish(batch, outcome, BatchStatus.DUPLICATE);
      }
      if (outcome.rowsRejected > 0 && request.onError === OnError.REJECT) {
        await writer.rollback();
        return this.finish(batch, outcome, BatchStatus.REJECTED);
      }
      // Checked again by the writer under the database's serialisation: a copy uploaded at the
      // same time may have completed since the check above.
      if ((await writer.commit(outcome)) === 'DUPLICATE') return this.finish(batch, outcome, BatchStatus.DUPLICATE);
      await em.refresh(batch);
      // The counts changed on the writer's own connection, outside any flush: what the drafts
      // derive from them is recomputed now, before the batch is reported complete.
      const derive = derivedStateHookOf(em);
      if (derive) await em.transactional((tx) => derive(tx, [{ type: 'update', entityName: IngestBatch.name, entity: batch }], clock));
      return batch;
    } catch (error) {
      await writer?.rollback().catch(() => undefined);
      // Whatever went wrong, the batch ends REJECTED with the reason, never STAGING: only a
      // killed process leaves one STAGING, and the next start sweeps it (sweepOrphanBatches).
      const located = error instanceof IngestFileError;
      const reason = located ? error.message : `the ingest failed (${error instanceof Error ? error.name : 'error'}); nothing was counted`;
      const summary: BatchErrorSummary = {
        total: 1,
        byField: { [(located && error.field) || 'file']: 1 },
        first: [
          {
            file: located ? error.file : request.fileName,
            line: (located && error.line) || 0,
            field: (located && error.field) || 'file',
            reason,
          },
        ],
      };
      // The original error is the one to report; if even this write fails (the database is gone),
      // the batch is left STAGING and unclaimed, and the next start sweeps it.
      await this.finish(batch, { errorSummary: summary }, BatchStatus.REJECTED).catch(() => undefined);
      if (located) throw new IngestInputError(error.file, error.line, error.field, error.message);
      throw error;
    } finally {
      await writer?.close();
      await claim.release();
    }
  }

  /**
   * The incident's source lists persons for any controller it exposes; a controller lists its own.
   * Rows name controllers by SIREN, or by a code the profile maps to one.
   */
  private async listableControllers(incident: Incident, sourceId: string, profile: SourceProfile): Promise<Map<string, string>> {
    const exposures = await this.ctx.em.find(Exposure, { incident: incident.id }, { populate: ['controller'] });
    const bySource = this.ctx.viewer.isAdmin || incident.sourceOrganization.id === sourceId;
    const listable = exposures.filter((e) => bySource || e.controller.id === sourceId);
    if (listable.length === 0) throw new ForbiddenError('ingest a list for an incident that does not expose your organisation');
    // A controller without SIREN (« pas de SIREN ») cannot be named by the rows' SIREN column.
    const bySiren = new Map(
      listable.flatMap((e) => {
        const siren = e.controller.getEntity().siren;
        return siren ? [[siren, e.controller.id] as const] : [];
      }),
    );
    // A row names its controller by SIREN or by one of the sender's codes the profile maps to a SIREN.
    const byCode = Object.entries(profile.controllerCodes)
      .filter(([, siren]) => bySiren.has(siren))
      .map(([code, siren]) => [code, bySiren.get(siren)!] as const);
    return new Map([...bySiren, ...byCode]);
  }

  private completed(incidentId: string, sourceId: string, sha256: string): Promise<IngestBatch | null> {
    return this.ctx.em.findOne(IngestBatch, { incident: incidentId, sourceOrganization: sourceId, sha256, status: BatchStatus.COMPLETED });
  }

  /**
   * A batch of the same file left STAGING by a crash, or REJECTED, is taken up again, unless
   * another process is working on it (its claim): then this run gets a batch of its own. The
   * claim is taken before the batch is STAGING, so a STAGING batch without one is an orphan.
   */
  private async openBatch(
    request: IngestRequest,
    incident: Incident,
    sourceId: string,
  ): Promise<{ batch: IngestBatch; claim: BatchClaim }> {
    const { em } = this.ctx;
    const unfinished = request.sha256
      ? await em.findOne(
          IngestBatch,
          {
            incident: incident.id,
            sourceOrganization: sourceId,
            sha256: request.sha256,
            status: { $in: [BatchStatus.STAGING, BatchStatus.REJECTED] },
          },
          { orderBy: { id: 'desc' } },
        )
      : null;
    let claim = unfinished ? await tryClaimBatch(this.config.database, unfinished.id) : null;
    let batch = unfinished;
    if (claim && batch) {
      // Read again under the claim: a start-up sweep may have just rejected it, a rerun completed it.
      await em.refresh(batch);
      if (batch.status === BatchStatus.COMPLETED || batch.status === BatchStatus.DUPLICATE) {
        await claim.release();
        claim = null;
      }
    }
    if (!claim) {
      batch = new IngestBatch();
      claim = await tryClaimBatch(this.config.database, batch.id);
      if (!claim) throw new Error('a new batch id is already claimed');
    }
    try {
      this.prepareBatch(batch!, request, incident, sourceId, BatchStatus.STAGING);
      await this.flushWithProgress(batch!);
    } catch (error) {
      await claim.release();
      throw error;
    }
    return { batch: batch!, claim };
  }

  private prepareBatch(batch: IngestBatch, request: IngestRequest, incident: Incident, sourceId: string, status: BatchStatus): void {
    const { em, viewer, clock } = this.ctx;
    Object.assign(batch, {
      incident: ref(incident),
      sourceOrganization: em.getReference(Organization, sourceId, { wrapped: true }),
      submittedBySubject: viewer.subject,
      fileName: request.fileName,
      sha256: request.sha256,
      profile: request.profile.name,
      onError: request.onError,
      status,
      rowsRead: 0,
      rowsAccepted: 0,
      rowsRejected: 0,
      errorSummary: undefined,
      startedAt: clock.now(),
      finishedAt: status === BatchStatus.STAGING ? undefined : clock.now(),
    });
    em.persist(batch);
  }

  private async stage(
    request: IngestRequest,
    batch: IngestBatch,
    writer: BulkWriter,
    controllers: Map<string, string>,
    reference: Date,
  ): Promise<BatchOutcome> {
    const started = Date.now();
    const hash = createHash('sha256');
    const summary: BatchErrorSummary = { total: 0, byField: {}, first: [] };
    let rowsAccepted = 0;
    let reported = started;
    const chunks = pseudonymiseInWorker(
      request.input,
      {
        profile: request.profile,
        fileName: request.fileName,
        controllers: [...controllers.keys()].map((code, index) => [code, index]),
        referenceDate: reference.toISOString(),
      },
      this.config.pseudonymKey,
      hash,
    );
    for await (const chunk of chunks) {
      for (const error of chunk.errors) {
        summary.total++;
        summary.byField[error.field] = (summary.byField[error.field] ?? 0) + 1;
        if (summary.first.length < SUMMARY_ERRORS) summary.first.push(error);
        request.onRejectedRow?.(error);
      }
      if (chunk.count) await writer.stage(chunk);
      rowsAccepted += chunk.count;
      // The submitter's subscriptions hear how far it got, at most every PROGRESS_INTERVAL_MS; nothing
      // is counted yet, so the event stands alone, outside any transaction of the batch.
      if (Date.now() - reported >= PROGRESS_INTERVAL_MS) {
        reported = Date.now();
        const progress = { ...progressOf(batch), rowsRead: rowsAccepted + summary.total, rowsAccepted, rowsRejected: summary.total };
        await appendEvents(this.ctx.em.fork(), [batchProgress(progress, batch.sourceOrganization.id, this.ctx.clock.now())]);
      }
      request.onProgress?.({
        rowsRead: rowsAccepted + summary.total,
        rowsAccepted,
        rowsRejected: summary.total,
        bytesRead: chunk.bytesRead,
        totalBytes: request.totalBytes ?? null,
        elapsedMs: Date.now() - started,
      });
    }
    const sha256 = hash.digest('hex');
    // Located, so the batch is rejected with this reason rather than a generic one.
    if (request.sha256 && request.sha256 !== sha256)
      throw new IngestFileError(request.fileName, null, null, 'the file changed while it was read');
    return {
      batchId: batch.id,
      actor: { subject: this.ctx.viewer.subject, organizationId: this.ctx.viewer.organizationId },
      incidentId: batch.incident.id,
      sourceId: batch.sourceOrganization.id,
      sha256,
      rowsRead: rowsAccepted + summary.total,
      rowsAccepted,
      rowsRejected: summary.total,
      errorSummary: summary.total ? summary : null,
      finishedAt: this.ctx.clock.now(),
    };
  }

  private async finish(batch: IngestBatch, outcome: Partial<BatchOutcome>, status: BatchStatus): Promise<IngestBatch> {
    Object.assign(batch, {
      status,
      sha256: outcome.sha256 ?? batch.sha256,
      rowsRead: outcome.rowsRead ?? batch.rowsRead,
      rowsAccepted: status === BatchStatus.COMPLETED ? (outcome.rowsAccepted ?? 0) : 0,
      rowsRejected: outcome.rowsRejected ?? batch.rowsRejected,
      errorSummary: outcome.errorSummary ?? undefined,
      finishedAt: this.ctx.clock.now(),
    });
    await this.flushWithProgress(batch);
    return batch;
  }

  /**
   * Flushes the batch's new status with its INGEST_BATCH_PROGRESS event, in one transaction: the
   * uploader's subscription hears of a status exactly when it committed. (COMPLETED is written by
   * the bulk writer's own transaction, with its event: batch-completion.ts.)
   */
  private async flushWithProgress(batch: IngestBatch): Promise<void> {
    const { em, clock } = this.ctx;
    await em.begin();
    try {
      await flush(this.ctx);
      await appendEvents(em, [batchProgress(progressOf(batch), batch.sourceOrganization.id, clock.now())]);
      await em.commit();
    } catch (error) {
      await em.rollback();
      throw error;
    }
  }

  /** Written DUPLICATE at once: a batch is STAGING only while claimed. */
  private async recordDuplicate(request: IngestRequest, incident: Incident, sourceId: string, sha256: string): Promise<IngestBatch> {
    const batch = new IngestBatch();
    this.prepareBatch(batch, { ...request, sha256 }, incident, sourceId, BatchStatus.DUPLICATE);
    await this.flushWithProgress(batch);
    return batch;
  }
}

function progressOf(batch: IngestBatch) {
  const { id: batchId, status, rowsRead, rowsAccepted, rowsRejected } = batch;
  return { batchId, incidentId: batch.incident.id, status, rowsRead, rowsAccepted, rowsRejected };
}

/** Minors are counted at the incident's start: the age the persons had when exposed. */
function referenceDate(incident: Incident, now: Date): Date {
  return incident.startAt ?? incident.detectedAt ?? now;
}
