/**
 * The `hjemvej` command-line tool: commander wiring only; each command lives in commands/.
 * Errors are printed as one line (HJEMVEJ_DEBUG=1 adds the stack) with a non-zero exit code.
 */
import { Command } from 'commander';
import { processContext } from './cli-context';
import { CliError } from './cli-error';
import { auditCheckpointCommand, auditNewKeyCommand, auditVerifyCommand } from './commands/audit-verify';
import { backupCommand, type BackupOptions } from './commands/backup';
import { createUserCommand, type CreateUserOptions } from './commands/create-user';
import { migrateCommand, type MigrateOptions } from './commands/migrate';
import { resetPasswordCommand, type ResetPasswordOptions } from './commands/reset-password';
import { restoreCommand, type RestoreOptions } from './commands/restore';
import { seedDemoCommand } from './commands/seed-demo';

const context = processContext();

/** Runs a command and keeps its exit code (commands that return nothing succeeded). */
function run<T extends unknown[]>(command: (...args: T) => Promise<number | void>): (...args: T) => Promise<void> {
  return async (...args) => {
    const code = await command(...args);
    if (typeof code === 'number') process.exitCode = code;
  };
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const program = new Command('hjemvej')
  .description(
    'Hjemvej administration. DATABASE_URL picks the database like the server does ' +
      '(default pglite://./data in the repository; postgres://… for PostgreSQL). ' +
      'Stop the server before using an embedded pglite:// database: only one process may open it.',
  )
  .version(context.version);

program
  .command('migrate')
  .description('migrate the database to the latest version, or one step back with --down')
  .option('--down', 'undo the most recent migration')
  .action(run((options: MigrateOptions) => migrateCommand(options, context)));

program
  .command('seed-demo')
  .description('load the fictional demo organisations and accounts (once)')
  .action(run(() => seedDemoCommand(context)));

program
  .command('create-user')
  .description('create a user; without --password it is read from piped standard input, or generated and printed once')
  .requiredOption('--email <address>', 'e-mail address (unique)')
  .requiredOption('--name <name>', 'display name')
  .requiredOption('--role <role>', 'role, e.g. municipal_admin, caseworker, system_admin')
  .requiredOption('--organisation <id-or-name>', 'organisation id, or its exact name')
  .option('--unit <name>', 'unit of the organisation (repeat for several)', collect, [])
  .option('--password <password>', 'at least 12 characters (visible in the process list; prefer standard input)')
  .action(run((options: CreateUserOptions) => createUserCommand(options, context)));

program
  .command('reset-password')
  .description("set a user's password and end their sessions; without --password as for create-user")
  .requiredOption('--email <address>', "the user's e-mail address")
  .option('--password <password>', 'at least 12 characters (visible in the process list; prefer standard input)')
  .action(run((options: ResetPasswordOptions) => resetPasswordCommand(options, context)));

const audit = program.command('audit').description('audit log tools');
audit
  .command('verify')
  .description(
    'verify every audit chain (links and keyed hashes) and check it against the signed checkpoints: names a missing tail or a rewritten head',
  )
  .action(run(() => auditVerifyCommand(context)));
audit
  .command('checkpoint')
  .description('sign the heads of the audit chains now and append the checkpoint to the checkpoint file')
  .action(run(() => auditCheckpointCommand(context)));
audit
  .command('new-key')
  .description('append a new audit key to the key file (rotation: new events use it; verification keeps the old ones)')
  .action(run(() => auditNewKeyCommand(context)));

program
  .command('backup')
  .description('write a complete, portable backup (gzip’d JSON lines) of the database; restorable into PGlite or PostgreSQL')
  .requiredOption('--out <file>', 'the backup file to create (must not exist)')
  .action(run((options: BackupOptions) => backupCommand(options, context)));

program
  .command('restore')
  .description("restore a backup into an empty database, migrated to exactly the backup's level")
  .requiredOption('--in <file>', 'the backup file')
  .option('--force', 'delete the rows of a non-empty database first (never an audit log: that database is refused)')
  .action(run((options: RestoreOptions) => restoreCommand(options, context)));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message.split('\n', 1)[0] ?? message}\n`);
  if (context.env.HJEMVEJ_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}

// Every command has finished and closed its database by now, but the embedded PGlite can
// keep the event loop alive after closing; flush the output and end the process explicitly.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(process.exitCode ?? 0);
