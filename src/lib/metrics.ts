import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The series counted below the HTTP layer (ingest, PDF renders, audit trail), in one registry for
 * the process: the code that does the work has no app instance to hand, and a process serves one
 * gateway. The HTTP and GraphQL series, and the overdue gauge that queries a database, live in each
 * app's own registry (src/app/metrics); a scrape answers both. Tests that run several apps in one
 * process read these as deltas.
 */
export const sharedMetrics = new Registry();

collectDefaultMetrics({ register: sharedMetrics, prefix: 'breach_gateway_' });

/** Affected-person rows read by an ingest: kept (accepted) or refused (rejected, a NIR check say). */
export const ingestRows = new Counter({
  name: 'breach_gateway_ingest_rows_total',
  help: 'Rows of affected-person lists ingested, by outcome: accepted (counted) or rejected',
  labelNames: ['outcome'] as const,
  registers: [sharedMetrics],
});

/** One per PDF asked for: `cache` says whether it was rendered (miss) or served from the render cache (hit). */
export const pdfRenders = new Counter({
  name: 'breach_gateway_pdf_renders_total',
  help: 'PDF documents asked for, by document kind and whether the render cache had them',
  labelNames: ['kind', 'cache'] as const,
  registers: [sharedMetrics],
});

/** Only real renders (cache misses): a hit takes no time worth measuring and would hide slow renders. */
export const pdfRenderSeconds = new Histogram({
  name: 'breach_gateway_pdf_render_duration_seconds',
  help: 'Time a PDF render took on a render thread, queueing included, by document kind',
  labelNames: ['kind'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [sharedMetrics],
});

/** Audit events written with their change (committed with it, or joined to the caller's transaction). */
export const auditEvents = new Counter({
  name: 'breach_gateway_audit_events_total',
  help: 'Audit trail events written',
  registers: [sharedMetrics],
});
