/**
 * Every few minutes (AUDIT_CHECKPOINT_MINUTES) and at shut-down, the server signs the heads of
 * the audit chains and appends the checkpoint to the checkpoint file and the log stream, when
 * anything was audited since its last one. Several instances each write their own lines.
 */
import type { AuditSettings } from '../config/audit-settings';
import type { Db } from '../database/connection';
import type { AuditKeyring } from './audit-keys';
import { appendCheckpoint, takeAuditCheckpoint, type AuditCheckpoint } from './checkpoints';

export interface CheckpointLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface CheckpointJob {
  /** Takes and writes a checkpoint now (unless nothing changed since the last one). */
  checkpointNow(): Promise<AuditCheckpoint | null>;
  stop(): void;
}

export function startAuditCheckpoints(db: Db, settings: AuditSettings, keyring: AuditKeyring, log: CheckpointLog): CheckpointJob {
  let lastHeads = '';
  const checkpointNow = async (): Promise<AuditCheckpoint | null> => {
    const checkpoint = await takeAuditCheckpoint(db, keyring.current, settings.databaseName);
    const heads = JSON.stringify(checkpoint.heads);
    if (heads === lastHeads) return null;
    if (settings.checkpointFile !== null) appendCheckpoint(settings.checkpointFile, checkpoint);
    log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
    lastHeads = heads;
    return checkpoint;
  };
  const timer =
    settings.checkpointMinutes > 0
      ? setInterval(() => {
          checkpointNow().catch((error: unknown) => log.warn({ err: error }, 'audit checkpoint failed'));
        }, settings.checkpointMinutes * 60_000)
      : null;
  timer?.unref();
  return {
    checkpointNow,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
