import type { Clock } from '../../src/config/clock';

/** A clock a test moves by hand: the app and its scheduler read it, so deadlines pass on demand. */
export function movableClock(start: Date): Clock & { set(instant: Date): void } {
  let at = new Date(start);
  return {
    now: () => new Date(at),
    set(instant: Date) {
      at = new Date(instant);
    },
  };
}
