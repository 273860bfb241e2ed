/** `hjemvej audit verify`: checks every link of the audit log's hash chain. */
import { verifyAuditChain } from '../../audit/verify-chain';
import type { CliContext } from '../cli-context';
import { withDatabase } from '../cli-database';
import { CliError } from '../cli-error';
import { readAppliedMigrations } from '../../backup/migration-level';

export async function auditVerifyCommand(context: CliContext): Promise<number> {
  return withDatabase(context, async (db) => {
    if ((await readAppliedMigrations(db)).length === 0)
      throw new CliError('the database has no tables yet; run `hjemvej migrate` first');
    const { total } = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const verdict = await verifyAuditChain(db, (checked) =>
      context.out.progress(`  checked ${checked} / ${total} events`, checked >= total),
    );
    if (verdict.ok) {
      context.out.line(`Audit chain OK: ${verdict.count} events`);
      return 0;
    }
    context.out.line(`Audit chain BROKEN at event #${verdict.brokenAtId}: ${verdict.reason}`);
    return 1;
  });
}
