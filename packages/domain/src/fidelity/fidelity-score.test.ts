import { describe, expect, it } from 'vitest';
import {
  computeK14,
  fidelityDueOn,
  isFidelityMeasurementDue,
  poolK14ByMethod,
  refuseFidelityAnswers,
  scoreFidelityMeasurement,
  type FidelityAnswerEntry,
  type FidelityMeasurementInput,
} from './fidelity-score';
import { currentFidelityInstrument, fidelityInstrumentIds, fidelityInstruments } from './instruments';

const cti = currentFidelityInstrument('cti');
const common = currentFidelityInstrument('housing_first');

/** Every item of the CTI and common modules answered `answer`, except those in `overrides`. */
function answersAll(answer: FidelityAnswerEntry['answer'], overrides: Record<string, FidelityAnswerEntry['answer']> = {}) {
  return [...common.items, ...cti.items].map((i) => ({ itemId: i.id, answer: overrides[i.id] ?? answer }));
}

function measurement(over: Partial<FidelityMeasurementInput> = {}): FidelityMeasurementInput {
  return {
    id: 'm1',
    unitId: 'team-cti',
    unitName: 'CTI-teamet',
    method: 'cti',
    measuredOn: '2026-03-01',
    raterType: 'self',
    collectionMethod: 'self_report',
    methodVersion: 1,
    commonVersion: 1,
    answers: answersAll('yes'),
    ...over,
  };
}

describe('fidelity instruments', () => {
  it('ship one module per method and the common Housing First module, each item in a core element of its own instrument', () => {
    expect(fidelityInstruments.map((i) => i.id).sort()).toEqual([...fidelityInstrumentIds].sort());
    const ids = fidelityInstruments.flatMap((i) => i.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const instrument of fidelityInstruments) {
      const elements = new Set(instrument.coreElements.map((e) => e.id));
      for (const item of instrument.items) expect(elements.has(item.coreElement)).toBe(true);
      for (const element of elements) expect(instrument.items.some((i) => i.coreElement === element)).toBe(true);
    }
  });

  it('say in their source text that the items are placeholders until the Danish checklists are keyed in', () => {
    for (const instrument of fidelityInstruments) {
      expect(instrument.placeholder).toBe(true);
      expect(instrument.sourceDa).toContain('PLADSHOLDER');
      expect(instrument.sourceEn).toContain('PLACEHOLDER');
    }
    expect(cti.coreElements).toHaveLength(8);
    expect(currentFidelityInstrument('act').coreElements).toHaveLength(10);
  });
});

describe('refuseFidelityAnswers', () => {
  const head = { method: 'cti' as const, methodVersion: 1, commonVersion: 1 };

  it('accepts answers to items of the measurement’s two instruments', () => {
    expect(refuseFidelityAnswers(head, answersAll('partly'))).toBeNull();
    expect(refuseFidelityAnswers(head, [{ itemId: cti.items[0]!.id, answer: 'no' }])).toBeNull();
  });

  it('names the answer that is unknown, twice, or not on the scale', () => {
    const first = { itemId: cti.items[0]!.id, answer: 'yes' };
    expect(refuseFidelityAnswers(head, [first, { itemId: 'cti.nonsense.1', answer: 'yes' }])).toEqual({
      code: 'fidelity_item_unknown',
      field: 'answers.1.itemId',
      itemId: 'cti.nonsense.1',
    });
    // An ACT item is not in a CTI team's measurement.
    expect(refuseFidelityAnswers(head, [{ itemId: 'act.interdisciplinary.1', answer: 'yes' }])?.code).toBe(
      'fidelity_item_unknown',
    );
    expect(refuseFidelityAnswers(head, [first, first])).toMatchObject({ code: 'fidelity_item_twice', field: 'answers.1.itemId' });
    expect(refuseFidelityAnswers(head, [{ ...first, answer: 'maybe' }])).toEqual({
      code: 'fidelity_answer_not_on_scale',
      field: 'answers.0.answer',
    });
  });

  it('refuses an instrument version that does not exist, and a measurement without answers', () => {
    expect(refuseFidelityAnswers({ ...head, methodVersion: 9 }, answersAll('yes'))).toEqual({
      code: 'fidelity_instrument_unknown',
      field: 'methodVersion',
    });
    expect(refuseFidelityAnswers({ ...head, commonVersion: 0 }, answersAll('yes'))?.field).toBe('commonVersion');
    expect(refuseFidelityAnswers(head, [])).toEqual({ code: 'fidelity_no_answers', field: 'answers' });
  });
});

