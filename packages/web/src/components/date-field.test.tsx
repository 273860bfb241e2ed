import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { DateField } from './date-field';

describe('DateField', () => {
  it('shows an ISO value as dd.mm.åååå whatever the browser locale', () => {
    renderWithProviders(<DateField label="Dato" value="2026-03-05" onChange={vi.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>('Dato').value).toBe('05.03.2026');
  });

  it('reads a date typed the Danish way and hands on the ISO date', () => {
    const onChange = vi.fn();
    renderWithProviders(<DateField label="Dato" value="" onChange={onChange} />);
    const input = screen.getByLabelText('Dato');
    fireEvent.change(input, { target: { value: '24.12.2026' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-12-24');
  });
});
