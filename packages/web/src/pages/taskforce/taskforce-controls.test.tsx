import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { StatusChoice } from './taskforce-status-choice';
import { ItemActions } from './taskforce-item-actions';

const options = [
  { value: 'draft', label: 'Kladde' },
  { value: 'published', label: 'Offentliggjort' },
] as const;

describe('StatusChoice', () => {
  it('is named by its label, says what the status means, and gives the chosen status', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <StatusChoice
        id="s"
        label="Status"
        options={options}
        value="draft"
        onChange={onChange}
        hint="Kun taskforcen ser en kladde."
      />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Status' })).toBeTruthy();
    expect(screen.getByText('Kun taskforcen ser en kladde.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Offentliggjort'));
    expect(onChange).toHaveBeenCalledWith('published');
  });

  it('shows the refusal in the hint’s place', () => {
    renderWithProviders(
      <StatusChoice
        id="s"
        label="Status"
        options={options}
        value="published"
        onChange={() => undefined}
        hint="Hint"
        error="Vælg datapakken."
      />,
    );
    expect(screen.getByText('Vælg datapakken.')).toBeTruthy();
    expect(screen.queryByText('Hint')).toBeNull();
  });
});

describe('ItemActions', () => {
  it('shows the pencil and the bin only where the item allows them, each named', () => {
    const onEdit = vi.fn();
    const { rerender } = renderWithProviders(
      <ItemActions editLabel="Ret målet K1" removeLabel="Fjern målet K1" onEdit={onEdit} onRemove={null} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ret målet K1' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Fjern målet K1' })).toBeNull();
    rerender(<ItemActions editLabel="Ret målet K1" removeLabel="Fjern målet K1" onEdit={null} onRemove={null} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
