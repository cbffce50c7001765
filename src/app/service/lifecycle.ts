/**
 * Where a serving process is in its life: serving, draining (readyz answers 503 so the balancer
 * sends no more, while requests in flight run on), then past the grace period (what still runs is
 * told to stop: an upload answers 503 and its batch is rejected). Shared by the probes, the routes
 * that must stop mid-way, and the shutdown that drives it (shutdown.ts).
 */
export class Lifecycle {
  #draining = false;
  readonly #graceOver = new AbortController();

  get draining(): boolean {
    return this.#draining;
  }

  /** Aborted when the grace period ends: long work still running gives up cleanly. */
  get graceOver(): AbortSignal {
    return this.#graceOver.signal;
  }

  drain(): void {
    this.#draining = true;
  }

  endGrace(): void {
    this.#draining = true;
    this.#graceOver.abort();
  }
}
