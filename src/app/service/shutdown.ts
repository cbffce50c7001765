import { createTerminus } from '@godaddy/terminus';
import type { App } from '../app';
import type { RunningServer } from '../http/server';
import { flushTraces } from '../tracing-bootstrap';

/** Past the grace period, what is still open gets this long to send its answer before its socket is destroyed. */
const FORCE_CLOSE_MARGIN_MS = 5_000;

/**
 * The serve command's stop, on SIGTERM or SIGINT, through @godaddy/terminus (its stoppable server
 * closes idle keep-alive connections and waits for requests in flight):
 * 1. readyz answers 503, and the server keeps accepting for SHUTDOWN_DELAY_SECONDS, so a balancer
 *    that polls readiness stops sending before connections are refused;
 * 2. WebSockets are closed (1001, going away: graphql-ws clients reconnect elsewhere), the server
 *    stops accepting, and requests in flight run on for SHUTDOWN_GRACE_SECONDS;
 * 3. then what still runs is told to stop (Lifecycle.graceOver): an upload is answered 503 and its
 *    batch rejected, nothing counted; anything else left is cut FORCE_CLOSE_MARGIN_MS later;
 * 4. the app closes (database, render threads, dispatcher), pending trace spans are sent, and the
 *    process exits 0.
 */
export function stopOnSignals(app: App, running: RunningServer): void {
  const { shutdownGraceMs, shutdownDelayMs } = app.config.service;
  createTerminus(running.server, {
    signals: ['SIGTERM', 'SIGINT'],
    useExit0: true,
    timeout: shutdownGraceMs + FORCE_CLOSE_MARGIN_MS,
    // Terminus's own health checks are not used: the probes are routes (probes.ts), served by
    // in-process test servers too, that read the Lifecycle this drives.
    beforeShutdown: async () => {
      app.logger.info({ graceSeconds: shutdownGraceMs / 1000, delaySeconds: shutdownDelayMs / 1000 }, 'shutting down');
      app.lifecycle.drain();
      if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
      setTimeout(() => {
        app.logger.warn('shutdown grace period over: requests still running are stopped');
        app.lifecycle.endGrace();
      }, shutdownGraceMs).unref();
      await running.closeLive();
    },
    // The spans of the last requests are still batched: sent once the app has closed.
    onSignal: () => app.close().then(flushTraces),
    onShutdown: async () => app.logger.info('stopped'),
    logger: (message, error) => app.logger.error({ err: error }, message),
  });
}
