/**
 * Ankestyrelsen's legal case review (issue 13 point 4): the review form's checkpoints as data,
 * each with its legal source, and their pre-answers from a sampled case's facts.
 *
 * Where the legal checks already answer a question, their evaluation is reused (`law/`): the
 * § 142 plan (`evaluateShelterPlan`), the § 110 stk. 6 notification (`evaluateNotification`),
 * the § 110 stk. 5 discharge conditions (`evaluateDischargeConditions`) and the § 85 a stk. 2
 * provider wish (`evaluateProviderWish`). A pre-answer is 'yes', 'no', 'not_applicable', or null
 * where the data cannot tell (partshøring, the published processing deadline: Hjemvej records no
 * application date); the evidence is structured (a code and its facts) for the screen to word in
 * the reader's language. The reviewer confirms or overrules every pre-answer (a note required to
 * overrule). Checkpoint sources outside Serviceloven (forvaltningsloven, retssikkerhedsloven) are
 * kept here, as the law's `sources.ts` holds only the course rules' sources.
 */
import { addDays, type IsoDate } from '../calendar/iso-date';
import { type CourseSnapshot } from '../course/snapshot';
import {
  evaluateDischargeConditions,
  evaluateNotification,
  evaluateProviderWish,
  evaluateShelterPlan,
  type RuleStatus,
} from '../law/evaluate-course';
import { type RuleId } from '../law/rules';
import { formatSourceDa, legalSources, type LegalSource } from '../law/sources';

export const caseReviewCheckpointIds = [
  'plan_141_offered',
  'plan_141_content',
  'plan_142_present',
  'notification_110_6',
  'handlekommune_documented',
  'decision_85a_before_discharge',
  'decision_85a_content',
  'provider_wish_reason_85a_2',
  'discharge_conditions_110_5',
  'processing_time',
  'hearing',
  'factual_basis',
  'reasons',
  'appeal_guidance',
] as const;
export type CaseReviewCheckpointId = (typeof caseReviewCheckpointIds)[number];

export const caseReviewAnswers = ['yes', 'no', 'not_applicable'] as const;
export type CaseReviewAnswer = (typeof caseReviewAnswers)[number];

export interface CaseReviewSource {
  readonly lawName: string;
  readonly paragraph: string | null;
  readonly stk?: number;
  readonly url?: string;
}

export interface CaseReviewCheckpoint {
  readonly id: CaseReviewCheckpointId;
  readonly group: 'homelessness' | 'general';
  readonly source: CaseReviewSource;
  /** The course rule whose evaluation pre-answers it, when one does. */
  readonly reusesRule: RuleId | null;
  /** Whether the data can pre-answer it at all. */
  readonly preAnswered: boolean;
}

const fvl = { lawName: 'Forvaltningsloven', url: 'https://www.retsinformation.dk/eli/lta/2014/433' } as const;
const sel = (source: LegalSource): CaseReviewSource => ({
  lawName: source.lawName,
  paragraph: source.paragraph,
  ...(source.stk === undefined ? {} : { stk: source.stk }),
  ...(source.url === undefined ? {} : { url: source.url }),
});

