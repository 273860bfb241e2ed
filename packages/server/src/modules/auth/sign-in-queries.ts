/**
 * SQL for password sign-in. These run before anyone is signed in, so there is no actor and no
 * scope: the lookups are by the e-mail typed in (hence `system…`).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database/schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** The throttle row of an e-mail (known or not). No scope: sign-in happens before any actor exists. */
export async function systemFindSignInThrottle(db: Executor, key: string) {
  return db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

/**
 * Users with their organisation, as sign-in (password or OpenID Connect) looks them up. No scope:
 * sign-in is how an actor comes to exist.
 */
export function systemSelectSignInUsers(db: Executor) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.display_name',
      'u.email',
      'u.role',
      'u.is_active',
      'o.id as organisationId',
      'o.name as organisationName',
    ]);
}

/** The user with this e-mail in any organisation, with the password hash. */
export async function systemFindUserForSignIn(db: Executor, email: string) {
  return systemSelectSignInUsers(db).select('u.password_hash').where('u.email', '=', email).executeTakeFirst();
}

export interface SignInThrottleValues {
  readonly failures: number;
  readonly windowStartedAt: Date;
  readonly lockedUntil: Date | null;
}

export async function upsertSignInThrottle(tx: Transaction<Database>, key: string, values: SignInThrottleValues): Promise<void> {
  await tx
    .insertInto('sign_in_throttle')
    .values({ key, failures: values.failures, window_started_at: values.windowStartedAt, locked_until: values.lockedUntil })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: values.failures,
        window_started_at: values.windowStartedAt,
        locked_until: values.lockedUntil,
      }),
    )
    .execute();
}

export async function deleteSignInThrottle(tx: Transaction<Database>, key: string): Promise<void> {
  await tx.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}

export async function updateLastSignInAt(tx: Transaction<Database>, userId: string, at: Date): Promise<void> {
  await tx.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', userId).execute();
}
