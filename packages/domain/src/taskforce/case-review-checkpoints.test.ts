import { describe, expect, it } from 'vitest';
import {
  caseReviewCheckpointIds,
  combineAnswers,
  findCaseReviewAnswerProblems,
  findGrantProblem,
  isCaseReviewGrantValid,
  preAnswerCase,
  tallyCaseReview,
  type CaseReviewFacts,
} from './case-review-checkpoints';

/** A citizen at a shelter from 6 January 2025 (a Monday), notified on time, discharged in March to own housing. */
function facts(overrides: Partial<CaseReviewFacts> = {}): CaseReviewFacts {
  const stay = { id: 's1', admittedOn: '2025-01-06', dischargedOn: '2025-03-14', handlekommuneNotifiedOn: '2025-01-08' };
  return {
    snapshot: {
      citizenId: 'c1',
      stays: [stay],
      plans: [{ id: 'p1', kind: '141', madeOn: '2025-01-10', endedOn: null }],
      decisions: [
        {
          id: 'd1',
          kind: '85a',
          decidedOn: '2025-03-01',
          outcome: 'granted',
          method: 'cti',
          periodFrom: '2025-03-14',
          periodTo: null,
          providerWish: { wishedProvider: 'Kirkens Korshær', followed: false, reasonIfNotFollowed: null },
        },
      ],
      housingAllocations: [
        { id: 'a1', allocatedOn: '2025-02-20', leaseSignedOn: '2025-03-01', moveInOn: '2025-03-14', withdrawnOn: null },
      ],
      supportCourses: [],
    },
    periodFrom: '2025-01-01',
    periodTo: '2025-06-30',
    today: '2026-12-05',
    handlekommuneName: 'Testkommune',
    stays: [{ id: 's1', admittedOn: '2025-01-06', dischargedOn: '2025-03-14', dischargeReason: 'planned' }],
    plans: [
      {
        id: 'p1',
        kind: '141',
        madeOn: '2025-01-10',
        endedOn: null,
        goals: 2,
        responsible: 1,
        followUps: 1,
        hasCitizenWishes: true,
      },
    ],
    decisions: [
      {
        id: 'd1',
        kind: '85a',
        outcome: 'granted',
        method: 'cti',
        decidedOn: '2025-03-01',
        periodFrom: '2025-03-14',
        hasReasons: false,
        hasAppealGuidance: true,
      },
    ],
    assessmentDates: ['2025-02-01'],
    ...overrides,
  };
}

const answerOf = (f: CaseReviewFacts, id: string) => preAnswerCase(f).find((p) => p.checkpoint === id);

describe('the review form’s pre-answers', () => {
  it('answers every checkpoint, in the form’s order', () => {
    expect(preAnswerCase(facts()).map((p) => p.checkpoint)).toEqual([...caseReviewCheckpointIds]);
  });

  it('reads the § 141 plan and its content', () => {
    expect(answerOf(facts(), 'plan_141_offered')?.answer).toBe('yes');
    expect(answerOf(facts(), 'plan_141_content')?.answer).toBe('yes');
    const thin = facts({
      plans: [
        {
          id: 'p1',
          kind: '141',
          madeOn: '2025-01-10',
          endedOn: null,
          goals: 0,
          responsible: 1,
          followUps: 0,
          hasCitizenWishes: false,
        },
      ],
    });
    expect(answerOf(thin, 'plan_141_content')).toMatchObject({ answer: 'no' });
    expect(answerOf(thin, 'plan_141_content')?.evidence.map((e) => e.code)).toContain('plan_141_missing_goals');
    const none = facts({ plans: [], snapshot: { ...facts().snapshot, plans: [] } });
    expect(answerOf(none, 'plan_141_offered')?.answer).toBeNull();
    expect(answerOf(none, 'plan_142_present')?.answer).toBe('no');
  });

  it('reuses the legal checks for the notification, the discharge conditions and the provider wish', () => {
    expect(answerOf(facts(), 'notification_110_6')).toMatchObject({
      answer: 'yes',
      evidence: [{ code: 'notification_on_time' }],
    });
    const late = facts({
      snapshot: {
        ...facts().snapshot,
        stays: [{ id: 's1', admittedOn: '2025-01-06', dischargedOn: '2025-03-14', handlekommuneNotifiedOn: '2025-01-20' }],
      },
    });
    expect(answerOf(late, 'notification_110_6')?.answer).toBe('no');
    expect(answerOf(facts(), 'discharge_conditions_110_5')?.answer).toBe('yes');
    expect(answerOf(facts(), 'decision_85a_before_discharge')?.answer).toBe('yes');
    // The wish of provider was not followed and no reason given.
    expect(answerOf(facts(), 'provider_wish_reason_85a_2')).toMatchObject({
      answer: 'no',
      evidence: [{ code: 'wish_reason_missing' }],
    });
  });

  it('finds no § 85 a decision before a planned discharge', () => {
    const f = facts({ decisions: [], snapshot: { ...facts().snapshot, decisions: [] } });
    expect(answerOf(f, 'decision_85a_before_discharge')?.answer).toBe('no');
    expect(answerOf(f, 'discharge_conditions_110_5')?.answer).toBe('no');
    expect(answerOf(f, 'decision_85a_content')?.answer).toBe('not_applicable');
  });

  it('leaves to the reviewer what the data cannot tell', () => {
    expect(answerOf(facts(), 'hearing')?.answer).toBeNull();
    expect(answerOf(facts(), 'processing_time')?.answer).toBeNull();
    expect(answerOf(facts(), 'factual_basis')?.answer).toBe('yes');
    expect(answerOf(facts({ handlekommuneName: null }), 'handlekommune_documented')?.answer).toBe('no');
  });

  it('combines findings: any no is no, any unknown unknown', () => {
    expect(combineAnswers(['yes', 'no', null])).toBe('no');
    expect(combineAnswers(['yes', null])).toBeNull();
    expect(combineAnswers(['yes', 'not_applicable'])).toBe('yes');
    expect(combineAnswers([])).toBe('not_applicable');
  });
});

