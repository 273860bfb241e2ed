import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { HeadedCard } from './headed-card';

describe('HeadedCard', () => {
  it('is an article named by its heading, keeping its id, test id and data attributes', () => {
    renderWithProviders(
      <HeadedCard id="a-1" headingId="agreement-a-1" title="Aftale med kommunen" size="h3" testId="agreement" data-citizen="c-1">
        <p>facts</p>
      </HeadedCard>,
    );
    const card = screen.getByRole('article', { name: 'Aftale med kommunen' });
    expect(card.id).toBe('a-1');
    expect(card.getAttribute('data-testid')).toBe('agreement');
    expect(card.getAttribute('data-citizen')).toBe('c-1');
    const heading = screen.getByRole('heading', { level: 2, name: 'Aftale med kommunen' });
    expect(heading.id).toBe('agreement-a-1');
    expect(heading.parentElement).toBe(card);
    expect(screen.getByText('facts').parentElement).toBe(card);
  });

  it('is a section at the given level, the heading in a row with its aside, the row kept when the aside is null', () => {
    const { rerender } = renderWithProviders(
      <HeadedCard component="section" headingId="season-1" title="Forår 2027" order={3} size="h4" aside={<span>Fuld</span>}>
        <p>seats</p>
      </HeadedCard>,
    );
    const card = screen.getByRole('region', { name: 'Forår 2027' });
    expect(card.tagName).toBe('SECTION');
    const heading = screen.getByRole('heading', { level: 3, name: 'Forår 2027' });
    const row = heading.parentElement!;
    expect(row).not.toBe(card);
    expect(row.parentElement).toBe(card);
    expect(row.textContent).toContain('Fuld');
    rerender(
      <HeadedCard component="section" headingId="season-1" title="Forår 2027" order={3} size="h4" aside={null}>
        <p>seats</p>
      </HeadedCard>,
    );
    expect(screen.getByRole('heading', { level: 3 }).parentElement).not.toBe(card);
    expect(card.textContent).not.toContain('Fuld');
  });

  it('draws round corners unless told smaller ones', () => {
    const { rerender } = renderWithProviders(
      <HeadedCard component="section" headingId="facts" title="Sagens fakta" size="h5">
        <p>facts</p>
      </HeadedCard>,
    );
    const card = screen.getByRole('region', { name: 'Sagens fakta' });
    expect(card.style.getPropertyValue('--paper-radius')).toBe('var(--mantine-radius-md)');
    rerender(
      <HeadedCard component="section" headingId="facts" title="Sagens fakta" size="h5" radius="sm">
        <p>facts</p>
      </HeadedCard>,
    );
    expect(card.style.getPropertyValue('--paper-radius')).toBe('var(--mantine-radius-sm)');
  });
});
