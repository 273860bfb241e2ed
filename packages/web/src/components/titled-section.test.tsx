import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { TitledSection } from './titled-section';

describe('TitledSection', () => {
  it('is a region named by its h2, with its buttons beside the heading and its content under it', () => {
    renderWithProviders(
      <TitledSection id="things-heading" title="Ting" testId="things" actions={<button type="button">Tilføj</button>}>
        <p>indhold</p>
      </TitledSection>,
    );
    const section = screen.getByRole('region', { name: 'Ting' });
    expect(section.getAttribute('data-testid')).toBe('things');
    expect(screen.getByRole('heading', { level: 2, name: 'Ting' }).id).toBe('things-heading');
    expect(section.contains(screen.getByRole('button', { name: 'Tilføj' }))).toBe(true);
    expect(section.contains(screen.getByText('indhold'))).toBe(true);
  });
});
