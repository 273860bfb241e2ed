import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { PlainList } from './plain-list';

describe('PlainList', () => {
  it('is a list to a screen reader, without bullets or indent, keeping its name and extra style', () => {
    renderWithProviders(
      <PlainList gap="xs" aria-label="Ting" data-testid="things" style={{ maxHeight: 100 }}>
        <li>Seng</li>
        <li>Stol</li>
      </PlainList>,
    );
    const list = screen.getByRole('list', { name: 'Ting' });
    expect(list.tagName).toBe('UL');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(list.style.listStyle).toBe('none');
    expect(list.style.padding).toBe('0px');
    expect(list.style.maxHeight).toBe('100px');
    expect(screen.getByTestId('things')).toBe(list);
  });
});
