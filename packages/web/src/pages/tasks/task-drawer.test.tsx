import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Task, TaskAbilities } from '@hjemvej/contract';
import { taskAbilityNames, type OrganisationKind } from '@hjemvej/domain';
import { renderWithProviders } from '../../test/render';
import { TaskDrawer } from './task-drawer';

const mutate = vi.fn();
let task: Task;
let organisationKind: OrganisationKind = 'municipality';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));
vi.mock('../../auth/session', () => ({
  useSession: () => ({ user: { id: 'me', organisation: { kind: organisationKind } } }),
}));
vi.mock('./use-tasks', () => ({
  useTask: () => ({ data: task, isPending: false, error: null }),
  useTaskAction: () => ({ mutate, isPending: false, error: null }),
}));

const citizenId = '00000000-0000-4000-8000-000000000001';

function aTask(checklist: { label: string; done: boolean }[]): Task {
  return {
    id: '00000000-0000-4000-8000-000000000009',
    title: 'Lav § 141-handleplan',
    status: 'in_progress',
    unit: { id: '00000000-0000-4000-8000-000000000002', name: 'Myndighed', organisationName: 'Demo Kommune' },
    citizen: { id: citizenId, name: 'Mona Sørensen', isUrgent: false },
    aboutCitizen: true,
    assignee: null,
    dueOn: '2026-12-09',
    isUrgent: false,
    isTaskUrgent: false,
    isOverdue: false,
    workingDaysOverdue: 0,
    blockedWaitingFor: null,
    flowcardName: null,
    stepKey: null,
    openedAt: null,
    doneAt: null,
    escalatedAt: null,
    linkedRecord: { type: 'plan', id: '00000000-0000-4000-8000-000000000003' },
    isMine: true,
    abilities: Object.fromEntries(taskAbilityNames.map((name) => [name, true])) as TaskAbilities,
    version: 1,
    description: '',
    checklist,
    requiredDocuments: [{ label: 'Samtykke', done: false }],
    waitingForSteps: [],
    events: [],
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
  };
}

function renderDrawer() {
  return renderWithProviders(
    <MemoryRouter>
      <TaskDrawer taskId={task.id} onClose={() => {}} />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  mutate.mockReset();
  organisationKind = 'municipality';
});

describe('the task drawer', () => {
  it("is a dialog named by the task's title (axe aria-dialog-name)", () => {
    task = aTask([]);
    renderDrawer();
    expect(screen.getByRole('dialog', { name: 'Lav § 141-handleplan' })).toBeTruthy();
  });

  it('asks, naming how many points are unticked, before finishing a task with an unticked checklist', async () => {
    task = aTask([
      { label: 'Samtale', done: true },
      { label: 'Mål', done: false },
    ]);
    renderDrawer();
    fireEvent.click(screen.getByRole('button', { name: 'tasks.markDone' }));
    expect(mutate).not.toHaveBeenCalled();
    const confirm = await screen.findByRole('dialog', { name: 'tasks.confirmDoneTitle' });
    expect(confirm.textContent).toContain('tasks.confirmDoneOpenItems');
    fireEvent.click(within(confirm).getByRole('button', { name: 'tasks.markDoneAnyway' }));
    expect(mutate).toHaveBeenCalledWith({ kind: 'done' }, expect.anything());
  });

  it('finishes a task with everything ticked without asking', () => {
    task = { ...aTask([{ label: 'Samtale', done: true }]), requiredDocuments: [] };
    renderDrawer();
    fireEvent.click(screen.getByRole('button', { name: 'tasks.markDone' }));
    expect(screen.queryByRole('dialog', { name: 'tasks.confirmDoneTitle' })).toBeNull();
    expect(mutate).toHaveBeenCalledWith({ kind: 'done' }, expect.anything());
  });

  it("links a partner's task to the citizen's consented view, never to the citizen page", () => {
    organisationKind = 'partner';
    task = aTask([]);
    renderDrawer();
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toContain(`/partner/citizens/${citizenId}`);
    expect(hrefs.filter((href) => href?.startsWith('/citizens/'))).toEqual([]);
  });

  it("links a municipality's task to the citizen page and the record", () => {
    task = aTask([]);
    renderDrawer();
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([`/citizens/${citizenId}`, `/citizens/${citizenId}/plans/${task.linkedRecord?.id}`]),
    );
  });

  it('says a task about no citizen is about no one, not that a citizen is hidden', () => {
    task = { ...aTask([]), citizen: null, aboutCitizen: false, linkedRecord: null };
    renderDrawer();
    expect(screen.getByText('tasks.noCitizen')).toBeTruthy();
    expect(screen.queryByText('tasks.citizenHidden')).toBeNull();
  });
});
