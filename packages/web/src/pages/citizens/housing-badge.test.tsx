import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { HousingNowBadge } from './housing-badge';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

const noPeriod = { current: null, homelessSince: null, homelessDays: null };

describe('HousingNowBadge', () => {
  it('shows a § 110 stay as the housing situation when no period is recorded, as the by-name list counts it', () => {
    renderWithProviders(
      <HousingNowBadge housing={noPeriod} openStay={{ admittedOn: '2026-12-01', shelter: { id: 's', name: 'Havnely' } }} />,
    );
    expect(screen.getByText('housingCategory.shelter_110')).toBeTruthy();
    expect(screen.queryByText('citizens.housing.notRecorded')).toBeNull();
    expect(screen.getByText(/citizens\.housing\.fromStay/)).toBeTruthy();
  });

  it('says "not recorded" when there is neither a period nor a stay', () => {
    renderWithProviders(<HousingNowBadge housing={noPeriod} />);
    expect(screen.getByText('citizens.housing.notRecorded')).toBeTruthy();
  });
});
