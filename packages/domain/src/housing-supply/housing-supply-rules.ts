/**
 * Housing supply (boligforsyning): the closed lists and key figures of the municipality's
 * allocation right, as data with their source. Read by the contract (enums), the server (rules)
 * and the web (labels come from the catalogue by the same keys).
 */

/** Legal basis of an allocation agreement (anvisningsaftale), each with its source. */
export const allocationLegalBases = [
  'decision_quarter',
  'voluntary_agreement',
  'urban_renewal_third',
  'udslusning',
  'private_rental',
  'skaeve_boliger',
  'saerligt_billige',
] as const;
export type AllocationLegalBasis = (typeof allocationLegalBases)[number];

export const allocationLegalBasisSources: Readonly<Record<AllocationLegalBasis, string>> = {
  // The council's decision: up to every fourth vacant family dwelling.
  decision_quarter: 'almenboligloven § 59 stk. 1',
  // A voluntary agreement with the housing organisation on another share; ¼ is always the fallback.
  voluntary_agreement: 'almenboligloven § 59 stk. 1 (aftale)',
  // Up to every third dwelling for rehousing after sanering or urban renewal.
  urban_renewal_third: 'almenboligloven § 59 stk. 2',
  udslusning: 'almenboligloven § 63',
  private_rental: 'lov om boligforhold § 49 og § 57 a',
  skaeve_boliger: 'almenboligloven § 149 a',
  saerligt_billige: 'Pulje til særligt billige almene familieboliger (sbst.dk)',
};

/** The largest share the law lets a decision or agreement name, per basis (null: no legal cap). */
export const allocationShareCap: Readonly<Record<AllocationLegalBasis, number | null>> = {
  decision_quarter: 0.25,
  voluntary_agreement: null,
  urban_renewal_third: 1 / 3,
  udslusning: null,
  private_rental: null,
  skaeve_boliger: null,
  saerligt_billige: null,
};

export const dwellingTypes = ['family', 'youth', 'elderly', 'skaev', 'udslusning', 'saerligt_billig'] as const;
export type DwellingType = (typeof dwellingTypes)[number];

/** Why a vacancy at the municipality's disposal ended. */
export const vacancyEndReasons = ['let_by_allocation', 'returned', 'relet_by_landlord'] as const;
export type VacancyEndReason = (typeof vacancyEndReasons)[number];

/** What a refused offer means for the citizen: the municipality's written policy. */
export const refusalConsequences = ['kept_on_list', 'removed_from_list', 'counselling'] as const;
export type RefusalConsequence = (typeof refusalConsequences)[number];

/**
 * Whether a refusal with this consequence is a decision about the citizen (taken off the list),
 * which then carries its reasons and appeal guidance; keeping the citizen on the list, with or
 * without a conversation, is not.
 */
export function isRefusalDecision(consequence: RefusalConsequence): boolean {
  return consequence === 'removed_from_list';
}

/** How eligible citizens are ordered for a vacancy: the municipality's written priority policy. */
export const priorityPolicies = ['ready_longest', 'homeless_longest'] as const;
export type PriorityPolicy = (typeof priorityPolicies)[number];

/** Absurd-input bounds (kr per month, m², rooms, floor): beyond them the input is a typing error. */
export const dwellingBounds = {
  monthlyRent: { min: 0, max: 50_000 },
  utilities: { min: 0, max: 10_000 },
  deposit: { min: 0, max: 200_000 },
  sizeM2: { min: 8, max: 400 },
  rooms: { min: 1, max: 10 },
  floor: { min: -1, max: 40 },
  householdSize: { min: 1, max: 15 },
} as const;

/**
 * Særligt billige almene familieboliger: rent at most 3.500 kr per month excluding utilities.
 * The default affordability limit for matching when a citizen's profile names none.
 */
export const cheapDwellingRentLimit = {
  amount: 3500,
  source: 'sbst.dk, Pulje til særligt billige almene familieboliger',
} as const;

/** Default settings a municipality starts with (configuration, shown to the user). */
export const defaultHousingSupplySettings = {
  escalationDays: [7, 14, 30] as readonly number[],
  priorityPolicy: 'ready_longest' as PriorityPolicy,
  refusalConsequence: 'kept_on_list' as RefusalConsequence,
  maxRentDefault: cheapDwellingRentLimit.amount,
};

/** The law on the municipality's rent liability and the yearly count, for the screens that cite them. */
export const housingSupplySources = {
  rentLiability: 'almenboligloven § 59 stk. 1, 3.–5. pkt., jf. § 51 stk. 3',
  yearlyVacancyCount: 'almenboligloven § 104 stk. 2',
  evictionWarning: 'almenlejeloven § 92 stk. 2',
  supportBeforeDischarge: 'serviceloven § 110 stk. 5',
} as const;
