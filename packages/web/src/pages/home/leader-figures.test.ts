import { describe, expect, it } from 'vitest';
import type { Agreement, MeasureFigure } from '@hjemvej/contract';
import { leaderFigures, monthStart } from './leader-figures';

const summary = (members: number, median: number | null) => ({
  members,
  numerator: members,
  denominator: members,
  unknown: 0,
  excluded: 0,
  share: null,
  median,
  p75: null,
  mean: null,
});
const leadTime = (members: number, median: number | null) =>
  ({ id: 'k1_lead_time', period: summary(members, median) }) as unknown as MeasureFigure;
const agreement = (reminders: Agreement['reminders']) => ({ reminders }) as unknown as Agreement;

describe('leaderFigures', () => {
  it('gives the five figures in order, each opening onto its page', () => {
    const figures = leaderFigures({
      byNameTotal: 42,
      monthLeadTime: leadTime(3, 40),
      yearLeadTime: leadTime(31, 57),
      overdueTasks: 5,
      agreements: [
        agreement([{ kind: 'revisit_due', revisitOn: '2026-12-01' }]),
        agreement([{ kind: 'signer_left', partyName: 'A', signerName: 'B' }]),
        agreement([]),
      ],
    });
    expect(figures).toEqual([
      { key: 'homelessNow', value: 42, path: '/by-name-list' },
      { key: 'housedThisMonth', value: 3, path: '/key-figures' },
      { key: 'leadTime', value: 57, path: '/key-figures' },
      { key: 'overdueTasks', value: 5, path: '/oversight' },
      { key: 'agreementsDue', value: 1, path: '/agreements' },
    ]);
  });

  it('leaves out what the leader may not open, and shows no median when no one moved in', () => {
    const figures = leaderFigures({ yearLeadTime: leadTime(0, null), overdueTasks: 0 });
    expect(figures).toEqual([
      { key: 'leadTime', value: null, path: '/key-figures' },
      { key: 'overdueTasks', value: 0, path: '/oversight' },
    ]);
  });

  it('counts this month from its first day', () => {
    expect(monthStart('2026-12-06')).toBe('2026-12-01');
  });
});
