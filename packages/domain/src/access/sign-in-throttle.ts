/**
 * Sign-in throttling policy: repeated failures are first slowed, then locked for a while.
 * Pure so that the thresholds are read and tested without a database.
 */

export interface ThrottlePolicy {
  /** Failures allowed before responses are slowed. */
  readonly freeFailures: number;
  /** Failures (within the window) after which the account key is locked. */
  readonly lockAfterFailures: number;
  readonly lockMinutes: number;
  /** Failures older than this are forgotten. */
  readonly windowMinutes: number;
  /** Delay added per failure beyond the free ones, capped. */
  readonly delayStepMs: number;
  readonly maxDelayMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  freeFailures: 3,
  lockAfterFailures: 5,
  lockMinutes: 15,
  windowMinutes: 15,
  delayStepMs: 500,
  maxDelayMs: 2000,
};

export interface ThrottleState {
  readonly failures: number;
  readonly windowStartedAt: Date | null;
  readonly lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** Seconds until a lock ends (0 when not locked), rounded up. */
export function secondsUntilUnlocked(state: ThrottleState, now: Date): number {
  if (!isLocked(state, now) || state.lockedUntil === null) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** The state after one more failed attempt. */
export function registerFailure(state: ThrottleState, now: Date, policy: ThrottlePolicy = defaultThrottlePolicy): ThrottleState {
  const windowExpired =
    state.windowStartedAt === null || now.getTime() - state.windowStartedAt.getTime() > policy.windowMinutes * 60_000;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const lockedUntil =
    failures >= policy.lockAfterFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : state.lockedUntil;
  return { failures, windowStartedAt, lockedUntil };
}

/** How long to hold back the answer to a failed attempt, so guessing is slow. */
export function failureDelayMs(failures: number, policy: ThrottlePolicy = defaultThrottlePolicy): number {
  const extra = failures - policy.freeFailures;
  if (extra <= 0) return 0;
  return Math.min(extra * policy.delayStepMs, policy.maxDelayMs);
}
