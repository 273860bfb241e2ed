import { describe, expect, it } from 'vitest';
import { lifeAreas } from '../course/vum';
import { missingRequiredFields, requiredFieldsFilled, type RegistrationFields } from './required-fields';

const rated = lifeAreas.map((lifeArea) => ({ lifeArea, workerRating: 3 as const, citizenRating: 4 as const }));

function registration(over: Partial<RegistrationFields> = {}): RegistrationFields {
  return {
    kind: 'intake',
    registeredOn: '2026-02-01',
    housingStatus: 'not_housed',
    homelessCategory: 'shelter_110',
    referralSource: 'shelter_110',
    contactFrequency: 'weekly',
    lifeAreas: rated,
    exitReason: null,
    exitReasonText: null,
    exitDestination: null,
    ...over,
  };
}

const exit = (over: Partial<RegistrationFields> = {}) =>
  registration({
    kind: 'exit',
    housingStatus: 'moved_in',
    homelessCategory: null,
    referralSource: null,
    contactFrequency: null,
    lifeAreas: [],
    exitReason: 'planned_end',
    exitDestination: 'own_home',
    ...over,
  });

describe('K15 required fields per registration', () => {
  it('finds an intake with every field filled complete', () => {
    expect(missingRequiredFields(registration())).toEqual([]);
  });

  it('names each empty required field of an intake, the citizen’s own rating included', () => {
    const ratings = rated.map((r) => (r.lifeArea === 'finances' ? { ...r, citizenRating: null } : r));
    expect(
      missingRequiredFields(registration({ homelessCategory: null, referralSource: null, lifeAreas: ratings.slice(1) })),
    ).toEqual([
      'homelessCategory',
      'referralSource',
      'lifeAreas.housing.workerRating',
      'lifeAreas.housing.citizenRating',
      'lifeAreas.finances.citizenRating',
    ]);
  });

  it('asks the VIVE category only while not housed, and the referral only at the intake', () => {
    expect(missingRequiredFields(registration({ housingStatus: 'moved_in', homelessCategory: null }))).toEqual([]);
    expect(missingRequiredFields(registration({ kind: 'status', referralSource: null }))).toEqual([]);
    expect(missingRequiredFields(registration({ kind: 'status', housingStatus: null, contactFrequency: null }))).toEqual([
      'housingStatus',
      'contactFrequency',
    ]);
  });

  it('asks an exit for reason, destination and housing status, and the text when the reason is "andet"', () => {
    expect(missingRequiredFields(exit())).toEqual([]);
    expect(missingRequiredFields(exit({ exitReason: 'other', exitReasonText: '  ' }))).toEqual(['exitReasonText']);
    expect(missingRequiredFields(exit({ exitReason: 'other', exitReasonText: 'Flyttet til udlandet' }))).toEqual([]);
    expect(missingRequiredFields(exit({ exitReason: null, exitDestination: null, housingStatus: null }))).toEqual([
      'housingStatus',
      'exitReason',
      'exitDestination',
    ]);
  });

  it('gives the share complete per registration kind for the registrations dated in the period', () => {
    const all = [
      registration({ registeredOn: '2026-01-01' }),
      registration({ registeredOn: '2026-03-31', contactFrequency: null }),
      registration({ registeredOn: '2025-12-31', contactFrequency: null }), // before the period
      registration({ kind: 'status', registeredOn: '2026-02-15' }),
      exit({ registeredOn: '2026-04-01' }), // after it
    ];
    expect(requiredFieldsFilled(all, { from: '2026-01-01', to: '2026-03-31' })).toEqual({
      intake: { complete: 1, total: 2, share: 0.5 },
      status: { complete: 1, total: 1, share: 1 },
      exit: { complete: 0, total: 0, share: null },
    });
  });
});
