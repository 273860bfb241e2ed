/**
 * The SHARING RULES: which data a consent category reveals to an outside partner (NGO,
 * housing association). Kept apart from the consents themselves (who consented to what, for
 * which purpose, until when): a consent names categories; these rules say, as data, what each
 * category opens. The partner's consented view reads only what these rules list, so widening
 * what a category shows is a reviewable change here, never a side effect of a query.
 *
 * No category reveals the CPR number, health assessments, decisions or § 110 intake notes:
 * those stay with the municipality and the shelter whatever the consent says.
 */

export const consentCategories = ['identity', 'contact', 'housing', 'plan_goals', 'support', 'network_meetings'] as const;
export type ConsentCategory = (typeof consentCategories)[number];

/** What a category reveals: named fields of the citizen record, and kinds of records. */
export interface SharingRule {
  readonly category: ConsentCategory;
  /** Fields of the citizen record shown. */
  readonly citizenFields: readonly ('firstName' | 'lastName' | 'alias' | 'birthYear' | 'phone' | 'email')[];
  /** Records shown, with only the fields listed. */
  readonly records: readonly { readonly kind: SharedRecordKind; readonly fields: readonly string[] }[];
}

export const sharedRecordKinds = ['housing_now', 'housing_allocation', 'plan_goal', 'support_course', 'network_meeting'] as const;
export type SharedRecordKind = (typeof sharedRecordKinds)[number];

export const sharingRules: Readonly<Record<ConsentCategory, SharingRule>> = {
  identity: { category: 'identity', citizenFields: ['firstName', 'lastName', 'alias', 'birthYear'], records: [] },
  contact: { category: 'contact', citizenFields: ['phone', 'email'], records: [] },
  housing: {
    category: 'housing',
    citizenFields: [],
    records: [
      { kind: 'housing_now', fields: ['category', 'fromDate'] },
      { kind: 'housing_allocation', fields: ['address', 'allocatedOn', 'plannedMoveInOn', 'moveInOn'] },
    ],
  },
  plan_goals: {
    category: 'plan_goals',
    citizenFields: [],
    records: [{ kind: 'plan_goal', fields: ['lifeArea', 'goal', 'citizenWishes'] }],
  },
  support: {
    category: 'support',
    citizenFields: [],
    records: [{ kind: 'support_course', fields: ['method', 'teamName', 'startedOn', 'endedOn'] }],
  },
  network_meetings: {
    category: 'network_meetings',
    citizenFields: [],
    records: [{ kind: 'network_meeting', fields: ['heldAt', 'title', 'decisions'] }],
  },
};

/** Every consent includes identity: a partner must know whom the shared data is about. */
export function normaliseConsentCategories(categories: readonly ConsentCategory[]): ConsentCategory[] {
  const chosen = new Set<ConsentCategory>(['identity', ...categories]);
  return consentCategories.filter((c) => chosen.has(c));
}

/** The citizen fields the given categories reveal (union of their rules). */
export function revealedCitizenFields(categories: readonly ConsentCategory[]): Set<SharingRule['citizenFields'][number]> {
  return new Set(categories.flatMap((c) => sharingRules[c].citizenFields));
}

/** The record kinds the given categories reveal. */
export function revealedRecordKinds(categories: readonly ConsentCategory[]): Set<SharedRecordKind> {
  return new Set(categories.flatMap((c) => sharingRules[c].records.map((r) => r.kind)));
}
