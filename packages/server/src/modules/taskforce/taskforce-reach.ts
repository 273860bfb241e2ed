/**
 * Which municipalities' taskforce records an actor reaches, in SQL. The organisation scope
 * (`access/scope.ts`) keeps every user inside their own organisation; the taskforce is the one
 * place where users of the national agency work on municipalities' records, so its records carry
 * the municipality and are filtered by the domain's `taskforceReachOf`: all for the national
 * taskforce, the own municipality for its leaders and administrators, none for anyone else.
 */
import type { ExpressionBuilder, ExpressionWrapper, ReferenceExpression, SqlBool } from 'kysely';
import { taskforceReachOf } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { policyActorOf } from '../../access/policy';

export function whereMunicipalityInTaskforceReach<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: ReferenceExpression<DB, TB>,
  actor: Actor,
): ExpressionWrapper<DB, TB, SqlBool> {
  const reach = taskforceReachOf(policyActorOf(actor));
  if (reach === 'all') return eb.lit(true);
  if (reach === 'none') return eb.lit(false);
  return eb(column, '=', actor.organisationId as never);
}
