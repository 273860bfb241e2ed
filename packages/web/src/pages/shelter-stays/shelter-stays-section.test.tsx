import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { ShelterStay } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { ShelterStaysSection } from './shelter-stays-section';

// The card formats dates in the user's language; no session is needed to decide its buttons.
vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

function openStay(id: string, canEdit: boolean): ShelterStay {
  return {
    id,
    citizenId: '00000000-0000-4000-8000-000000000001',
    shelter: { id: '00000000-0000-4000-8000-000000000002', name: `Herberg ${id}` },
    admittedOn: '2026-11-02',
    referral: 'self',
    referredBy: null,
    intake: {
      cameFrom: null,
      homeMunicipality: null,
      livedWhere: null,
      whyHomeless: null,
      problems: { social: false, psychiatric: false, substanceUse: false, debt: false, income: false },
      notes: null,
    },
    handlekommuneNotifiedOn: null,
    dischargedOn: null,
    dischargeReason: null,
    dischargeDestination: null,
    notification: {
      deadline: '2026-11-05',
      state: 'pending',
      isOnTime: null,
      workingDaysLate: 0,
      workingDaysLeft: 2,
      messageDa: '',
    },
    nights: 3,
    reimbursement: {
      periodStart: null,
      periodEndExclusive: null,
      limit: null,
      reimbursedNights: 0,
      unreimbursedNights: 0,
      remaining: null,
    },
    abilities: { canEdit },
    version: 1,
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
  };
}

describe('ShelterStaysSection', () => {
  it('offers notification and discharge only on the stays the server says the user may change', () => {
    renderWithProviders(<ShelterStaysSection query={{ data: [openStay('a', true)], error: null, isPending: false }} />);
    expect(screen.getByRole('button', { name: 'shelterStays.recordNotification' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'shelterStays.discharge' })).toBeTruthy();
  });

  it('shows another shelter’s stay without its buttons', () => {
    renderWithProviders(<ShelterStaysSection query={{ data: [openStay('b', false)], error: null, isPending: false }} />);
    expect(screen.queryByRole('button', { name: 'shelterStays.recordNotification' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'shelterStays.discharge' })).toBeNull();
  });
});
