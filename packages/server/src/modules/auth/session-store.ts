/**
 * Sessions in the database (so any web process serves any request). The cookie holds a
 * random token; the table holds only its SHA-256. Idle and absolute timeouts are checked
 * in the lookup query itself.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { UnitKind } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import type { Database } from '../../database/schema';

export interface SessionSettings {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

type Executor = Kysely<Database> | Transaction<Database>;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export async function createSession(
  db: Executor,
  userId: string,
  settings: SessionSettings,
  client: { ip: string | null; userAgent: string | null },
  now: Date = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      id: hashSessionToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The actor behind a session token, or null when the session is unknown, expired, idle or the user inactive. */
export async function findActorBySessionToken(
  db: Executor,
  token: string,
  settings: SessionSettings,
  now: Date = new Date(),
): Promise<(Actor & { lastSeenAt: Date }) | null> {
  const sessionId = hashSessionToken(token);
  const idleCutoff = new Date(now.getTime() - settings.idleMinutes * 60_000);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.display_name as displayName',
      'u.email',
      'u.role',
      'u.locale',
      'o.id as organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
      'o.is_demo as organisationIsDemo',
      sql<{ id: string; name: string; kind: UnitKind }[]>`coalesce((
        SELECT json_agg(json_build_object('id', un.id, 'name', un.name, 'kind', un.kind) ORDER BY un.name)
        FROM user_units uu JOIN units un ON un.id = uu.unit_id
        WHERE uu.user_id = u.id AND un.is_active
      ), '[]'::json)`.as('units'),
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleCutoff)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...row,
    role: row.role,
    organisationKind: row.organisationKind,
  };
}

/** Keeps an active session alive; written at most once a minute to spare the database. */
export async function touchSession(db: Executor, sessionId: string, lastSeenAt: Date, now: Date = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < 60_000) return;
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSessionByToken(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashSessionToken(token)).execute();
}

export async function deleteSessionById(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user at once (deactivation, password reset). */
export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Executor, settings: SessionSettings, now: Date = new Date()): Promise<void> {
  const idleCutoff = new Date(now.getTime() - settings.idleMinutes * 60_000);
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}
