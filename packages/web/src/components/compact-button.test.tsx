import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { CompactButton, EditButton } from './compact-button';

describe('CompactButton', () => {
  it('is named by its label (or its longer name) and runs its action', () => {
    const onClick = vi.fn();
    renderWithProviders(<CompactButton label="Nyt mål" ariaLabel="Nyt mål under Boliger" onClick={onClick} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nyt mål under Boliger' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('does nothing while disabled', () => {
    const onClick = vi.fn();
    renderWithProviders(<CompactButton label="Tilføj" onClick={onClick} disabled />);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('edits with the pencil and its own name', () => {
    const onClick = vi.fn();
    renderWithProviders(<EditButton label="Ret" ariaLabel="Ret aftalen" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Ret aftalen' });
    expect(button.querySelector('svg.tabler-icon-pencil')).not.toBeNull();
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
