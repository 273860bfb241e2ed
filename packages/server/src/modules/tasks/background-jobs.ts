/**
 * The periodic work of tasks and notifications in a running server: escalation of overdue
 * tasks, and the e-mail outbox when SMTP is configured. Both are safe with several
 * instances (advisory lock; FOR UPDATE SKIP LOCKED). Returns a stop function.
 */
import type { AppConfig } from '../../config/config';
import type { Db } from '../../database/connection';
import { startRepeatingJob } from '../../database/locked-jobs';
import { sendPendingNotificationEmails, smtpMailSender } from '../notifications/email-outbox';
import { escalateOverdueTasks } from './escalation-job';

export function startTaskJobs(
  db: Db,
  config: Pick<AppConfig, 'smtp' | 'publicUrl'>,
  onError: (error: unknown, job: string) => void,
  intervals: { escalationMs?: number; outboxMs?: number } = {},
): () => void {
  const stopEscalation = startRepeatingJob(
    () => escalateOverdueTasks(db),
    (error) => onError(error, 'escalation'),
    { intervalMinutes: (intervals.escalationMs ?? 10 * 60_000) / 60_000 },
  );
  const timers: NodeJS.Timeout[] = [];
  const sender = config.smtp ? smtpMailSender(config.smtp) : null;
  if (sender) {
    let busy = false;
    timers.push(
      setInterval(() => {
        if (busy) return;
        busy = true;
        sendPendingNotificationEmails(db, sender, { publicUrl: config.publicUrl })
          .catch((error: unknown) => onError(error, 'e-mail outbox'))
          .finally(() => {
            busy = false;
          });
      }, intervals.outboxMs ?? 30_000),
    );
  }
  for (const timer of timers) timer.unref();
  return () => {
    stopEscalation();
    for (const timer of timers) clearInterval(timer);
    sender?.close();
  };
}
