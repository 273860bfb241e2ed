import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { EmptyText } from './empty-text';
import { FieldMessage } from './field-message';
import { ValueWithNote } from './value-with-note';

describe('EmptyText, FieldMessage and ValueWithNote', () => {
  it('says that there is nothing', () => {
    renderWithProviders(<EmptyText>Ingen mål endnu</EmptyText>);
    expect(screen.getByText('Ingen mål endnu')).toBeTruthy();
  });

  it('announces a group of fields’ message, and shows nothing without one', () => {
    renderWithProviders(<FieldMessage message={undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
    renderWithProviders(<FieldMessage message="Angiv mindst én kontakt" />);
    expect(screen.getByRole('alert').textContent).toBe('Angiv mindst én kontakt');
  });

  it('shows a value with its note under it', () => {
    renderWithProviders(<ValueWithNote value="36,4 %" note="01.09.2024–31.08.2025" />);
    expect(screen.getByText('36,4 %')).toBeTruthy();
    expect(screen.getByText('01.09.2024–31.08.2025')).toBeTruthy();
  });
});
