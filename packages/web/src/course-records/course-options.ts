import {
  decisionKinds,
  functionLevels,
  goalTypes,
  lifeAreas,
  planKinds,
  supportMethods,
  supportNeeds,
  vumAreaDefinitions,
  vumAreaGroups,
  vumAreas,
  type VumArea,
  type VumAreaGroup,
} from '@hjemvej/domain';
import type { Decision } from '@hjemvej/contract';
import { allValues } from '../forms/all-values';

/**
 * The vocabulary of assessments, plans and decisions. The lists are the domain's pure values
 * (no zod enters the bundle); the decision outcomes live only in the contract, so they are a
 * typed local copy (`allValues`) that fails to compile when the contract gains a value.
 */
export { decisionKinds, functionLevels, goalTypes, lifeAreas, planKinds, supportMethods, supportNeeds, vumAreaGroups, vumAreas };
export type {
  DecisionKind,
  FunctionLevel,
  GoalType,
  LifeArea,
  PlanKind,
  SupportMethod,
  SupportNeed,
  VumArea,
  VumAreaGroup,
} from '@hjemvej/domain';

export type DecisionOutcome = Decision['outcome'];
export const decisionOutcomes = allValues<DecisionOutcome>()(['granted', 'refused']);

/** The VUM areas of one group, in the method's order. */
export function vumAreasOf(group: VumAreaGroup): VumArea[] {
  return vumAreas.filter((area) => vumAreaDefinitions[area].group === group);
}

/** Pick a listed value from a Select's string (null when it is not one). */
export function pick<T extends string>(options: readonly T[], value: string | null): T | null {
  return options.find((option) => option === value) ?? null;
}
