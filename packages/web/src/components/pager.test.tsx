import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { Pager } from './pager';

describe('Pager', () => {
  it('says in words that there is nothing, instead of "Viser 0–0 af 0"', () => {
    renderWithProviders(<Pager page={1} pageSize={25} total={0} onChange={vi.fn()} label="x" />);
    expect(screen.getByText('pager.empty')).toBeTruthy();
    expect(screen.queryByText('pager.summary')).toBeNull();
  });

  it('counts the rows shown when there are some', () => {
    renderWithProviders(<Pager page={2} pageSize={25} total={60} onChange={vi.fn()} label="x" />);
    expect(screen.getByText('pager.summary')).toBeTruthy();
  });
});
