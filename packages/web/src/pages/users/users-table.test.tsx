import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { User } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { UsersTable } from './users-table';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

const user: User = {
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Karen Kollega',
  email: 'karen@example.dk',
  role: 'caseworker',
  organisation: { id: '00000000-0000-4000-8000-000000000002', name: 'Nabo Kommune', kind: 'municipality' },
  isActive: true,
  units: [],
  lastSignInAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const noop = () => undefined;

describe('UsersTable', () => {
  it('names each user’s organisation when the list spans several (the system administrator’s)', () => {
    renderWithProviders(
      <UsersTable users={[user]} currentUserId="" showOrganisation onEdit={noop} onResetPassword={noop} onToggleActive={noop} />,
    );
    expect(screen.getByRole('columnheader', { name: 'users.organisation' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Nabo Kommune' })).toBeTruthy();
  });

  it('leaves the column out within one organisation', () => {
    renderWithProviders(
      <UsersTable users={[user]} currentUserId="" onEdit={noop} onResetPassword={noop} onToggleActive={noop} />,
    );
    expect(screen.queryByRole('columnheader', { name: 'users.organisation' })).toBeNull();
  });
});