export const caseReviewCheckpoints: readonly CaseReviewCheckpoint[] = [
  {
    id: 'plan_141_offered',
    group: 'homelessness',
    source: { lawName: 'Serviceloven', paragraph: '141', stk: 2 },
    reusesRule: null,
    preAnswered: true,
  },
  {
    id: 'plan_141_content',
    group: 'homelessness',
    source: { lawName: 'Serviceloven', paragraph: '141', stk: 3 },
    reusesRule: null,
    preAnswered: true,
  },
  {
    id: 'plan_142_present',
    group: 'homelessness',
    source: sel(legalSources.sel_142),
    reusesRule: 'shelter_plan_142',
    preAnswered: true,
  },
  {
    id: 'notification_110_6',
    group: 'homelessness',
    source: sel(legalSources.sel_110_stk6),
    reusesRule: 'handlekommune_notification_110_6',
    preAnswered: true,
  },
  {
    id: 'handlekommune_documented',
    group: 'homelessness',
    source: { lawName: 'Retssikkerhedsloven', paragraph: '9' },
    reusesRule: null,
    preAnswered: true,
  },
  {
    id: 'decision_85a_before_discharge',
    group: 'homelessness',
    source: { lawName: 'Serviceloven', paragraph: '85 a' },
    reusesRule: null,
    preAnswered: true,
  },
  {
    id: 'decision_85a_content',
    group: 'homelessness',
    source: { lawName: 'Serviceloven', paragraph: '85 a' },
    reusesRule: null,
    preAnswered: true,
  },
  {
    id: 'provider_wish_reason_85a_2',
    group: 'homelessness',
    source: sel(legalSources.sel_85a_stk2),
    reusesRule: 'provider_wish_reason_85a_2',
    preAnswered: true,
  },
  {
    id: 'discharge_conditions_110_5',
    group: 'homelessness',
    source: sel(legalSources.sel_110_stk5),
    reusesRule: 'discharge_conditions_110_5',
    preAnswered: true,
  },
  {
    id: 'processing_time',
    group: 'general',
    source: { lawName: 'Retssikkerhedsloven', paragraph: '3', stk: 2 },
    reusesRule: null,
    preAnswered: false,
  },
  { id: 'hearing', group: 'general', source: { ...fvl, paragraph: '19' }, reusesRule: null, preAnswered: false },
  {
    id: 'factual_basis',
    group: 'general',
    source: { lawName: 'Officialprincippet (ulovbestemt)', paragraph: null },
    reusesRule: null,
    preAnswered: true,
  },
  { id: 'reasons', group: 'general', source: { ...fvl, paragraph: '22' }, reusesRule: null, preAnswered: true },
  { id: 'appeal_guidance', group: 'general', source: { ...fvl, paragraph: '25' }, reusesRule: null, preAnswered: true },
];

/** 'Forvaltningsloven § 19' — the citation as written. */
export function formatCaseReviewSource(source: CaseReviewSource): string {
  return formatSourceDa({ law: 'serviceloven', titleDa: '', explanationDa: '', ...source });
}

/** One fact shown as evidence: a code the screen words, and its facts (dates as ISO). */
export interface CaseReviewEvidence {
  readonly code: string;
  readonly facts: Readonly<Record<string, string | number>>;
}

export interface CaseReviewPreAnswer {
  readonly checkpoint: CaseReviewCheckpointId;
  readonly answer: CaseReviewAnswer | null;
  readonly evidence: readonly CaseReviewEvidence[];
}

/** A sampled case as the review reads it: the course snapshot plus the few facts the rules do not hold. */
export interface CaseReviewFacts {
  readonly snapshot: CourseSnapshot;
  readonly periodFrom: IsoDate;
  readonly periodTo: IsoDate;
  readonly today: IsoDate;
  readonly handlekommuneName: string | null;
  readonly stays: readonly {
    readonly id: string;
    readonly admittedOn: IsoDate;
    readonly dischargedOn: IsoDate | null;
    readonly dischargeReason: string | null;
  }[];
  readonly plans: readonly {
    readonly id: string;
    readonly kind: '141' | '142';
    readonly madeOn: IsoDate;
    readonly endedOn: IsoDate | null;
    readonly goals: number;
    readonly responsible: number;
    readonly followUps: number;
    readonly hasCitizenWishes: boolean;
  }[];
  readonly decisions: readonly {
    readonly id: string;
    readonly kind: string;
    readonly outcome: 'granted' | 'refused';
    readonly method: string | null;
    readonly decidedOn: IsoDate;
    readonly periodFrom: IsoDate | null;
    readonly hasReasons: boolean;
    readonly hasAppealGuidance: boolean;
  }[];
  readonly assessmentDates: readonly IsoDate[];
}

type MaybeAnswer = CaseReviewAnswer | null;

