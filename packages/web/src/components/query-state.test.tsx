import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { QueryState } from './query-state';

const show = (items: string[]) => <p>{items.join(', ')}</p>;

describe('QueryState', () => {
  it('shows a spinner while the query loads, and not the data', () => {
    renderWithProviders(<QueryState query={{ data: undefined, error: null, isPending: true }}>{show}</QueryState>);
    expect(screen.getByRole('status').textContent).toBe('common.loading');
  });

  it('shows the data once it is there', () => {
    renderWithProviders(<QueryState query={{ data: ['a', 'b'], error: null, isPending: false }}>{show}</QueryState>);
    expect(screen.getByText('a, b')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the error when the query failed', () => {
    const error = new ApiError(422, { code: 'some_rule', message: 'Noget gik galt' });
    renderWithProviders(<QueryState query={{ data: undefined, error, isPending: false }}>{show}</QueryState>);
    expect(screen.getByRole('alert').textContent).toContain('Noget gik galt');
  });
});
