/**
 * The e-mail outbox: notifications not yet e-mailed are sent through SMTP (nodemailer), each
 * in its recipient's language and without personal data (see notification-texts). Safe with
 * several instances: each batch is claimed with FOR UPDATE SKIP LOCKED, so two senders never
 * take the same notification; a failure is recorded on the notification and not retried
 * forever.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'kysely';
import type { SmtpConfig } from '../../config/config';
import type { Db } from '../../database/connection';
import { notificationEmail } from './notification-texts';

export interface MailSender {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

export function smtpMailSender(smtp: SmtpConfig): MailSender {
  const transporter: Transporter = nodemailer.createTransport(smtp.url);
  return {
    async send(message) {
      await transporter.sendMail({ from: smtp.from, ...message });
    },
    close() {
      transporter.close();
    },
  };
}

/** Sends one batch; returns how many were sent and how many failed. */
export async function sendPendingNotificationEmails(
  db: Db,
  sender: MailSender,
  options: { publicUrl: string; batchSize?: number },
): Promise<{ sent: number; failed: number }> {
  return db.transaction().execute(async (tx) => {
    // System work, not on behalf of a user: claims unsent notifications of active users.
    const batch = await sql<{
      id: string;
      kind: Parameters<typeof notificationEmail>[1];
      link: string | null;
      email: string;
      locale: 'da' | 'en';
    }>`
      SELECT n.id, n.kind, n.link, u.email, u.locale
      FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE n.emailed_at IS NULL AND n.email_error IS NULL AND u.is_active
        -- Switching SMTP on later does not send a flood of old news.
        AND n.created_at > now() - interval '2 days'
      ORDER BY n.created_at
      LIMIT ${options.batchSize ?? 50}
      FOR UPDATE OF n SKIP LOCKED`.execute(tx);
    let sent = 0;
    let failed = 0;
    for (const row of batch.rows) {
      const link = `${options.publicUrl}${row.link ?? '/'}`;
      const mail = notificationEmail(row.locale, row.kind, link);
      try {
        await sender.send({ to: row.email, subject: mail.subject, text: mail.text });
        await tx.updateTable('notifications').set({ emailed_at: new Date() }).where('id', '=', row.id).execute();
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx
          .updateTable('notifications')
          .set({ email_error: message.slice(0, 500) })
          .where('id', '=', row.id)
          .execute();
        failed += 1;
      }
    }
    return { sent, failed };
  });
}
