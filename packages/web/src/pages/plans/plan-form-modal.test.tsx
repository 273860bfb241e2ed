import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { PlanFormModal } from './plan-form-modal';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => vi.unstubAllGlobals());

describe('PlanFormModal', () => {
  it("sends the draft and shows the server's field messages next to the fields they name", async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          error: {
            code: 'validation_failed',
            message: 'Ret de markerede felter',
            fields: [
              { path: 'madeOn', message: 'Datoen ligger i fremtiden' },
              { path: 'goals.0.goal', message: 'Skriv målet' },
            ],
          },
        }),
        { status: 400 },
      ),
    );
    const onClose = vi.fn();
    renderWithProviders(<PlanFormModal citizenId="c-1" record={null} defaultKind="141" onClose={onClose} />);

    fireEvent.change(await screen.findByLabelText(/plans\.field\.madeOn/), { target: { value: '2099-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'plans.addGoal' }));
    fireEvent.change(screen.getByLabelText(/plans\.field\.citizenWishes/), { target: { value: 'Egen bolig' } });
    fireEvent.click(screen.getByRole('button', { name: 'common.save' }));

    expect(await screen.findByText('Datoen ligger i fremtiden')).toBeTruthy();
    expect(screen.getByText('Skriv målet')).toBeTruthy();
    expect(screen.getByLabelText(/plans\.field\.madeOn/).getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/citizens/c-1/plans');
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '{}')).toMatchObject({
      kind: '141',
      madeOn: '2099-01-01',
      citizenWishes: 'Egen bolig',
      goals: [{ lifeArea: 'housing', goal: '', note: '' }],
    });

    // Editing keeps the message until the next answer, as before.
    fireEvent.change(screen.getByLabelText(/plans\.field\.madeOn/), { target: { value: '2026-01-01' } });
    await waitFor(() => expect(screen.getByText('Datoen ligger i fremtiden')).toBeTruthy());
  });
});