/** Several findings in one answer: any 'no' is no; any unknown is unknown; any 'yes' is yes; else not applicable. */
export function combineAnswers(answers: readonly MaybeAnswer[]): MaybeAnswer {
  if (answers.includes('no')) return 'no';
  if (answers.includes(null)) return null;
  if (answers.includes('yes')) return 'yes';
  return 'not_applicable';
}

const fromStatus = (status: RuleStatus): MaybeAnswer =>
  status === 'met' ? 'yes' : status === 'not_applicable' ? 'not_applicable' : status === 'warning' ? null : 'no';

/** The stays the review is about: those overlapping the sample's period. */
function staysInPeriod(facts: CaseReviewFacts) {
  return facts.stays.filter(
    (s) => s.admittedOn <= facts.periodTo && (s.dischargedOn === null || s.dischargedOn >= facts.periodFrom),
  );
}

/** The decisions made from the first reviewed stay on (the handling the review looks at). */
function decisionsInCase(facts: CaseReviewFacts) {
  const first = staysInPeriod(facts)
    .map((s) => s.admittedOn)
    .sort()[0];
  return first === undefined ? [] : facts.decisions.filter((d) => d.decidedOn >= first);
}

/** Stays the municipality ended by a planned discharge (the ones § 110 stk. 5 and § 85 a speak of). */
function plannedDischarges(facts: CaseReviewFacts) {
  return staysInPeriod(facts).filter(
    (s): s is typeof s & { dischargedOn: IsoDate } => s.dischargedOn !== null && s.dischargeReason === 'planned',
  );
}

const ev = (code: string, facts: Record<string, string | number> = {}): CaseReviewEvidence => ({ code, facts });

