/**
 * The vacancy escalation job: periodically, every open vacancy that has reached one of its
 * municipality's thresholds (e.g. 7, 14, 30 days) is escalated to the housing allocation unit's
 * inbox, ONCE per threshold (a row in vacancy_escalations per vacancy and threshold), with an
 * audit event of its own. A report backdated past a threshold escalates in its own writing
 * transaction (supply-register-service); this job catches the days the calendar adds. Safe with
 * several instances: one transaction under an advisory lock. Reads never escalate.
 */
import { appendAuditEvents } from '../../audit/audit-writer';
import { todayInDenmark } from '../../calendar/danish-time';
import type { Db } from '../../database/connection';
import { runLockedRound, startRepeatingJob } from '../../database/locked-jobs';
import { systemFindOpenVacancies } from './housing-supply-queries';
import { systemEscalateVacancies } from './supply-register-service';

/** An arbitrary, fixed key for pg_try_advisory_xact_lock ("vacancy escalations"). */
const escalationLockKey = 7_301_012;

export async function runVacancyEscalations(db: Db, now: Date = new Date()): Promise<{ escalated: number }> {
  const today = todayInDenmark(now);
  return runLockedRound(db, escalationLockKey, { escalated: 0 }, async (tx) => {
    const open = await systemFindOpenVacancies(tx, today);
    const byOrganisation = new Map<string, typeof open>();
    for (const v of open) byOrganisation.set(v.organisationId, [...(byOrganisation.get(v.organisationId) ?? []), v]);
    let escalated = 0;
    for (const [organisationId, vacancies] of byOrganisation) {
      const done = await systemEscalateVacancies(tx, organisationId, vacancies, today);
      if (done.length === 0) continue;
      await appendAuditEvents(
        tx,
        { actor: null, ip: null },
        done.map((e) => ({
          action: 'vacancy.escalate',
          subjectType: 'vacancy',
          subjectId: e.vacancyId,
          dataOrganisationId: organisationId,
          changes: { thresholds: e.thresholds },
        })),
      );
      escalated += done.length;
    }
    return { escalated };
  });
}

/** Runs the job now and then every `intervalMinutes`; errors are logged, never thrown. */
export function startVacancyEscalationJob(db: Db, onError: (error: unknown) => void, intervalMinutes = 60): () => void {
  return startRepeatingJob(() => runVacancyEscalations(db), onError, { intervalMinutes });
}
