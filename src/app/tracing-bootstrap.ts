import { parseTracing } from '../config/config';
import type { startTracing } from './telemetry';

/** Sends the spans still batched (serve calls it when it shuts down); nothing to do when tracing is off. */
export let flushTraces: () => Promise<void> = async () => undefined;

/**
 * Loaded first by main.ts. With an OTEL_* exporter configured, the instrumentations are registered
 * now, before express, pg and graphql are required (they patch modules as they load); without, not
 * one OpenTelemetry module is loaded.
 */
const tracing = parseTracing();
if (tracing) {
  // A synchronous require on purpose: an import() would resolve after main.ts has required express.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const telemetry = require('./telemetry') as { startTracing: typeof startTracing };
  const provider = telemetry.startTracing(tracing);
  flushTraces = () => provider.shutdown();
}
