import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { SharedItems } from './partner-citizen-page';

function renderItems(items: string[]) {
  renderWithProviders(
    <div data-testid="part">
      <SharedItems items={items} itemKey={(item) => item}>
        {(item) => item.toUpperCase()}
      </SharedItems>
    </div>,
  );
  return screen.getByTestId('part');
}

describe('SharedItems', () => {
  it('lists each item of a shared part', () => {
    const part = renderItems(['bolig', 'job']);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['BOLIG', 'JOB']);
    expect(part.textContent).not.toContain('–');
  });

  it('shows a dash when the citizen has none', () => {
    expect(renderItems([]).textContent).toBe('–');
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
