/**
 * Compile-time check (never imported at runtime): both catalogues name every VUM area, group,
 * level of function, support need and goal type, every life area and plan kind, every decision
 * kind, method and outcome, the fields of plans and decisions (for the version comparison) and
 * the kinds of change. `npx tsc -p packages/web` fails when one is missing.
 */
import type { FieldChange } from '@hjemvej/contract';
import type { Texts } from '../i18n/catalogues';
import type { DecisionFieldName } from '../pages/decisions/decision-vocabulary';
import type {
  DecisionKind,
  DecisionOutcome,
  FunctionLevel,
  GoalType,
  LifeArea,
  PlanKind,
  SupportMethod,
  SupportNeed,
  VumArea,
  VumAreaGroup,
} from './course-options';
import type { PlanFieldName } from '../pages/plans/plan-vocabulary';

interface Catalogue {
  assessments: {
    group: Record<VumAreaGroup, string>;
    area: Record<VumArea, string>;
    functionLevel: Record<FunctionLevel, string>;
    supportNeed: Record<SupportNeed, string>;
    goalType: Record<GoalType, string>;
  };
  plans: {
    kind: Record<PlanKind, string>;
    kindHint: Record<PlanKind, string>;
    lifeArea: Record<LifeArea, string>;
    field: Record<PlanFieldName, string>;
  };
  versioning: { compare: { change: Record<FieldChange['change'], string> } };
  decisions: {
    kind: Record<DecisionKind, string>;
    kindShort: Record<DecisionKind, string>;
    method: Record<SupportMethod, string>;
    outcome: Record<DecisionOutcome, string>;
    field: Record<DecisionFieldName, string>;
  };
}

export type CourseRecordCatalogueCoverage = [
  Texts<'da'> extends Catalogue ? true : never,
  Texts<'en'> extends Catalogue ? true : never,
];
export const courseRecordCatalogueCoverage: CourseRecordCatalogueCoverage = [true, true];
