/** `hjemvej backup --out <file>`: a complete, portable copy of the database. */
import path from 'node:path';
import { writeBackup } from '../../backup/backup-writer';
import { excludedTables, migrationTables } from '../../backup/table-order';
import type { CliContext } from '../cli-context';
import { withDatabase } from '../cli-database';
import { formatBytes, formatSeconds, formatTableProgress } from '../output';

export interface BackupOptions {
  readonly out: string;
}

export async function backupCommand(options: BackupOptions, context: CliContext): Promise<void> {
  const file = path.resolve(context.cwd, options.out);
  await withDatabase(context, async (db, target) => {
    const started = performance.now();
    context.out.note(`Writing ${file}`);
    const { header, bytes } = await writeBackup({
      db,
      file,
      source: target.kind,
      hjemvejVersion: context.version,
      onProgress: ({ table, done, total }) => context.out.progress(formatTableProgress(table, done, total), done === total),
    });
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    context.out.line(
      `Backup written: ${file} (${formatBytes(bytes)}, ${header.tables.length} tables, ${rows} rows, migration ${header.migrations.at(-1) ?? ''}) in ${formatSeconds(performance.now() - started)}.`,
    );
    const left = header.excludedTables.filter((t) => !migrationTables.has(t.name));
    if (left.length > 0)
      context.out.line(`Not included: ${left.map((t) => `${t.name} (${excludedTables[t.name] ?? t.reason})`).join('; ')}.`);
    context.out.line('The file holds personal data and password hashes: store it as securely as the database itself.');
  });
}
