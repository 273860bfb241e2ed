/** `hjemvej reset-password`: sets a new password and ends the user's sessions at once. */
import { appendAuditEvents } from '../../audit/audit-writer';
import { hashPassword } from '../../modules/auth/passwords';
import { deleteSessionsOfUser } from '../../modules/auth/session-store';
import type { CliContext } from '../cli-context';
import { requireLatestSchema, withDatabase } from '../cli-database';
import { CliError } from '../cli-error';
import { choosePassword } from '../password-source';
import { parseEmail } from './create-user';

export interface ResetPasswordOptions {
  readonly email: string;
  readonly password?: string;
}

export async function resetPasswordCommand(options: ResetPasswordOptions, context: CliContext): Promise<void> {
  const email = parseEmail(options.email);
  const { password, source } = await choosePassword(options.password, context.stdin, () =>
    context.out.note('Reading the password from standard input (its first line; none generates one)…'),
  );

  await withDatabase(context, async (db) => {
    await requireLatestSchema(db);
    const user = await db
      .selectFrom('users')
      .select(['id', 'organisation_id', 'is_active'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (!user) throw new CliError(`no user has the e-mail ${email}`);
    const passwordHash = await hashPassword(password);
    const endedSessions = await db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: new Date() })
        .where('id', '=', user.id)
        .execute();
      const ended = await deleteSessionsOfUser(tx, user.id);
      await appendAuditEvents(tx, { actor: null, ip: null }, [
        {
          action: 'user.password_reset',
          subjectType: 'user',
          subjectId: user.id,
          dataOrganisationId: user.organisation_id,
          changes: { endedSessions: ended, via: 'cli' },
        },
      ]);
      return ended;
    });
    context.out.line(`Password reset for ${email}; ended ${endedSessions} session${endedSessions === 1 ? '' : 's'}.`);
    if (!user.is_active) context.out.line('Note: this user is deactivated and cannot sign in until reactivated.');
    if (source === 'generated') context.out.line(`Password (shown only this once): ${password}`);
  });
}
