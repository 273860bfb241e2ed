/**
 * The vocabulary of assessments and plans, as data with Danish labels:
 *
 * - VUM 2.0 (Voksenudredningsmetoden), built on KL's Fælles faglige begreber (FFB): the areas
 *   a need is assessed in, the level of function, the support need and the goal type;
 * - the eight life areas Housing First support addresses (domain.md § 2), which plans set
 *   goals in.
 *
 * Codes are English and stable (stored in the database, sent through the API); the Danish
 * labels are what caseworkers read. Correct a label here, never a stored code.
 */

export const vumAreaGroups = ['functions_and_conditions', 'activity_and_participation', 'environmental_factors'] as const;
export type VumAreaGroup = (typeof vumAreaGroups)[number];

export const vumAreas = [
  'mental_functions',
  'health',
  'physical_functions',
  'social_conditions',
  'relations',
  'communication',
  'mobility',
  'self_care',
  'community_life',
  'practical_tasks',
  'environmental_factors',
] as const;
export type VumArea = (typeof vumAreas)[number];

interface VumAreaDefinition {
  readonly group: VumAreaGroup;
  readonly labelDa: string;
}

export const vumAreaDefinitions: Readonly<Record<VumArea, VumAreaDefinition>> = {
  mental_functions: { group: 'functions_and_conditions', labelDa: 'Mentale funktioner' },
  health: { group: 'functions_and_conditions', labelDa: 'Sundhed' },
  physical_functions: { group: 'functions_and_conditions', labelDa: 'Fysiske funktioner' },
  social_conditions: { group: 'functions_and_conditions', labelDa: 'Sociale forhold (herunder boligsituation og økonomi)' },
  relations: { group: 'activity_and_participation', labelDa: 'Relationer' },
  communication: { group: 'activity_and_participation', labelDa: 'Kommunikation' },
  mobility: { group: 'activity_and_participation', labelDa: 'Mobilitet' },
  self_care: { group: 'activity_and_participation', labelDa: 'Egenomsorg' },
  community_life: { group: 'activity_and_participation', labelDa: 'Samfundsliv (herunder at klare en bolig)' },
  practical_tasks: { group: 'activity_and_participation', labelDa: 'Praktiske opgaver' },
  environmental_factors: { group: 'environmental_factors', labelDa: 'Omgivelsesfaktorer' },
};

/** Level of function (funktionsniveau): how much the area is reduced. */
export const functionLevels = ['none', 'mild', 'moderate', 'severe', 'complete', 'not_assessed'] as const;
export type FunctionLevel = (typeof functionLevels)[number];

/** Support need (støttebehov). */
export const supportNeeds = ['none', 'light', 'moderate', 'high', 'complete', 'not_assessed'] as const;
export type SupportNeed = (typeof supportNeeds)[number];

/** What the support in an area aims at (måltype). */
export const goalTypes = ['maintain', 'develop', 'limit_loss'] as const;
export type GoalType = (typeof goalTypes)[number];

/** The eight life areas of Housing First support (domain.md § 2). */
export const lifeAreas = [
  'housing',
  'mental_health',
  'physical_health',
  'finances',
  'daily_activities',
  'network_social_relations',
  'substance_use',
  'education_employment',
] as const;
export type LifeArea = (typeof lifeAreas)[number];