describe('scoreFidelityMeasurement', () => {
  it('gives 100 % for all "ja", 0 % for all "nej", and 50 % per "delvis"', () => {
    expect(scoreFidelityMeasurement(measurement()).total).toBe(100);
    expect(scoreFidelityMeasurement(measurement({ answers: answersAll('no') })).total).toBe(0);
    expect(scoreFidelityMeasurement(measurement({ answers: answersAll('partly') })).total).toBe(50);
  });

  it('scores each core element over its answered items; an element without answers has no score', () => {
    // "Forankret i lokalsamfundet" has two items: ja + nej = 50 %.
    const [community1, community2] = cti.items.filter((i) => i.coreElement === 'community');
    const score = scoreFidelityMeasurement(
      measurement({
        answers: [
          { itemId: community1!.id, answer: 'yes' },
          { itemId: community2!.id, answer: 'no' },
          { itemId: 'cti.phased.1', answer: 'partly' },
        ],
      }),
    );
    const of = (id: string) => score.elements.find((e) => e.instrumentId === 'cti' && e.coreElementId === id);
    expect(of('community')).toMatchObject({ answered: 2, items: 2, percent: 50 });
    expect(of('phased')).toMatchObject({ answered: 1, percent: 50 });
    expect(of('time_limited')).toMatchObject({ answered: 0, percent: null });
    // (2 + 0 + 1) of 3 × 2 points.
    expect(score.total).toBe(50);
    expect(score.elements.filter((e) => e.instrumentId === 'housing_first')).toHaveLength(8);
  });

  it('rounds to one decimal', () => {
    const [a, b, c] = [...common.items];
    const score = scoreFidelityMeasurement(
      measurement({
        answers: [
          { itemId: a!.id, answer: 'yes' },
          { itemId: b!.id, answer: 'yes' },
          { itemId: c!.id, answer: 'partly' },
        ],
      }),
    );
    expect(score.total).toBe(83.3);
  });
});

describe('K14: latest fidelity per team and core element, with trend', () => {
  const spring = measurement({
    id: 'spring',
    measuredOn: '2025-09-01',
    answers: answersAll('partly'),
  });
  const autumn = measurement({
    id: 'autumn',
    measuredOn: '2026-03-01',
    raterType: 'sbst',
    collectionMethod: 'site_visit',
    answers: answersAll('yes', { 'cti.time_limited.1': 'no' }),
  });

  it('shows the latest measurement with the previous beside it and the change in points', () => {
    const [team] = computeK14([autumn, spring], '2026-06-30');
    expect(team?.latest).toEqual({ id: 'autumn', measuredOn: '2026-03-01', raterType: 'sbst', collectionMethod: 'site_visit' });
    expect(team?.previous?.id).toBe('spring');
    const timeLimited = team?.elements.find((e) => e.coreElementId === 'time_limited');
    expect(timeLimited).toMatchObject({ latest: 0, previous: 50, change: -50 });
    const recovery = team?.elements.find((e) => e.instrumentId === 'cti' && e.coreElementId === 'recovery');
    expect(recovery).toMatchObject({ latest: 100, previous: 50, change: 50 });
    expect(team?.total.previous).toBe(50);
    expect(team?.nextDueOn).toBe('2026-09-01');
  });

  it('knows only measurements on or before the day asked about', () => {
    const [team] = computeK14([spring, autumn], '2026-02-28');
    expect(team?.latest.id).toBe('spring');
    expect(team?.previous).toBeNull();
    expect(team?.elements.every((e) => e.change === null)).toBe(true);
    expect(computeK14([spring, autumn], '2025-08-31')).toEqual([]);
  });

  it('keeps teams and methods apart, CTI before ACT', () => {
    const act = measurement({
      id: 'act',
      unitId: 'team-act',
      unitName: 'ACT-teamet',
      method: 'act',
      answers: [{ itemId: 'act.unlimited.1', answer: 'yes' }],
    });
    const figures = computeK14([act, spring, autumn], '2026-06-30');
    expect(figures.map((f) => [f.unitId, f.method, f.latest.id])).toEqual([
      ['team-cti', 'cti', 'autumn'],
      ['team-act', 'act', 'act'],
    ]);
    expect(figures[1]?.elements.filter((e) => e.instrumentId === 'act')).toHaveLength(10);
  });

  it('takes the later of two same-day measurements as given', () => {
    const again = { ...autumn, id: 'autumn-2', answers: answersAll('no') };
    const [team] = computeK14([spring, autumn, again], '2026-06-30');
    expect([team?.latest.id, team?.previous?.id, team?.total.latest]).toEqual(['autumn-2', 'autumn', 0]);
  });

  it('falls due six months after the latest measurement', () => {
    expect(fidelityDueOn('2025-08-31')).toBe('2026-02-28');
    // Due (an inbox task) from 14 days before the six months are up, as the page's badge says.
    expect(isFidelityMeasurementDue('2025-08-31', '2026-02-13')).toBe(false);
    expect(isFidelityMeasurementDue('2025-08-31', '2026-02-14')).toBe(true);
    expect(isFidelityMeasurementDue('2025-08-31', '2026-05-01')).toBe(true);
  });
});

describe('K14 pooled per method for the national view', () => {
  it('averages the teams’ latest % per core element and in total, per method', () => {
    const teams = computeK14(
      [
        measurement({ id: 'a1', unitId: 'a', unitName: 'A', measuredOn: '2025-01-10', answers: answersAll('no') }),
        measurement({ id: 'a2', unitId: 'a', unitName: 'A', measuredOn: '2026-01-10', answers: answersAll('yes') }),
        measurement({ id: 'b1', unitId: 'b', unitName: 'B', measuredOn: '2026-02-01', answers: answersAll('partly') }),
      ],
      '2026-06-30',
    );
    const [cti, ...others] = poolK14ByMethod(teams);
    expect(others).toEqual([]);
    // A's latest (all yes, 100 %) and B's (all partly, 50 %): 75 %; A's older measurement plays no part.
    expect(cti).toMatchObject({ method: 'cti', teams: 2, latestOn: '2026-02-01', total: 75 });
    expect(cti?.elements.length).toBe(teams[0]?.elements.length);
    expect(cti?.elements.every((e) => e.latest === 75)).toBe(true);
    expect(poolK14ByMethod([])).toEqual([]);
  });
});
