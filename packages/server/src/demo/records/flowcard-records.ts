/**
 * A flowcard with its first version, written straight to the database as the demo data, the
 * test factories and the benches write it (the flowcards module's own write path checks the
 * steps and audits; callers here pass steps that are already whole).
 */
import { wholeFlowcardStep, type FlowcardStep } from '@hjemvej/domain';
import type { Db } from '../../database/connection';

/** A step with what it does not say filled in: 5 working days from the start, nothing to wait for or tick. */
export function stepWithDefaults(
  step: Pick<FlowcardStep, 'key' | 'title' | 'responsibleUnitId'> & Partial<FlowcardStep>,
): FlowcardStep {
  return wholeFlowcardStep({ deadlineWorkingDays: 5, ...step });
}

export async function insertFlowcard(
  db: Db,
  values: {
    readonly organisationId: string;
    readonly name: string;
    readonly description?: string;
    /** The first version's description, when it differs from the card's. */
    readonly versionDescription?: string;
    readonly steps: readonly FlowcardStep[];
    readonly changeNote?: string | null;
    /** The leader who wrote it, or null; `savedByName` may name a writer outside the system. */
    readonly by?: { readonly id: string; readonly name: string } | null;
    readonly savedByName?: string | null;
  },
): Promise<{ id: string; name: string }> {
  const description = values.description ?? '';
  const flowcard = await db
    .insertInto('flowcards')
    .values({
      organisation_id: values.organisationId,
      name: values.name,
      description,
      created_by_user_id: values.by?.id ?? null,
      updated_by_user_id: values.by?.id ?? null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('flowcard_versions')
    .values({
      flowcard_id: flowcard.id,
      version: 1,
      name: values.name,
      description: values.versionDescription ?? description,
      steps: JSON.stringify(values.steps),
      change_note: values.changeNote ?? null,
      saved_by_user_id: values.by?.id ?? null,
      saved_by_name: values.savedByName !== undefined ? values.savedByName : (values.by?.name ?? null),
    })
    .execute();
  return flowcard;
}
