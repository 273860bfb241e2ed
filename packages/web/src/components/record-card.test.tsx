import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { RecordCard } from './record-card';

describe('RecordCard', () => {
  it('is an article named by its heading, with the dimmed line, the state and the facts', () => {
    renderWithProviders(
      <RecordCard headingId="stay-1" testId="stay-card" title="Herberget" subtitle="Siden 02.11.2026" badge={<span>Åben</span>}>
        <p>facts</p>
      </RecordCard>,
    );
    const card = screen.getByRole('article', { name: 'Herberget' });
    expect(card.getAttribute('data-testid')).toBe('stay-card');
    expect(card.textContent).toContain('Siden 02.11.2026');
    expect(card.textContent).toContain('Åben');
    expect(screen.getByText('facts')).toBeTruthy();
  });
});
