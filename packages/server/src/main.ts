/**
 * Starts Hjemvej: reads the environment, opens and migrates the database, loads the demo
 * on first start of the embedded default, and serves the API and the web app.
 */
import { loadConfig } from './config/config';
import { describeDatabaseTarget } from './config/database-url';
import { openDatabase } from './database/connection';
import { migrateToLatest } from './database/migrator';
import { keepPlannerStatisticsFresh } from './database/maintenance';
import { buildApp } from './app';
import { demoAccounts, demoPassword } from './demo/demo-accounts';
import { isDemoLoaded, seedDemo } from './demo/seed-demo';
import { deleteExpiredSessions } from './modules/auth/session-store';
import { startTaskJobs } from './modules/tasks/background-jobs';
import { startAgreementReminderJob } from './modules/agreements/agreement-reminder-job';
import { startVacancyEscalationJob } from './modules/housing-supply/vacancy-escalation-job';
import { startKeyFigureRollupJob } from './modules/key-figures/key-figure-rollup-job';
import { startFidelityDueJob } from './modules/fidelity/fidelity-due-job';
import { useAuditKeys } from './audit/audit-keys';
import { startAuditCheckpoints } from './audit/checkpoint-job';

const startedAt = performance.now();
const config = loadConfig();
const audit = useAuditKeys(config.audit);
const database = await openDatabase(config.database);
const applied = await migrateToLatest(database.db);
if (config.seedDemoOnStart)
  await seedDemo(database.db, (step) => process.stdout.write(step === 'done' ? '' : `  demo: ${step}\n`));

const app = await buildApp({ config, database });
const address = await app.listen({ port: config.port, host: config.host });

const sweep = setInterval(() => {
  deleteExpiredSessions(database.db, config.session).catch((error: unknown) =>
    app.log.warn({ err: error }, 'session sweep failed'),
  );
}, 10 * 60_000);
sweep.unref();
keepPlannerStatisticsFresh(database.db, database.target, (error) => app.log.warn({ err: error }, 'ANALYZE failed'));
const stopTaskJobs = startTaskJobs(database.db, config, (error, job) => app.log.warn({ err: error }, `${job} failed`));
startAgreementReminderJob(database.db, (error) => app.log.warn({ err: error }, 'agreement reminders failed'));
startVacancyEscalationJob(database.db, (error) => app.log.warn({ err: error }, 'vacancy escalations failed'));
const stopFidelityDueJob = startFidelityDueJob(database.db, (error) => app.log.warn({ err: error }, 'fidelity due tasks failed'));
const stopRollupJob = startKeyFigureRollupJob(database.db, (error) => app.log.warn({ err: error }, 'key figure roll-up failed'));
const auditCheckpoints = startAuditCheckpoints(database.db, config.audit, audit.keyring, app.log);
await auditCheckpoints.checkpointNow();

const shownAddress = address.replace('127.0.0.1', 'localhost');
const lines = [
  '',
  `Hjemvej ${config.version} kører på ${shownAddress}  (klar efter ${((performance.now() - startedAt) / 1000).toFixed(1)} s)`,
  `  Database: ${database.target.kind} – ${describeDatabaseTarget(database.target)}${applied.length ? `  (migreret: ${applied.join(', ')})` : ''}`,
  `  API-dokumentation: ${shownAddress}/api/docs`,
  `  Revisionslog: nøgle ${audit.keyring.current.id} fra ${audit.keyring.source}; checkpoints i ${config.audit.checkpointFile ?? 'loggen'}`,
];
if (audit.generatedFile !== null)
  lines.push(
    `  Ny revisionsnøgle lavet i ${audit.generatedFile} (kun til demo og udvikling: i drift sættes AUDIT_KEY_FILE eller AUDIT_KEYS; se docs/OPERATIONS.md)`,
  );
if (await isDemoLoaded(database.db)) {
  lines.push(`  Demo-konti (adgangskode for alle: ${demoPassword}):`);
  for (const account of demoAccounts) lines.push(`    ${account.email.padEnd(34)} ${account.role}`);
}
process.stdout.write(`${lines.join('\n')}\n\n`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    stopTaskJobs();
    stopRollupJob();
    stopFidelityDueJob();
    auditCheckpoints.stop();
    void auditCheckpoints
      .checkpointNow()
      .catch((error: unknown) => app.log.warn({ err: error }, 'audit checkpoint failed'))
      .then(() => app.close())
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
