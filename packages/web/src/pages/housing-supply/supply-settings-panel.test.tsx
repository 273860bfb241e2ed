import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { HousingSupplySettings } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { SupplySettingsPanel } from './supply-settings-panel';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => vi.unstubAllGlobals());

const settings: HousingSupplySettings = {
  escalationDays: [7, 14, 30],
  priorityPolicy: 'ready_longest',
  priorityPolicyText: 'Længst tid klar først.',
  refusalConsequence: 'kept_on_list',
  refusalPolicyText: '',
  refusalAppealGuidance: '',
  defaultMaxRent: 3500,
  defaultMaxRentSource: 'kontanthjælp',
  canEdit: true,
  version: 3,
};

describe('SupplySettingsPanel', () => {
  it('sends the rules with the version and shows the server’s message at the appeal guidance', async () => {
    // GET answers the settings; the PUT is refused, naming the appeal guidance.
    fetchMock.mockImplementation((_url, init) =>
      Promise.resolve(
        init?.method === 'PUT'
          ? new Response(
              JSON.stringify({
                error: {
                  code: 'settings_decision_needs_appeal_guidance',
                  message: 'Skriv klagevejledningen',
                  fields: [{ path: 'refusalAppealGuidance', message: 'Skriv klagevejledningen, før reglen gemmes.' }],
                },
              }),
              { status: 422 },
            )
          : new Response(JSON.stringify(settings), { status: 200 }),
      ),
    );
    renderWithProviders(<SupplySettingsPanel settings={settings} />);
    fireEvent.change(await screen.findByLabelText(/housingSupply\.settings\.priorityPolicyText/), {
      target: { value: 'Byrådets beslutning af 1. marts' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'common.save' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url]) => (typeof url === 'string' ? url : ''))).toContain('/api/housing-supply/settings'),
    );
    expect(await screen.findByText('Skriv klagevejledningen, før reglen gemmes.')).toBeTruthy();
    const call = fetchMock.mock.calls.find(([url, init]) => url === '/api/housing-supply/settings' && init?.method === 'PUT');
    expect(call?.[1]?.method).toBe('PUT');
    await waitFor(() =>
      expect(JSON.parse(typeof call?.[1]?.body === 'string' ? call[1].body : '{}')).toMatchObject({
        version: 3,
        escalationDays: [7, 14, 30],
        priorityPolicy: 'ready_longest',
        priorityPolicyText: 'Byrådets beslutning af 1. marts',
        refusalConsequence: 'kept_on_list',
        defaultMaxRent: 3500,
      }),
    );
  });
});