function preAnswerOf(id: CaseReviewCheckpointId, facts: CaseReviewFacts): Omit<CaseReviewPreAnswer, 'checkpoint'> {
  const stays = staysInPeriod(facts);
  const decisions = decisionsInCase(facts);
  const plans141 = facts.plans.filter((p) => p.kind === '141');
  const decisions85a = decisions.filter((d) => d.kind === '85a' && d.outcome === 'granted');
  switch (id) {
    case 'plan_141_offered': {
      const plan = plans141[0];
      if (plan) return { answer: 'yes', evidence: [ev('plan_141_made', { madeOn: plan.madeOn })] };
      return { answer: null, evidence: [ev('plan_141_none')] };
    }
    case 'plan_141_content': {
      const plan = plans141[0];
      if (!plan) return { answer: null, evidence: [ev('plan_141_none')] };
      const missing = [
        plan.goals === 0 ? 'goals' : null,
        plan.responsible === 0 ? 'responsible' : null,
        plan.followUps === 0 && plan.endedOn === null ? 'duration' : null,
        plan.hasCitizenWishes ? null : 'citizen_wishes',
      ].filter((m): m is string => m !== null);
      return {
        answer: missing.length === 0 ? 'yes' : 'no',
        evidence: [
          ev('plan_141_content', { goals: plan.goals, responsible: plan.responsible, followUps: plan.followUps }),
          ...missing.map((m) => ev(`plan_141_missing_${m}`)),
        ],
      };
    }
    case 'plan_142_present': {
      if (stays.length === 0) return { answer: 'not_applicable', evidence: [ev('no_stay')] };
      const results = stays.map((stay) => {
        const lastDay = stay.dischargedOn === null ? facts.today : stay.dischargedOn;
        const day = lastDay > stay.admittedOn && stay.dischargedOn !== null ? addDays(lastDay, -1) : lastDay;
        const snapshot = { ...facts.snapshot, stays: facts.snapshot.stays.filter((s) => s.id === stay.id) };
        const result = evaluateShelterPlan(snapshot, day);
        return { stay, result };
      });
      return {
        answer: combineAnswers(results.map((r) => fromStatus(r.result.status))),
        evidence: results.map((r) =>
          r.result.status === 'met'
            ? ev('plan_in_force', { admittedOn: r.stay.admittedOn })
            : ev('plan_missing', { admittedOn: r.stay.admittedOn, days: r.result.details.daysLasted }),
        ),
      };
    }
    case 'notification_110_6': {
      if (stays.length === 0) return { answer: 'not_applicable', evidence: [ev('no_stay')] };
      const results = stays.map((stay) => {
        const snapshotStay = facts.snapshot.stays.find((s) => s.id === stay.id);
        return snapshotStay ? evaluateNotification(snapshotStay, facts.today) : null;
      });
      return {
        answer: combineAnswers(results.map((r) => (r ? fromStatus(r.status) : null))),
        evidence: results.flatMap((r) =>
          r
            ? [
                ev(`notification_${r.details.state}`, {
                  admittedOn: r.details.admittedOn,
                  deadline: r.details.deadline,
                  notifiedOn: r.details.notifiedOn ?? '',
                }),
              ]
            : [],
        ),
      };
    }
    case 'handlekommune_documented':
      return facts.handlekommuneName === null
        ? { answer: 'no', evidence: [ev('handlekommune_missing')] }
        : { answer: 'yes', evidence: [ev('handlekommune', { name: facts.handlekommuneName })] };
    case 'decision_85a_before_discharge': {
      const discharges = plannedDischarges(facts);
      if (discharges.length === 0) return { answer: 'not_applicable', evidence: [ev('no_planned_discharge')] };
      const results = discharges.map((stay) => {
        const decision = decisions85a
          .filter((d) => d.decidedOn <= stay.dischargedOn)
          .sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : -1))[0];
        return decision
          ? {
              answer: 'yes' as const,
              evidence: ev('decision_85a_before', { dischargedOn: stay.dischargedOn, decidedOn: decision.decidedOn }),
            }
          : { answer: 'no' as const, evidence: ev('decision_85a_missing', { dischargedOn: stay.dischargedOn }) };
      });
      return { answer: combineAnswers(results.map((r) => r.answer)), evidence: results.map((r) => r.evidence) };
    }
    case 'decision_85a_content': {
      if (decisions85a.length === 0) return { answer: 'not_applicable', evidence: [ev('no_decision_85a')] };
      const results = decisions85a.map((d) => {
        const complete = d.method !== null && d.periodFrom !== null && d.hasAppealGuidance;
        return {
          answer: complete ? ('yes' as const) : ('no' as const),
          evidence: ev(complete ? 'decision_85a_complete' : 'decision_85a_incomplete', {
            decidedOn: d.decidedOn,
            method: d.method ?? '',
            periodFrom: d.periodFrom ?? '',
            appealGuidance: d.hasAppealGuidance ? 1 : 0,
          }),
        };
      });
      return { answer: combineAnswers(results.map((r) => r.answer)), evidence: results.map((r) => r.evidence) };
    }
    case 'provider_wish_reason_85a_2': {
      const all85a = facts.snapshot.decisions.filter((d) => d.kind === '85a' && decisions.some((c) => c.id === d.id));
      if (all85a.length === 0) return { answer: 'not_applicable', evidence: [ev('no_decision_85a')] };
      const results = all85a.map((d) => ({ decision: d, result: evaluateProviderWish(d) }));
      return {
        answer: combineAnswers(results.map((r) => fromStatus(r.result.status))),
        evidence: results.map((r) =>
          ev(
            r.result.details.wishedProvider === null
              ? 'wish_none'
              : r.result.details.followed
                ? 'wish_followed'
                : r.result.details.reasonGiven
                  ? 'wish_reason_given'
                  : 'wish_reason_missing',
            { decidedOn: r.decision.decidedOn, provider: r.result.details.wishedProvider ?? '' },
          ),
        ),
      };
    }
    case 'discharge_conditions_110_5': {
      const discharges = plannedDischarges(facts);
      if (discharges.length === 0) return { answer: 'not_applicable', evidence: [ev('no_planned_discharge')] };
      const results = discharges.map((stay) => evaluateDischargeConditions(facts.snapshot, stay.dischargedOn, stay.id));
      return {
        answer: combineAnswers(results.map((r) => fromStatus(r.status))),
        evidence: results.map((r) =>
          r.details.missing.length === 0
            ? ev('discharge_conditions_met', { dischargedOn: r.details.dischargeOn })
            : ev('discharge_conditions_missing', { dischargedOn: r.details.dischargeOn, missing: r.details.missing.join(', ') }),
        ),
      };
    }
    case 'processing_time':
      return {
        answer: null,
        evidence: [
          ev('processing_no_application_date'),
          ...decisions.map((d) => ev('decision_on', { kind: d.kind, decidedOn: d.decidedOn })),
        ],
      };
    case 'hearing': {
      const refused = decisions.filter((d) => d.outcome === 'refused');
      return { answer: null, evidence: [ev('hearing_not_recorded', { refused: refused.length })] };
    }
    case 'factual_basis': {
      if (decisions85a.length === 0) return { answer: null, evidence: [ev('no_decision_85a')] };
      const results = decisions85a.map((d) => {
        const assessed = facts.assessmentDates
          .filter((a) => a <= d.decidedOn)
          .sort()
          .at(-1);
        return assessed
          ? { answer: 'yes' as const, evidence: ev('assessment_before', { decidedOn: d.decidedOn, assessedOn: assessed }) }
          : { answer: 'no' as const, evidence: ev('assessment_missing', { decidedOn: d.decidedOn }) };
      });
      return { answer: combineAnswers(results.map((r) => r.answer)), evidence: results.map((r) => r.evidence) };
    }
    case 'reasons': {
      const refused = decisions.filter((d) => d.outcome === 'refused');
      if (refused.length === 0) return { answer: 'not_applicable', evidence: [ev('no_refusal')] };
      return {
        answer: refused.every((d) => d.hasReasons) ? 'yes' : 'no',
        evidence: refused.map((d) =>
          ev(d.hasReasons ? 'reasons_given' : 'reasons_missing', { kind: d.kind, decidedOn: d.decidedOn }),
        ),
      };
    }
    case 'appeal_guidance': {
      if (decisions.length === 0) return { answer: 'not_applicable', evidence: [ev('no_decision')] };
      return {
        answer: decisions.every((d) => d.hasAppealGuidance) ? 'yes' : 'no',
        evidence: decisions.map((d) =>
          ev(d.hasAppealGuidance ? 'appeal_guidance_given' : 'appeal_guidance_missing', { kind: d.kind, decidedOn: d.decidedOn }),
        ),
      };
    }
  }
}

