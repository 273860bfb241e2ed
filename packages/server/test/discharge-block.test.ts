/**
 * Serviceloven § 110 stk. 5 through the API: a discharge to own housing is refused with the
 * list of exactly what is missing, and unblocked step by step by the caseworker (plan,
 * allocation with lease and move-in date, § 85 a decision). Other destinations are not blocked.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, ShelterStay } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp } from './support/test-app';
import { residentAtShelter as residentAtShelterScenario } from './support/scenarios';

const t = useTestApp();

const today = todayInDenmark();

async function residentAtShelter() {
  const resident = await residentAtShelterScenario(t.db, { admittedOn: addDays(today, -20), notifiedOn: addDays(today, -19) });
  const shelterSession = await signInAs(t.app, resident.shelter.staff);
  const caseworker = await signInAs(t.app, resident.municipality.caseworker);
  return { ...resident, shelterSession, caseworker };
}

function discharge(r: Awaited<ReturnType<typeof residentAtShelter>>, destination: string, locale = 'da') {
  return call(t.app, r.shelterSession, {
    method: 'POST',
    url: `/api/shelter-stays/${r.stay.id}/discharge`,
    payload: { dischargedOn: today, reason: 'planned', destination },
    headers: { 'accept-language': locale },
  });
}

function missingOf(body: string): string[] {
  return ((JSON.parse(body) as ErrorBody).error.legal?.missing ?? []).map((c) => c.id);
}

describe('§ 110 stk. 5: discharge to own housing', () => {
  it('is refused with all four missing conditions, each with its source and plain-Danish text', async () => {
    const r = await residentAtShelter();
    const response = await discharge(r, 'own_home_with_lease');
    expect(response.statusCode).toBe(422);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('discharge_conditions_missing');
    expect(body.error.message).toContain('Serviceloven § 110, stk. 5');
    expect(body.error.legal?.ruleId).toBe('discharge_conditions_110_5');
    expect(missingOf(response.body)).toEqual(['plan', 'housing_or_residential_offer', 'support_decision', 'lease_and_move_in']);
    expect(body.error.legal?.missing.map((c) => c.source.text)).toEqual([
      'Serviceloven § 110, stk. 5, nr. 1',
      'Serviceloven § 110, stk. 5, nr. 2',
      'Serviceloven § 110, stk. 5, nr. 3',
      'Serviceloven § 110, stk. 5, nr. 4',
    ]);
    expect(body.error.legal?.missing[0]?.message).toContain('handleplan (§ 141)');
    expect(body.error.fields?.map((f) => f.path)).toEqual([
      'conditions.plan',
      'conditions.housing_or_residential_offer',
      'conditions.support_decision',
      'conditions.lease_and_move_in',
    ]);
    // Nothing was saved.
    const stay = await t.db
      .selectFrom('shelter_stays')
      .select(['discharged_on', 'version'])
      .where('id', '=', r.stay.id)
      .executeTakeFirstOrThrow();
    expect(stay).toEqual({ discharged_on: null, version: 1 });

    const english = await discharge(r, 'own_home_with_lease', 'en');
    expect(english.json<ErrorBody>().error.legal?.missing[0]?.message).toBe('There is no plan under § 141 or § 142.');
  });

  it('is unblocked step by step by the caseworker, then succeeds', async () => {
    const r = await residentAtShelter();
    const plan = await call(t.app, r.caseworker, {
      method: 'POST',
      url: `/api/citizens/${r.citizen.id}/plans`,
      payload: { kind: '142', madeOn: addDays(today, -10), goals: [{ lifeArea: 'housing', goal: 'Egen bolig' }] },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect(missingOf((await discharge(r, 'own_home_with_lease')).body)).toEqual([
      'housing_or_residential_offer',
      'support_decision',
      'lease_and_move_in',
    ]);

    const allocation = await call(t.app, r.caseworker, {
      method: 'POST',
      url: `/api/citizens/${r.citizen.id}/housing-allocations`,
      payload: { address: 'Havnegade 4, 1. th.', allocatedOn: addDays(today, -5) },
    });
    expect(allocation.statusCode, allocation.body).toBe(201);
    expect(missingOf((await discharge(r, 'own_home_with_lease')).body)).toEqual(['support_decision', 'lease_and_move_in']);

    const { id: allocationId, version } = allocation.json<{ id: string; version: number }>();
    const lease = await call(t.app, r.caseworker, {
      method: 'PATCH',
      url: `/api/housing-allocations/${allocationId}`,
      payload: { version, leaseSignedOn: addDays(today, -2), plannedMoveInOn: today },
    });
    expect(lease.statusCode, lease.body).toBe(200);
    expect(missingOf((await discharge(r, 'own_home_with_lease')).body)).toEqual(['support_decision']);

    const decision = await call(t.app, r.caseworker, {
      method: 'POST',
      url: `/api/citizens/${r.citizen.id}/decisions`,
      payload: {
        kind: '85a',
        method: 'cti',
        outcome: 'granted',
        decidedOn: addDays(today, -1),
        periodFrom: today,
        reasons: 'Støtte i overgangen til egen bolig.',
      },
    });
    expect(decision.statusCode, decision.body).toBe(201);

    const done = await discharge(r, 'own_home_with_lease');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<ShelterStay>()).toMatchObject({ dischargedOn: today, dischargeDestination: 'own_home_with_lease' });
  });

  it('does not block a discharge to another destination', async () => {
    const r = await residentAtShelter();
    const response = await discharge(r, 'family_friends');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<ShelterStay>().dischargeDestination).toBe('family_friends');
  });
});
