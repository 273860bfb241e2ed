/**
 * The agreement reminder job: periodically, for every agreement, the reminders it needs today
 * (revisit due; a signing leader deactivated, gone from the organisation or moved out of the
 * unit) are sent ONCE as notifications to the writing organisation's leaders and to the active
 * signers. Safe with several instances: one transaction under an advisory lock, and a row in
 * agreement_reminders_sent per reminder key.
 */
import { agreementReminders, hasPermission, type AgreementSigner } from '@hjemvej/domain';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { Db } from '../../database/connection';
import { runLockedRound, startRepeatingJob } from '../../database/locked-jobs';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { createNotifications } from '../notifications/notification-service';
import { findParties, partyNameOf, signerOf, systemFindAllAgreementRows } from './agreement-queries';

/** An arbitrary, fixed key for pg_try_advisory_xact_lock ("agreement reminders"). */
const reminderLockKey = 7_301_004;

export async function runAgreementReminders(db: Db, now: Date = new Date()): Promise<{ sent: number }> {
  const today = todayInDenmark(now);
  return runLockedRound(db, reminderLockKey, { sent: 0 }, async (tx) => {
    const agreements = await systemFindAllAgreementRows(tx);
    const parties = await findParties(
      tx,
      agreements.map((a) => a.id),
    );
    let sent = 0;
    for (const agreement of agreements) {
      const own = parties.filter((p) => p.agreementId === agreement.id);
      const signers = own.map(signerOf).filter((s): s is AgreementSigner => s !== null);
      const due = agreementReminders({ revisitOn: agreement.revisitOn, signers }, today);
      for (const reminder of due) {
        const claimed = await tx
          .insertInto('agreement_reminders_sent')
          .values({ agreement_id: agreement.id, key: reminder.key })
          .onConflict((oc) => oc.doNothing())
          .returning('key')
          .executeTakeFirst();
        if (!claimed) continue;
        const leaders = await tx
          .selectFrom('users')
          .select(['id', 'role'])
          .where('organisation_id', '=', agreement.organisationId)
          .where('is_active', '=', true)
          .execute();
        const recipients = new Set(leaders.filter((u) => hasPermission(u.role, 'agreements.manage')).map((u) => u.id));
        if (reminder.kind === 'revisit_due') {
          for (const p of own) if (p.signingUserId && p.signerIsActive) recipients.add(p.signingUserId);
        }
        const party = reminder.kind === 'signer_left' ? own.find((p) => p.id === reminder.partyKey) : undefined;
        const title =
          reminder.kind === 'revisit_due'
            ? `Samarbejdsaftalen »${agreement.title}« skal genbesøges (${formatDate('da', reminder.revisitOn)})`
            : `${reminder.signerName} har forladt ${party ? partyNameOf(party) : 'en part'}: samarbejdsaftalen »${agreement.title}« skal genbesøges`;
        await createNotifications(tx, {
          userIds: [...recipients],
          kind: reminder.kind === 'revisit_due' ? 'agreement_revisit' : 'agreement_signer_left',
          link: `/agreements#${agreement.id}`,
          words: { text: title },
        });
        await appendAuditEvents(tx, { actor: null, ip: null }, [
          {
            action: 'agreement.reminder',
            subjectType: 'agreement',
            subjectId: agreement.id,
            dataOrganisationId: agreement.organisationId,
            changes: { kind: reminder.kind, key: reminder.key, recipients: recipients.size },
          },
        ]);
        sent += 1;
      }
    }
    return { sent };
  });
}

/** Runs the job now and then every `intervalMinutes`; errors are logged, never thrown. */
export function startAgreementReminderJob(db: Db, onError: (error: unknown) => void, intervalMinutes = 60): () => void {
  return startRepeatingJob(() => runAgreementReminders(db), onError, { intervalMinutes });
}
