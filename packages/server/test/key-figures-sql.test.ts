/**
 * The key figures' SQL gives the same member rows as the domain's reference implementation,
 * on generated timelines (stays, move-ins, housing periods, courses with CTI phases and end
 * reasons, plans, follow-ups, registration delays), for the period and the eight quarters of
 * the trend. Same rows → same numbers: both go through the same `summariseRows`.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  computeMemberRows,
  holidaysAround,
  type KeyFigureWindow,
  type MeasureId,
  type MemberRow,
  measureIds,
  summariseRows,
  trendQuarters,
} from '@hjemvej/domain';
import { findMemberRows, type KeyFigurePopulation } from '../src/modules/key-figures/key-figures-queries';
import { createCitizen, createMunicipalityWithStaff, createShelterWithStaff, createStay, createUnit } from './support/factories';
import { generateTimelines } from './support/generated-timelines';
import { rowKey, sortRows } from './support/member-rows';
import { useTestApp } from './support/test-app';

const t = useTestApp();

async function setting(seed: number) {
  const staff = await createMunicipalityWithStaff(t.db);
  const shelters = [(await createShelterWithStaff(t.db)).organisation.id, (await createShelterWithStaff(t.db)).organisation.id];
  const cti = await createUnit(t.db, staff.organisation.id, { name: 'CTI-teamet', kind: 'cti' });
  const icm = await createUnit(t.db, staff.organisation.id, { name: 'ICM-teamet', kind: 'icm' });
  // One municipality sets its own interval for course registrations (K15).
  const registrationIntervalMonths = seed === 2 ? 2 : undefined;
  if (registrationIntervalMonths !== undefined)
    await sql`INSERT INTO collaboration_settings (organisation_id, registration_interval_months)
              VALUES (${staff.organisation.id}, ${registrationIntervalMonths})`.execute(t.db);
  const timelines = await generateTimelines(t.db, {
    municipalityId: staff.organisation.id,
    shelterIds: shelters,
    teams: [
      { id: cti.id, method: 'cti' },
      { id: icm.id, method: 'icm' },
      { id: cti.id, method: 'cti' },
    ],
    people: 70,
    start: '2023-01-01',
    end: '2026-06-30',
    seed,
    ...(registrationIntervalMonths === undefined ? {} : { registrationIntervalMonths }),
  });
  return { staff, shelters, timelines };
}

async function sqlRows(
  population: KeyFigurePopulation,
  windows: readonly KeyFigureWindow[],
  asOf: string,
  measures?: readonly MeasureId[],
): Promise<MemberRow[]> {
  const holidays = holidaysAround(windows, asOf);
  return t.db
    .transaction()
    .execute((tx) => findMemberRows(tx, population, { windows, asOf, holidays, ...(measures ? { measures } : {}) }));
}

describe('key figures: SQL against the reference implementation', () => {
  it.each([1, 2])('gives the same member rows on generated data (seed %i)', async (seed) => {
    const s = await setting(seed);
    const asOf = '2026-06-30';
    const windows = [
      { key: 'period', from: '2025-07-01', to: '2026-06-30' },
      // Old enough for K4 (two years after the move-in).
      { key: 'early', from: '2023-01-01', to: '2024-06-30' },
      ...trendQuarters(asOf),
    ];
    const expected = sortRows(computeMemberRows(s.timelines, windows, asOf));
    const actual = sortRows(await sqlRows({ kind: 'municipality', organisationId: s.staff.organisation.id }, windows, asOf));
    const missing = expected.filter((r) => !actual.some((a) => rowKey(a) === rowKey(r)));
    const extra = actual.filter((r) => !expected.some((e) => rowKey(e) === rowKey(r)));
    expect({ missing: missing.slice(0, 5), extra: extra.slice(0, 5) }).toEqual({ missing: [], extra: [] });
    expect(actual).toEqual(expected);
    // Every computed measure has members in the generated data, so none is compared vacuously.
    const measured = new Set(actual.map((r) => r.measure));
    expect(measureIds.filter((m) => !measured.has(m))).toEqual([]);
    // The newest figures see both outcomes, so neither branch of their SQL is compared vacuously.
    for (const measure of [
      'k9_lawful_discharge',
      'k11_waiting_over_5m',
      'k11_waiting_over_12m',
      'k15_required_fields',
      'k16_over_reimbursement_limit',
    ] as const)
      expect([...new Set(actual.filter((r) => r.measure === measure).map((r) => r.outcome))]).toEqual(
        expect.arrayContaining(['numerator', 'denominator']),
      );
    // And the same numbers, per measure, for the period.
    for (const measure of measureIds) {
      const of = (rows: MemberRow[]) => summariseRows(rows.filter((r) => r.window === 'period' && r.measure === measure));
      expect(of(actual)).toEqual(of(expected));
    }
    // The drill-down asks for one measure: only its branch runs, with the same rows.
    const population = { kind: 'municipality', organisationId: s.staff.organisation.id } as const;
    for (const measure of [
      'k1_lead_time',
      'k3_retained_6m',
      'k5_open_over_120',
      'k9_lawful_discharge',
      'k12_housing_first_coverage',
      'k15_registration_overdue',
      'k15_required_fields',
      'k16_over_reimbursement_limit',
    ] as const) {
      // Its branch may hold its siblings too (k3 holds 3, 6 and 12 months); the service keeps the one asked.
      const one = sortRows(await sqlRows(population, windows, asOf, [measure]));
      expect(one.length).toBeLessThan(actual.length);
      expect(one.filter((r) => r.measure === measure)).toEqual(actual.filter((r) => r.measure === measure));
    }
  });

  it('counts only the shelter’s own stays for a shelter', async () => {
    const s = await setting(3);
    const asOf = '2026-06-30';
    const windows = [{ key: 'period', from: '2023-01-01', to: '2026-06-30' }];
    const shelterId = s.shelters[0] ?? '';
    const own = s.timelines
      .filter((tl) => tl.stays.some((st) => st.shelterId === shelterId))
      .map((tl) => ({ ...tl, stays: tl.stays.filter((st) => st.shelterId === shelterId) }));
    const stayMeasures = (rows: MemberRow[]) =>
      sortRows(
        rows.filter(
          (r) =>
            r.measure.startsWith('k5') ||
            r.measure.startsWith('k6') ||
            r.measure === 'k7_plan_coverage' ||
            r.measure === 'k8_notified_on_time' ||
            r.measure === 'k9_lawful_discharge',
        ),
      );
    const actual = stayMeasures(await sqlRows({ kind: 'shelter', organisationId: shelterId }, windows, asOf));
    expect(actual.length).toBeGreaterThan(0);
    expect(actual.every((r) => r.unitId === shelterId)).toBe(true);
    expect(actual).toEqual(stayMeasures(computeMemberRows(own, windows, asOf)));
  });

  it('counts each night once for reimbursement days (K16) when stays overlap, as the reference does', async () => {
    const staff = await createMunicipalityWithStaff(t.db);
    const [a, b] = [(await createShelterWithStaff(t.db)).organisation.id, (await createShelterWithStaff(t.db)).organisation.id];
    const citizen = await createCitizen(t.db, { handlekommuneId: staff.organisation.id });
    // Bad data: a second stay inside the first (at another shelter).
    await createStay(t.db, { citizenId: citizen.id, shelterId: a, admittedOn: '2025-06-01' });
    await createStay(t.db, { citizenId: citizen.id, shelterId: b, admittedOn: '2025-09-01', dischargedOn: '2025-10-01' });
    const windows = [{ key: 'period', from: '2025-01-01', to: '2025-12-31' }];
    const rows = await sqlRows({ kind: 'municipality', organisationId: staff.organisation.id }, windows, '2025-12-31');
    // 1 June – 31 December: 214 nights, once each.
    expect(rows.filter((r) => r.measure === 'k16_over_reimbursement_limit').map((r) => [r.outcome, r.value, r.unitId])).toEqual([
      ['numerator', 214, a],
    ]);
  });
});
