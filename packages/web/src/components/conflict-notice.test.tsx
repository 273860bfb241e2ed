import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { ConflictNotice, isConflict } from './conflict-notice';

const conflict = new ApiError(409, { code: 'version_conflict', message: 'Anna Jensen gemte version 3 kl. 10.15' });

describe('ConflictNotice', () => {
  it("says who saved first, takes focus and starts again from the other person's version", () => {
    const onReload = vi.fn();
    renderWithProviders(
      <ConflictNotice error={conflict} onReload={onReload}>
        <p>their changes</p>
      </ConflictNotice>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveProperty('textContent', expect.stringContaining('Anna Jensen gemte version 3 kl. 10.15'));
    expect(screen.getByText('their changes')).toBeTruthy();
    expect(document.activeElement).toBe(alert);
    fireEvent.click(screen.getByRole('button', { name: 'conflict.reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('is shown for a 409 only', () => {
    expect(isConflict(conflict)).toBe(true);
    expect(isConflict(new ApiError(422, { code: 'x', message: '' }))).toBe(false);
    expect(isConflict(new Error('x'))).toBe(false);
  });
});
