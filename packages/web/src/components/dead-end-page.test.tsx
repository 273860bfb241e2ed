import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../test/render';
import { DeadEndPage } from './dead-end-page';

describe('DeadEndPage', () => {
  it('says why under the page’s heading and links back to the start page', () => {
    renderWithProviders(
      <MemoryRouter>
        <DeadEndPage title="Ikke her" text="Siden findes ikke." />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Ikke her' })).toBeTruthy();
    expect(screen.getByText('Siden findes ikke.')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe('/');
  });
});