/** Every checkpoint's pre-answer for one sampled case, in the form's order. */
export function preAnswerCase(facts: CaseReviewFacts): CaseReviewPreAnswer[] {
  return caseReviewCheckpoints.map((c) => ({ checkpoint: c.id, ...preAnswerOf(c.id, facts) }));
}

export interface CaseReviewAnswerInput {
  readonly checkpoint: CaseReviewCheckpointId;
  readonly answer: CaseReviewAnswer | null;
  readonly note: string | null;
}

export type CaseReviewAnswerProblem = {
  readonly code: 'review_answer_missing' | 'review_note_required';
  readonly field: string;
};

/**
 * Everything that is wrong with a reviewer's answers to a case, in checkpoint order: every
 * checkpoint answered once, and a note wherever the answer overrules the pre-answer. All of them
 * at once, so a reviewer who overrules three pre-answers is told about the three notes together.
 * Empty when they may be saved.
 */
export function findCaseReviewAnswerProblems(
  answers: readonly CaseReviewAnswerInput[],
  preAnswers: readonly CaseReviewPreAnswer[],
): CaseReviewAnswerProblem[] {
  const problems: CaseReviewAnswerProblem[] = [];
  for (const [index, checkpoint] of caseReviewCheckpointIds.entries()) {
    const position = answers.findIndex((a) => a.checkpoint === checkpoint);
    const answer = answers[position];
    if (!answer || answer.answer === null) {
      problems.push({ code: 'review_answer_missing', field: `answers.${position === -1 ? index : position}.answer` });
      continue;
    }
    const pre = preAnswers.find((p) => p.checkpoint === checkpoint)?.answer ?? null;
    if (isOverruled(pre, answer.answer) && (answer.note ?? '').trim() === '')
      problems.push({ code: 'review_note_required', field: `answers.${position}.note` });
  }
  return problems;
}

