import { describe, expect, it } from 'vitest';
import { checkActivity, checkMember, checkPeriodKeepsRecords, checkProgrammePeriod } from './programmes';

const period = { startsOn: '2026-01-01', endsOn: '2027-12-31' };
const member = {
  organisationKind: 'municipality' as const,
  isAlreadyMember: false,
  methods: ['cti', 'icm'],
  joinedOn: '2026-02-01',
  leftOn: null,
};

describe('programme period', () => {
  it('refuses a period that ends before it starts, naming the end', () => {
    expect(checkProgrammePeriod({ startsOn: '2026-05-01', endsOn: '2026-04-30' })).toEqual([
      { code: 'period_ends_before_start', field: 'endsOn' },
    ]);
  });
  it('accepts a one-day period', () => {
    expect(checkProgrammePeriod({ startsOn: '2026-05-01', endsOn: '2026-05-01' })).toEqual([]);
  });
  it('keeps members and activities inside a changed period', () => {
    const records = { memberDates: ['2026-02-01'], activityDates: ['2026-06-10'] };
    expect(checkPeriodKeepsRecords(period, records)).toEqual([]);
    expect(checkPeriodKeepsRecords({ startsOn: '2026-03-01', endsOn: '2027-12-31' }, records)).toEqual([
      { code: 'period_excludes_records', field: 'startsOn' },
    ]);
    expect(checkPeriodKeepsRecords({ startsOn: '2026-01-01', endsOn: '2026-06-09' }, records)).toEqual([
      { code: 'period_excludes_records', field: 'endsOn' },
    ]);
    expect(checkPeriodKeepsRecords({ startsOn: '2026-01-01', endsOn: '2025-06-09' }, records)).toEqual([
      { code: 'period_ends_before_start', field: 'endsOn' },
    ]);
  });
});

describe('programme member', () => {
  it('accepts a municipality and a shelter with known methods', () => {
    expect(checkMember(member, period)).toEqual([]);
    expect(checkMember({ ...member, organisationKind: 'shelter', methods: [] }, period)).toEqual([]);
  });
  it('refuses a partner, an agency or an unknown organisation', () => {
    for (const organisationKind of ['partner', 'national_agency', 'operator', null] as const)
      expect(checkMember({ ...member, organisationKind }, period)).toEqual([
        { code: 'member_not_municipality_or_shelter', field: 'organisationId' },
      ]);
  });
  it('refuses an organisation that is already a member', () => {
    expect(checkMember({ ...member, isAlreadyMember: true }, period)).toEqual([
      { code: 'member_duplicate', field: 'organisationId' },
    ]);
  });
  it('names an unknown or repeated method by its position', () => {
    expect(checkMember({ ...member, methods: ['cti', 'housing_first', 'cti'] }, period)).toEqual([
      { code: 'method_unknown', field: 'methods.1' },
      { code: 'method_duplicate', field: 'methods.2' },
    ]);
  });
  it('keeps the membership dates in order and inside the period', () => {
    expect(checkMember({ ...member, joinedOn: '2025-12-31' }, period)).toEqual([
      { code: 'member_date_outside_period', field: 'joinedOn' },
    ]);
    expect(checkMember({ ...member, leftOn: '2026-01-15' }, period)).toEqual([
      { code: 'member_left_before_joined', field: 'leftOn' },
    ]);
    expect(checkMember({ ...member, leftOn: '2028-01-01' }, period)).toEqual([
      { code: 'member_date_outside_period', field: 'leftOn' },
    ]);
    expect(checkMember({ ...member, leftOn: '2027-12-31' }, period)).toEqual([]);
  });
});

describe('programme activity', () => {
  it('is dated inside the period, first and last day included', () => {
    expect(checkActivity({ occurredOn: '2026-01-01', memberIds: [] }, period, [])).toEqual([]);
    expect(checkActivity({ occurredOn: '2027-12-31', memberIds: [] }, period, [])).toEqual([]);
    expect(checkActivity({ occurredOn: '2028-01-01', memberIds: [] }, period, [])).toEqual([
      { code: 'activity_date_outside_period', field: 'occurredOn' },
    ]);
  });
  it('involves only the programme’s own members, each once', () => {
    expect(checkActivity({ occurredOn: '2026-03-01', memberIds: ['a', 'x', 'a'] }, period, ['a', 'b'])).toEqual([
      { code: 'activity_member_unknown', field: 'memberIds.1' },
      { code: 'activity_member_duplicate', field: 'memberIds.2' },
    ]);
  });
});
