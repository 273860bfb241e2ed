import { describe, expect, it } from 'vitest';
import type { FidelityInstrumentOutput, K14Team } from '@hjemvej/contract';
import { answersToSend, fidelityChartRows, formatScore, radarData } from './fidelity-chart-data';

const team: K14Team = {
  unitId: 'u1',
  unitName: 'CTI-teamet',
  method: 'cti',
  latest: { id: 'm2', measuredOn: '2026-10-01', raterType: 'sbst', collectionMethod: 'site_visit' },
  previous: { id: 'm1', measuredOn: '2026-04-01', raterType: 'self', collectionMethod: 'self_report' },
  elements: [
    {
      instrumentId: 'housing_first',
      coreElementId: 'recovery',
      name: 'Recovery-orientering',
      latest: 100,
      previous: 50,
      change: 50,
    },
    { instrumentId: 'cti', coreElementId: 'phased', name: 'Faseopdelt', latest: 50, previous: null, change: null },
    { instrumentId: 'cti', coreElementId: 'time_limited', name: 'Tidsafgrænset', latest: null, previous: 0, change: null },
  ],
  total: { latest: 75, previous: 25, change: 50 },
  nextDueOn: '2027-04-01',
  dueState: 'upcoming',
};

describe('fidelity chart data', () => {
  it('splits the rows into the method module and the common Housing First module', () => {
    expect(fidelityChartRows(team).map((r) => [r.key, r.module, r.latest, r.previous])).toEqual([
      ['housing_first.recovery', 'common', 100, 50],
      ['cti.phased', 'method', 50, null],
      ['cti.time_limited', 'method', null, 0],
    ]);
  });

  it('draws an element without a score at the centre of the radar', () => {
    expect(radarData(fidelityChartRows(team), 'method')).toEqual([
      { element: 'Faseopdelt', latest: 50, previous: 0 },
      { element: 'Tidsafgrænset', latest: 0, previous: 0 },
    ]);
    expect(radarData(fidelityChartRows(team), 'common')).toEqual([
      { element: 'Recovery-orientering', latest: 100, previous: 50 },
    ]);
  });

  it('sends the answered items only, in the instruments’ order', () => {
    const instrument = (id: 'cti' | 'housing_first', items: string[]): FidelityInstrumentOutput => ({
      id,
      version: 1,
      method: id === 'cti' ? 'cti' : null,
      name: id,
      answers: ['yes', 'partly', 'no'],
      coreElements: [{ id: 'e', name: 'E' }],
      items: items.map((itemId) => ({ id: itemId, coreElement: 'e', text: itemId })),
      source: '',
      url: null,
      placeholder: true,
    });
    const instruments = [instrument('housing_first', ['hf.1', 'hf.2']), instrument('cti', ['cti.1', 'cti.2'])];
    expect(answersToSend(instruments, { 'cti.2': 'no', 'hf.2': 'partly', 'hf.1': null })).toEqual([
      { itemId: 'hf.2', answer: 'partly' },
      { itemId: 'cti.2', answer: 'no' },
    ]);
  });

  it('writes a score with the language’s decimal mark', () => {
    expect([formatScore(88.9, 'da'), formatScore(88.9, 'en'), formatScore(-50, 'da')]).toEqual(['88,9', '88.9', '-50']);
  });
});
