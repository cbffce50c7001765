import { describe, expect, it } from 'vitest';
import { transition } from '../../src/notifications/transitions';

describe('notification transitions', () => {
  it('goes draft → ready → filed, and a ready one may be reopened', () => {
    expect(transition('DRAFT', 'MARK_READY')).toBe('READY');
    expect(transition('READY', 'REOPEN')).toBe('DRAFT');
    expect(transition('READY', 'RECORD_FILING')).toBe('FILED');
    expect(transition('FILED', 'START_COMPLEMENTARY')).toBe('FILED');
  });

  it('refuses every other move with INVALID_STATE_TRANSITION', () => {
    for (const [status, action] of [
      ['DRAFT', 'RECORD_FILING'],
      ['FILED', 'EDIT'],
      ['FILED', 'REOPEN'],
      ['READY', 'EDIT'],
      ['DRAFT', 'START_COMPLEMENTARY'],
    ] as const) {
      expect(() => transition(status, action)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }) }),
      );
    }
    expect(() => transition('FILED', 'EDIT')).toThrow('cannot edit a FILED notification (only from DRAFT)');
  });
});
