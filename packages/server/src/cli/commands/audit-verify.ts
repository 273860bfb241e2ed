/**
 * `hjemvej audit verify | checkpoint | new-key`: checks every link and keyed hash of the audit
 * chains and the chains against the signed checkpoints kept outside the database (naming a
 * removed tail or a rewritten head); signs a checkpoint now; starts a new audit key.
 */
import { auditSettingsFrom } from '../../config/audit-settings';
import { repositoryRoot } from '../../config/config';
import { activeAuditKeyring, addAuditKey } from '../../audit/audit-keys';
import { appendCheckpoint, readCheckpoints, takeAuditCheckpoint } from '../../audit/checkpoints';
import { describeBrokenChain, verifyAuditChain } from '../../audit/verify-chain';
import type { CliContext } from '../cli-context';
import { databaseTarget, withDatabase } from '../cli-database';
import { CliError } from '../cli-error';
import { readAppliedMigrations } from '../../backup/migration-level';

export async function auditVerifyCommand(context: CliContext): Promise<number> {
  return withDatabase(context, async (db, target) => {
    if ((await readAppliedMigrations(db)).length === 0)
      throw new CliError('the database has no tables yet; run `hjemvej migrate` first');
    const settings = auditSettingsFrom(context.env, target, repositoryRoot);
    const keyring = activeAuditKeyring();
    const checkpoints =
      settings.checkpointFile === null ? [] : readCheckpoints(settings.checkpointFile, settings.databaseName, keyring);
    const { total } = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const verdict = await verifyAuditChain(db, {
      keyring,
      checkpoints,
      onProgress: (checked) => context.out.progress(`  checked ${checked} / ${total} events`, checked >= total),
    });
    if (!verdict.ok) {
      context.out.line(describeBrokenChain(verdict));
      return 1;
    }
    context.out.line(`Audit chain OK: ${verdict.count} events in ${verdict.chains} chains, keys from ${keyring.source}`);
    if (verdict.latestCheckpoint === null) {
      context.out.line(
        `  No signed checkpoint for this database in ${settings.checkpointFile ?? '(no checkpoint file)'}: ` +
          'a removed tail cannot be detected until one is written (`hjemvej audit checkpoint`).',
      );
    } else {
      context.out.line(
        `  Checked against ${verdict.checkpointsChecked} signed checkpoint(s); the latest, of ${verdict.latestCheckpoint.at}, ` +
          `is matched; ${verdict.eventsAfterLatestCheckpoint} event(s) written since are not yet anchored.`,
      );
    }
    return 0;
  });
}

export async function auditCheckpointCommand(context: CliContext): Promise<number> {
  return withDatabase(context, async (db, target) => {
    const settings = auditSettingsFrom(context.env, target, repositoryRoot);
    if (settings.checkpointFile === null) throw new CliError('there is no checkpoint file for pglite://memory; set AUDIT_DIR');
    const checkpoint = await takeAuditCheckpoint(db, activeAuditKeyring().current, settings.databaseName);
    appendCheckpoint(settings.checkpointFile, checkpoint);
    const events = checkpoint.heads.reduce((sum, head) => sum + head.position, 0);
    context.out.line(
      `Checkpoint of ${checkpoint.at} (key ${checkpoint.keyId}): ${events} events in ${checkpoint.heads.length} chains, appended to ${settings.checkpointFile}`,
    );
    return 0;
  });
}

export async function auditNewKeyCommand(context: CliContext): Promise<number> {
  const settings = auditSettingsFrom(context.env, databaseTarget(context.env), repositoryRoot);
  if (settings.keyFile === null || settings.inlineKeys !== null)
    throw new CliError('the audit keys are not in a file (AUDIT_KEYS or pglite://memory): add the new key there yourself');
  const key = addAuditKey(settings.keyFile);
  context.out.line(
    `New audit key ${key.id} appended to ${settings.keyFile}: restart the server(s) to use it; keep the older lines, verification needs them.`,
  );
  return 0;
}
