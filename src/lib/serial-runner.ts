/**
 * Runs an async task one at a time, however often it is asked for: a request while it runs asks for
 * exactly one more run after it, so work that arrives meanwhile is never missed and never run twice
 * in parallel. What the event bus and the webhook dispatcher do on each wake-up.
 */
export class SerialRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs the task now, or once more after the running one. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.task()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** No run starts any more; resolves when the current one (if any) has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }
}
