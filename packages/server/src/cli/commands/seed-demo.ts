/** `hjemvej seed-demo`: loads the fictional Demo Kommune (once). */
import { demoAccounts, demoPassword } from '../../demo/demo-accounts';
import { seedDemo } from '../../demo/seed-demo';
import type { CliContext } from '../cli-context';
import { requireLatestSchema, withDatabase } from '../cli-database';

export async function seedDemoCommand(context: CliContext): Promise<void> {
  await withDatabase(context, async (db) => {
    await requireLatestSchema(db);
    const { created } = await seedDemo(db, (step) => {
      if (step !== 'done') context.out.note(`  loading demo: ${step}`);
    });
    if (!created) {
      context.out.line('Demo data already loaded; nothing to do.');
      return;
    }
    context.out.line(`Demo data loaded: ${demoAccounts.length} accounts, password for all: ${demoPassword}`);
    for (const account of demoAccounts) context.out.line(`  ${account.email.padEnd(34)} ${account.role}`);
  });
}
