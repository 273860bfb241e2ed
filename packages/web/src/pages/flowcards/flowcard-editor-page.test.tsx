import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { FlowcardTemplateView, FlowcardUnit } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { FlowcardEditorPage } from './flowcard-editor-page';

const fetchMock = vi.fn<typeof fetch>();
const unitId = '00000000-0000-4000-8000-000000000001';

const template: FlowcardTemplateView = {
  key: 'shelter-to-home',
  name: 'Fra forsorgshjem til egen bolig',
  description: 'Inden for to måneder.',
  source: 'seed 004',
  steps: [
    {
      key: 'notify',
      title: 'Underret handlekommunen',
      description: '',
      responsibleUnitId: null,
      deadlineWorkingDays: 3,
      urgentDeadlineWorkingDays: null,
      deadlineFrom: { kind: 'start' },
      dependsOn: [],
      checklist: ['Hvor kommer borgeren fra?'],
      requiredDocuments: [],
      notes: '',
      doneWhen: 'notification_sent',
      suggestedUnit: { name: 'Døgnteamet', kind: 'shelter', at: 'shelter' },
    },
    {
      key: 'income',
      title: 'Afklar indtægt',
      description: '',
      responsibleUnitId: unitId,
      deadlineWorkingDays: 5,
      urgentDeadlineWorkingDays: null,
      deadlineFrom: { kind: 'step_done', stepKey: 'notify' },
      dependsOn: ['notify'],
      checklist: [],
      requiredDocuments: [],
      notes: '',
      doneWhen: null,
      suggestedUnit: { name: 'Jobcenter – kontanthjælp', kind: 'jobcenter', at: 'municipality' },
    },
  ],
};
const unit: FlowcardUnit = {
  id: unitId,
  name: 'Jobcentret',
  kind: 'jobcenter',
  organisationId: '00000000-0000-4000-8000-000000000002',
  organisationName: 'Ny Kommune',
  isOwn: true,
  isActive: true,
};

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('/api/flowcards/templates')) return json({ items: [template] });
    if (url.startsWith('/api/flowcards/unit-options')) return json({ items: [unit] });
    return json({ error: { code: 'validation_failed', message: 'Ret trinene', fields: [] } }, 422);
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => vi.unstubAllGlobals());

function renderAt(path: string) {
  renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/flowcards/new" element={<FlowcardEditorPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('FlowcardEditorPage from a template', () => {
  it('fills in the template, shows the unit it suggests where none is chosen, and saves it as a new card', async () => {
    renderAt('/flowcards/new?template=shelter-to-home');

    expect(await screen.findByTestId('flowcard-from-template')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/flowcards\.editor\.name/).value).toBe(template.name);
    const titles = screen.getAllByLabelText<HTMLInputElement>(/flowcards\.editor\.stepTitle/);
    expect(titles.map((input) => input.value)).toEqual(['Underret handlekommunen', 'Afklar indtægt']);
    // Only the step without a proposed unit says what the template suggests.
    expect(screen.getAllByText('flowcards.templates.suggested')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'flowcards.editor.save' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [url, init] = fetchMock.mock.calls.find(([, call]) => call?.method === 'POST') ?? [];
    expect(url).toBe('/api/flowcards');
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Record<string, unknown>;
    expect(body).toMatchObject({
      name: template.name,
      changeNote: 'flowcards.templates.changeNote',
      steps: [
        { key: 'notify', responsibleUnitId: null, checklist: ['Hvor kommer borgeren fra?'], doneWhen: 'notification_sent' },
        {
          key: 'income',
          responsibleUnitId: unitId,
          dependsOn: ['notify'],
          deadlineFrom: { kind: 'step_done', stepKey: 'notify' },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('suggestedUnit');
  });

  it('says so when the template does not exist, and starts from an empty card', async () => {
    renderAt('/flowcards/new?template=nope');
    expect(await screen.findByText('flowcards.templates.notFound')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/flowcards\.editor\.name/).value).toBe('');
  });
});
