/** `hjemvej restore --in <file> [--force]`: into an empty database, PGlite or PostgreSQL. */
import path from 'node:path';
import { restoreBackup } from '../../backup/restore';
import { latestMigrationName } from '../../database/migrator';
import { describeBrokenChain } from '../../audit/verify-chain';
import type { CliContext } from '../cli-context';
import { withDatabase } from '../cli-database';
import { formatSeconds, formatTableProgress } from '../output';

export interface RestoreOptions {
  readonly in: string;
  readonly force?: boolean;
}

export async function restoreCommand(options: RestoreOptions, context: CliContext): Promise<number> {
  const file = path.resolve(context.cwd, options.in);
  return withDatabase(context, async (db) => {
    const started = performance.now();
    context.out.note(`Restoring ${file}`);
    const summary = await restoreBackup({
      db,
      file,
      force: options.force ?? false,
      onMigration: (step) => context.out.note(`  ${step}`),
      onProgress: ({ table, done, total }) => context.out.progress(formatTableProgress(table, done, total), done === total),
      onVerifyProgress: (checked) => context.out.progress(`  verifying audit chain: ${checked} events`, false),
    });
    const { header } = summary;
    const level = header.migrations.at(-1) ?? '';
    context.out.line(
      `Restored the backup of ${header.createdAt} (from ${header.source}, migration ${level}) in ${formatSeconds(performance.now() - started)}.`,
    );
    if (summary.deleted.length > 0)
      context.out.line(`Deleted first (--force): ${summary.deleted.map((d) => `${d.table} ${d.rows}`).join(', ')}.`);
    context.out.line('Rows per table (checked against the backup; audit_events includes this restore):');
    for (const { table, rows } of summary.tables) context.out.line(`  ${table.padEnd(24)} ${String(rows).padStart(9)}`);
    if (level !== latestMigrationName) {
      context.out.line(
        `The backup is at migration ${level}; run \`hjemvej migrate\` (or start the server) to bring the database up to ${latestMigrationName}.`,
      );
    }
    if (summary.audit.ok) {
      context.out.line(`Audit chain OK: ${summary.audit.count} events`);
      return 0;
    }
    context.out.line(describeBrokenChain(summary.audit));
    return 1;
  });
}