/** The reviewer overrules a pre-answer by answering otherwise; answering where the data could not tell is not overruling. */
export function isOverruled(preAnswer: CaseReviewAnswer | null, answer: CaseReviewAnswer): boolean {
  return preAnswer !== null && preAnswer !== answer;
}

export interface CheckpointTally {
  readonly checkpoint: CaseReviewCheckpointId;
  readonly yes: number;
  readonly no: number;
  readonly notApplicable: number;
  readonly overruled: number;
}

/** The reviewed cases' final answers per checkpoint: the share meeting it is yes / (yes + no). */
export function tallyCaseReview(
  reviewed: readonly {
    readonly answers: readonly { checkpoint: string; answer: CaseReviewAnswer; preAnswer: CaseReviewAnswer | null }[];
  }[],
): CheckpointTally[] {
  return caseReviewCheckpointIds.map((checkpoint) => {
    const answers = reviewed.flatMap((r) => r.answers.filter((a) => a.checkpoint === checkpoint));
    return {
      checkpoint,
      yes: answers.filter((a) => a.answer === 'yes').length,
      no: answers.filter((a) => a.answer === 'no').length,
      notApplicable: answers.filter((a) => a.answer === 'not_applicable').length,
      overruled: answers.filter((a) => isOverruled(a.preAnswer, a.answer)).length,
    };
  });
}

/** A grant of read access is valid on `today` while not ended, not past its own date nor the agreement's. */
export function isCaseReviewGrantValid(
  grant: { readonly accessUntil: IsoDate; readonly endedAt: Date | string | null },
  agreementValidUntil: IsoDate | null,
  today: IsoDate,
): boolean {
  return grant.endedAt === null && today <= grant.accessUntil && agreementValidUntil !== null && today <= agreementValidUntil;
}

export type GrantProblem =
  | { readonly code: 'review_no_data_clause'; readonly field: 'accessUntil' }
  | { readonly code: 'review_access_after_agreement'; readonly field: 'accessUntil'; readonly date: IsoDate }
  | { readonly code: 'review_access_in_past'; readonly field: 'accessUntil'; readonly date: IsoDate }
  | { readonly code: 'review_period_outside_agreement'; readonly field: 'periodFrom' | 'periodTo'; readonly date: IsoDate };

/**
 * The grant rests on the collaboration agreement's data-collection clause: it needs one with an
 * end date, cannot outlast it, cannot end before today, and the sample's period must lie within
 * the clause's period where the clause names one.
 */
export function findGrantProblem(
  request: { readonly periodFrom: IsoDate; readonly periodTo: IsoDate; readonly accessUntil: IsoDate },
  clause: { readonly periodFrom: IsoDate | null; readonly periodTo: IsoDate | null; readonly validUntil: IsoDate | null },
  today: IsoDate,
): GrantProblem | null {
  if (clause.validUntil === null) return { code: 'review_no_data_clause', field: 'accessUntil' };
  if (request.accessUntil < today) return { code: 'review_access_in_past', field: 'accessUntil', date: today };
  if (request.accessUntil > clause.validUntil)
    return { code: 'review_access_after_agreement', field: 'accessUntil', date: clause.validUntil };
  if (clause.periodFrom !== null && request.periodFrom < clause.periodFrom)
    return { code: 'review_period_outside_agreement', field: 'periodFrom', date: clause.periodFrom };
  if (clause.periodTo !== null && request.periodTo > clause.periodTo)
    return { code: 'review_period_outside_agreement', field: 'periodTo', date: clause.periodTo };
  return null;
}