describe('the reviewer’s answers', () => {
  const pre = preAnswerCase(facts());
  const confirmed = pre.map((p) => ({ checkpoint: p.checkpoint, answer: p.answer ?? 'yes', note: null }));

  it('accepts confirmed pre-answers and requires a note to overrule', () => {
    expect(findCaseReviewAnswerProblems(confirmed, pre)).toEqual([]);
    const overruled = confirmed.map((a) => (a.checkpoint === 'handlekommune_documented' ? { ...a, answer: 'no' as const } : a));
    expect(findCaseReviewAnswerProblems(overruled, pre)).toEqual([{ code: 'review_note_required', field: 'answers.4.note' }]);
    const noted = overruled.map((a) => (a.checkpoint === 'handlekommune_documented' ? { ...a, note: 'Ikke begrundet.' } : a));
    expect(findCaseReviewAnswerProblems(noted, pre)).toEqual([]);
    expect(findCaseReviewAnswerProblems(confirmed.slice(1), pre)).toEqual([
      { code: 'review_answer_missing', field: 'answers.0.answer' },
    ]);
  });

  it('names every missing note and answer at once, in checkpoint order', () => {
    const overruledTwice = confirmed.map((a) =>
      a.checkpoint === 'handlekommune_documented' || a.checkpoint === 'appeal_guidance' ? { ...a, answer: 'no' as const } : a,
    );
    const unanswered = overruledTwice.map((a) => (a.checkpoint === 'hearing' ? { ...a, answer: null } : a));
    const position = (id: string) => unanswered.findIndex((a) => a.checkpoint === id);
    expect(findCaseReviewAnswerProblems(unanswered, pre)).toEqual([
      { code: 'review_note_required', field: `answers.${position('handlekommune_documented')}.note` },
      { code: 'review_answer_missing', field: `answers.${position('hearing')}.answer` },
      { code: 'review_note_required', field: `answers.${position('appeal_guidance')}.note` },
    ]);
  });

  it('tallies the share meeting each checkpoint', () => {
    const tally = tallyCaseReview([
      { answers: [{ checkpoint: 'hearing', answer: 'yes', preAnswer: null }] },
      { answers: [{ checkpoint: 'hearing', answer: 'no', preAnswer: null }] },
      { answers: [{ checkpoint: 'hearing', answer: 'not_applicable', preAnswer: 'yes' }] },
    ]).find((t) => t.checkpoint === 'hearing');
    expect(tally).toEqual({ checkpoint: 'hearing', yes: 1, no: 1, notApplicable: 1, overruled: 1 });
  });
});

describe('the grant', () => {
  it('is valid while not ended and within its own and the agreement’s dates', () => {
    const grant = { accessUntil: '2026-12-31', endedAt: null };
    expect(isCaseReviewGrantValid(grant, '2027-01-31', '2026-12-05')).toBe(true);
    expect(isCaseReviewGrantValid(grant, '2026-12-01', '2026-12-05')).toBe(false);
    expect(isCaseReviewGrantValid({ ...grant, accessUntil: '2026-12-04' }, '2027-01-31', '2026-12-05')).toBe(false);
    expect(isCaseReviewGrantValid({ ...grant, endedAt: new Date() }, '2027-01-31', '2026-12-05')).toBe(false);
    expect(isCaseReviewGrantValid(grant, null, '2026-12-05')).toBe(false);
  });

  it('rests on the agreement’s data clause', () => {
    const request = { periodFrom: '2025-01-01', periodTo: '2025-06-30', accessUntil: '2027-01-01' };
    const clause = { periodFrom: '2025-01-01', periodTo: '2025-12-31', validUntil: '2027-06-30' };
    expect(findGrantProblem(request, clause, '2026-12-05')).toBeNull();
    expect(findGrantProblem(request, { ...clause, validUntil: null }, '2026-12-05')?.code).toBe('review_no_data_clause');
    expect(findGrantProblem(request, { ...clause, validUntil: '2026-12-31' }, '2026-12-05')?.code).toBe(
      'review_access_after_agreement',
    );
    expect(findGrantProblem({ ...request, periodFrom: '2024-12-01' }, clause, '2026-12-05')).toMatchObject({
      field: 'periodFrom',
    });
  });
});
