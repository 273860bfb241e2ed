/**
 * Turns a verified OpenID Connect identity into a Hjemvej session. A user is found by the
 * (issuer, subject) pair linked to it, or, the first time, by e-mail among users not yet
 * linked to any identity; that user is then linked so later e-mail changes at the provider
 * cannot move the identity to someone else. Audited whether it succeeds or is refused.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../database/connection';
import type { Database } from '../../database/schema';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { ActorSnapshot } from '../../audit/audit-event';
import { createSession, deleteSessionByToken, type NewSession, type SessionSettings } from './session-store';
import type { OidcIdentity } from './oidc-protocol';
import { systemSelectSignInUsers } from './sign-in-queries';

export type OidcRefusal = 'unknown_identity' | 'email_unverified' | 'inactive';

export type OidcSignInResult =
  | { readonly kind: 'ok'; readonly userId: string; readonly session: NewSession }
  | { readonly kind: 'refused'; readonly reason: OidcRefusal };

export interface OidcClientInfo {
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** The session cookie the browser still had, ended on success (rotation). */
  readonly previousSessionToken: string | null;
}

interface Candidate {
  readonly snapshot: ActorSnapshot;
  readonly isActive: boolean;
  /** Found by e-mail: the identity gets linked to the user on success. */
  readonly link: boolean;
}

export async function signInWithOidc(
  db: Db,
  settings: SessionSettings,
  identity: OidcIdentity,
  client: OidcClientInfo,
  now: Date = new Date(),
): Promise<OidcSignInResult> {
  const candidate = await findCandidate(db, identity);
  if (!candidate) return refuse(db, identity, client, null, emailRefusal(identity), now);
  if (!candidate.isActive) return refuse(db, identity, client, candidate.snapshot, 'inactive', now);

  const userId = candidate.snapshot.userId;
  const session = await db.transaction().execute(async (tx) => {
    await markSignedIn(tx, userId, identity, candidate.link, now);
    if (client.previousSessionToken) await deleteSessionByToken(tx, client.previousSessionToken);
    const created = await createSession(tx, userId, settings, client, now);
    await appendAuditEvents(
      tx,
      { actor: candidate.snapshot, ip: client.ip },
      [
        {
          action: 'auth.sign_in',
          subjectType: 'user',
          subjectId: userId,
          changes: { method: 'oidc', issuer: identity.issuer, linked: candidate.link },
        },
      ],
      now,
    );
    return created;
  });
  return { kind: 'ok', userId, session };
}

async function findCandidate(db: Db, identity: OidcIdentity): Promise<Candidate | null> {
  const linked = await systemSelectSignInUsers(db)
    .where('u.oidc_issuer', '=', identity.issuer)
    .where('u.oidc_subject', '=', identity.subject)
    .executeTakeFirst();
  if (linked) return toCandidate(linked, false);
  const email = trustedEmail(identity);
  if (email === null) return null;
  // A user already linked to another identity is never taken over by a matching e-mail.
  const byEmail = await systemSelectSignInUsers(db)
    .where('u.email', '=', email)
    .where('u.oidc_subject', 'is', null)
    .executeTakeFirst();
  return byEmail ? toCandidate(byEmail, true) : null;
}

type CandidateRow = Awaited<ReturnType<ReturnType<typeof systemSelectSignInUsers>['executeTakeFirstOrThrow']>>;

function toCandidate(row: CandidateRow, link: boolean): Candidate {
  return {
    snapshot: {
      userId: row.id,
      displayName: row.display_name,
      email: row.email,
      role: row.role,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
    },
    isActive: row.is_active,
    link,
  };
}

/** An e-mail the provider says it has NOT verified could be anyone's, so it links nothing. */
function trustedEmail(identity: OidcIdentity): string | null {
  return identity.emailVerified === false ? null : identity.email;
}

function emailRefusal(identity: OidcIdentity): OidcRefusal {
  return identity.email !== null && identity.emailVerified === false ? 'email_unverified' : 'unknown_identity';
}

async function markSignedIn(
  tx: Kysely<Database>,
  userId: string,
  identity: OidcIdentity,
  link: boolean,
  now: Date,
): Promise<void> {
  if (!link) {
    await tx.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute();
    return;
  }
  const result = await tx
    .updateTable('users')
    .set({ last_sign_in_at: now, oidc_issuer: identity.issuer, oidc_subject: identity.subject, updated_at: now })
    .where('id', '=', userId)
    .where('oidc_subject', 'is', null)
    .executeTakeFirst();
  // Only a concurrent first sign-in can get here; rolling back is the safe answer.
  if (Number(result.numUpdatedRows) !== 1) throw new Error('the user was linked to another identity meanwhile');
}

async function refuse(
  db: Db,
  identity: OidcIdentity,
  client: OidcClientInfo,
  user: ActorSnapshot | null,
  reason: OidcRefusal,
  now: Date,
): Promise<OidcSignInResult> {
  await db.transaction().execute((tx) =>
    appendAuditEvents(
      tx,
      { actor: user, ip: client.ip },
      [
        {
          action: 'auth.sign_in_failed',
          outcome: 'refused',
          subjectType: 'user',
          subjectId: user?.userId ?? null,
          changes: { method: 'oidc', issuer: identity.issuer, subject: identity.subject, email: identity.email, reason },
        },
      ],
      now,
    ),
  );
  return { kind: 'refused', reason };
}
