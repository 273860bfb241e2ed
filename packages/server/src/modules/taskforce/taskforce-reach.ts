/**
 * Which municipalities' taskforce records an actor reaches, in SQL. The organisation scope
 * (`access/scope.ts`) keeps every user inside their own organisation; the taskforce is the one
 * place where users of the national agency work on municipalities' records, so its records carry
 * the municipality and are filtered by the domain's rules: applications by `taskforceReachOf`
 * (all for the national taskforce, the own municipality for its leaders and administrators, none
 * for anyone else), courses and everything under them by `taskforceCourseReachOf` (a national
 * user only the courses whose staff they are on, the national administrator all).
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type ExpressionWrapper,
  type ReferenceExpression,
  type SqlBool,
} from 'kysely';
import { taskforceCourseReachOf, taskforceReachOf } from '@hjemvej/domain';
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

/**
 * The courses the actor reaches (the SQL twin of the domain's `reachesTaskforceCourse`), for a
 * query over `taskforce_courses` under the alias `alias`: everything for the national
 * administrator, the own municipality's for its leaders, and for the taskforce's consultants and
 * reviewers the courses whose staff (`taskforce_course_staff`) they are on.
 */
export function whereCourseInTaskforceReach(alias: string, actor: Actor): Expression<SqlBool> {
  switch (taskforceCourseReachOf(policyActorOf(actor))) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'own':
      return sql<SqlBool>`${sql.ref(`${alias}.municipality_id`)} = ${actor.organisationId}`;
    case 'staff':
      return sql<SqlBool>`EXISTS (SELECT 1 FROM taskforce_course_staff s WHERE s.course_id = ${sql.ref(`${alias}.id`)} AND s.user_id = ${actor.userId})`;
  }
}
