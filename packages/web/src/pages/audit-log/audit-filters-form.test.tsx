import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { AuditFiltersForm } from './audit-filters-form';
import { emptyAuditFilters } from './use-audit-events';

vi.mock('../users/use-users', () => ({ useUsers: () => ({ data: [], error: null, isPending: false }) }));

describe('AuditFiltersForm', () => {
  it('searches with what was typed, and shows the server’s message at its field', () => {
    const onSearch = vi.fn();
    renderWithProviders(
      <AuditFiltersForm
        initial={{ ...emptyAuditFilters, subjectId: 'rec-1' }}
        fieldErrors={{ citizenId: 'Ikke et gyldigt id' }}
        onSearch={onSearch}
      />,
    );
    expect(screen.getByText('Ikke et gyldigt id')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'auditLog.citizenSearch' }), { target: { value: 'Anna' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(onSearch).toHaveBeenCalledWith({ ...emptyAuditFilters, subjectId: 'rec-1', citizen: 'Anna' });
  });
});
