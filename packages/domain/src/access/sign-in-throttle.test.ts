import { describe, expect, it } from 'vitest';
import {
  defaultThrottlePolicy,
  failureDelayMs,
  isLocked,
  registerFailure,
  secondsUntilUnlocked,
  type ThrottleState,
} from './sign-in-throttle';

const fresh: ThrottleState = { failures: 0, windowStartedAt: null, lockedUntil: null };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 5, 10, minutes));

describe('sign-in throttling', () => {
  it('lets the first failures through without delay, then slows, then locks', () => {
    let state = fresh;
    const delays: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      state = registerFailure(state, at(0));
      delays.push(failureDelayMs(state.failures));
      expect(isLocked(state, at(0))).toBe(false);
    }
    expect(delays).toEqual([0, 0, 0, 500]);
    state = registerFailure(state, at(1));
    expect(isLocked(state, at(1))).toBe(true);
    expect(secondsUntilUnlocked(state, at(1))).toBe(defaultThrottlePolicy.lockMinutes * 60);
    expect(isLocked(state, at(1 + defaultThrottlePolicy.lockMinutes))).toBe(false);
  });

  it('forgets failures after the window', () => {
    let state = registerFailure(registerFailure(fresh, at(0)), at(1));
    expect(state.failures).toBe(2);
    state = registerFailure(state, at(1 + defaultThrottlePolicy.windowMinutes + 1));
    expect(state.failures).toBe(1);
  });

  it('caps the delay', () => {
    expect(failureDelayMs(100)).toBe(defaultThrottlePolicy.maxDelayMs);
  });
});
