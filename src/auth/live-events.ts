import { Repeater } from '@repeaterjs/repeater';
import type { EventListener } from '../db/outbox/event-bus';
import { mayReceiveEvent } from './scope';
import type { Viewer } from './viewer';

/** What a subscription reads: the outbox as it commits (db/outbox EventBus). */
export interface EventSource {
  subscribe(listener: EventListener): () => void;
}

/**
 * How a subscription's consumer is kept honest: events waiting for a slow socket are bounded, and a
 * socket whose own send buffer is full is not fed more. `overflow` ends the connection with the reason.
 */
export interface LiveLimits {
  /** Events at most waiting to be sent, per subscription. */
  queueMax: number;
  /** Whether the connection's socket has more unsent bytes than it may hold. */
  congested(): boolean;
  overflow(reason: string): void;
}

/**
 * A viewer's live events, as the GraphQL subscriptions read them: each stream is the bus filtered
 * by kind and by `mayReceiveEvent`, so an event another tenant may not see never enters the
 * stream (not even its id), then by the subscription's own arguments.
 */
export class LiveEvents {
  constructor(
    private readonly source: EventSource,
    private readonly viewer: Viewer,
    private readonly limits: LiveLimits,
  ) {}

  /**
   * Payloads of `kind` this viewer may receive and `accept` keeps, in commit order. The listener is
   * removed when the consumer returns (the client completes, the socket closes). A consumer more
   * than queueMax events behind, or whose socket is congested, ends the connection instead of
   * being buffered without bound.
   */
  stream<P>(kind: string, accept: (payload: P) => boolean = () => true): AsyncIterableIterator<P> {
    const { source, viewer, limits } = this;
    return new Repeater<P>(async (push, stop) => {
      let waiting = 0;
      const unsubscribe = source.subscribe((event) => {
        if (event.kind !== kind || !mayReceiveEvent(viewer, event.audience)) return;
        const payload = event.payload as P;
        if (!accept(payload)) return;
        if (waiting >= limits.queueMax || limits.congested()) {
          // At once: the repeater's own stop waits for a consumer that is not reading.
          unsubscribe();
          limits.overflow(`the client reads its events too slowly (more than ${limits.queueMax} waiting or a full send buffer)`);
          stop();
          return;
        }
        waiting += 1;
        // Settles once the consumer took the payload (or the stream stopped).
        void push(payload).finally(() => (waiting -= 1));
      });
      await stop;
      unsubscribe();
    });
  }
}

/** What a subscription resolver reads from its context. */
export interface LiveContext {
  viewer: Viewer;
  live: LiveEvents;
}
