/**
 * Password sign-in: throttled per e-mail (known or not), argon2id-verified, audited
 * whether it succeeds or fails, and always creating a fresh session (rotation).
 */
import {
  defaultThrottlePolicy,
  failureDelayMs,
  isLocked,
  registerFailure,
  secondsUntilUnlocked,
  type ThrottleState,
} from '@hjemvej/domain';
import type { Db } from '../../database/connection';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { ActorSnapshot } from '../../audit/audit-event';
import { createSession, type NewSession, type SessionSettings } from './session-store';
import { verifyPassword } from './passwords';
import {
  deleteSignInThrottle,
  systemFindSignInThrottle,
  systemFindUserForSignIn,
  updateLastSignInAt,
  upsertSignInThrottle,
} from './sign-in-queries';

export type SignInResult =
  | { readonly kind: 'ok'; readonly userId: string; readonly session: NewSession }
  | { readonly kind: 'invalid'; readonly delayMs: number }
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number };

export interface SignInAttempt {
  readonly email: string;
  readonly password: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export async function signInWithPassword(
  db: Db,
  settings: SessionSettings,
  attempt: SignInAttempt,
  now: Date = new Date(),
): Promise<SignInResult> {
  const key = attempt.email.toLowerCase();
  const throttle = await systemFindSignInThrottle(db, key);
  const state: ThrottleState = throttle
    ? { failures: throttle.failures, windowStartedAt: throttle.window_started_at, lockedUntil: throttle.locked_until }
    : { failures: 0, windowStartedAt: null, lockedUntil: null };

  const user = await systemFindUserForSignIn(db, key);
  const snapshot: ActorSnapshot | null = user
    ? {
        userId: user.id,
        displayName: user.display_name,
        email: user.email,
        role: user.role,
        organisationId: user.organisationId,
        organisationName: user.organisationName,
      }
    : null;
  const origin = { actor: snapshot, ip: attempt.ip };

  if (isLocked(state, now)) {
    await db.transaction().execute((tx) =>
      appendAuditEvents(tx, origin, [
        {
          action: 'auth.sign_in_locked',
          outcome: 'refused',
          subjectType: 'user',
          subjectId: user?.id ?? null,
          changes: { email: key },
        },
      ]),
    );
    return { kind: 'locked', retryAfterSeconds: secondsUntilUnlocked(state, now) };
  }

  // Verified outside any transaction: argon2 is deliberately slow and must not hold a connection.
  const passwordOk = await verifyPassword(user?.password_hash ?? null, attempt.password);

  // A deactivated account answers exactly as a wrong password (and counts as a failure), so the
  // answer never tells whether an account exists or was closed; only the audit event says why.
  if (!user || !passwordOk || !user.is_active) {
    const next = registerFailure(state, now, defaultThrottlePolicy);
    const reason = user && passwordOk ? { reason: 'inactive' } : {};
    await db.transaction().execute(async (tx) => {
      await upsertSignInThrottle(tx, key, {
        failures: next.failures,
        windowStartedAt: next.windowStartedAt ?? now,
        lockedUntil: next.lockedUntil,
      });
      await appendAuditEvents(tx, origin, [
        {
          action: 'auth.sign_in_failed',
          outcome: user && passwordOk ? 'refused' : 'failed',
          subjectType: 'user',
          subjectId: user?.id ?? null,
          changes: { email: key, failures: next.failures, ...reason },
        },
      ]);
    });
    if (isLocked(next, now)) return { kind: 'locked', retryAfterSeconds: secondsUntilUnlocked(next, now) };
    return { kind: 'invalid', delayMs: failureDelayMs(next.failures) };
  }

  const session = await db.transaction().execute(async (tx) => {
    await deleteSignInThrottle(tx, key);
    await updateLastSignInAt(tx, user.id, now);
    const created = await createSession(tx, user.id, settings, { ip: attempt.ip, userAgent: attempt.userAgent }, now);
    await appendAuditEvents(
      tx,
      origin,
      [{ action: 'auth.sign_in', subjectType: 'user', subjectId: user.id, changes: { method: 'password' } }],
      now,
    );
    return created;
  });
  return { kind: 'ok', userId: user.id, session };
}
