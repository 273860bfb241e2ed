import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { MyCitizen, MyCitizens } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { MyCitizensList } from './my-citizens-block';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

const citizen = (over: Partial<MyCitizen>): MyCitizen => ({
  citizenId: '00000000-0000-4000-8000-000000000001',
  firstName: 'Jens',
  lastName: 'Hansen',
  alias: null,
  category: 'shelter_110',
  homelessSince: '2026-01-01',
  nextStep: 'make_plan',
  overdue: [],
  dueThisWeek: [],
  followUps: [],
  ...over,
});

const finding = (ruleId: 'shelter_plan_142' | 'handlekommune_notification_110_6', messageDa: string) => ({
  ruleId,
  subjectId: null,
  status: 'missing' as const,
  asOf: '2026-03-02',
  messageDa,
  messageEn: null,
});

function show(mine: MyCitizens) {
  renderWithProviders(
    <MemoryRouter>
      <MyCitizensList mine={mine} />
    </MemoryRouter>,
  );
}

describe('my citizens on the start page', () => {
  it('says so in words when the caseworker carries no case', () => {
    show({ asOf: '2026-03-02', days: 7, items: [], total: 0, withSomethingDue: 0 });
    expect(screen.getByTestId('start-my-citizens-summary').textContent).toBe('home.myCitizens.none');
    expect(screen.queryAllByTestId('start-my-citizen')).toEqual([]);
  });

  it('counts the citizens and those with something due, and links each to the citizen with the rules’ words', () => {
    show({
      asOf: '2026-03-02',
      days: 7,
      total: 3,
      withSomethingDue: 1,
      items: [
        citizen({
          citizenId: '00000000-0000-4000-8000-000000000002',
          overdue: [finding('shelter_plan_142', 'Borgeren har boet på boformen i 30 dage uden en plan.')],
          dueThisWeek: [finding('handlekommune_notification_110_6', 'Handlekommunen skal orienteres senest 5.3.2026.')],
        }),
        citizen({ lastName: 'Aagaard', category: null, nextStep: null }),
      ],
    });
    expect(screen.getByTestId('start-my-citizens-summary').textContent).toBe('home.myCitizens.summary home.myCitizens.withDue');
    const rows = screen.getAllByTestId('start-my-citizen');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByRole('link').getAttribute('href')).toBe('/citizens/00000000-0000-4000-8000-000000000002');
    // Overdue named by its rule; what falls due this week in the rule's words, with the deadline.
    expect(first.getByTestId('start-my-citizen-overdue').textContent).toContain('home.myCitizens.rule.shelter_plan_142');
    expect(
      first
        .getByText(/skal orienteres senest/)
        .closest('li')
        ?.getAttribute('data-rule'),
    ).toBe('handlekommune_notification_110_6');
    expect(within(rows[1]!).getByText(/home.myCitizens.noHousing/)).toBeTruthy();
    // One of three is not listed.
    expect(screen.getByText('home.myCitizens.more')).toBeTruthy();
  });

  it('says none has anything due when nothing falls due this week', () => {
    show({ asOf: '2026-03-02', days: 7, total: 1, withSomethingDue: 0, items: [citizen({})] });
    expect(screen.getByTestId('start-my-citizens-summary').textContent).toBe(
      'home.myCitizens.summary home.myCitizens.withDueNone',
    );
  });

  it('names the follow-ups after a move-in that are due or overdue', () => {
    const mine: MyCitizens = {
      asOf: '2026-07-20',
      days: 7,
      total: 1,
      withSomethingDue: 1,
      items: [citizen({ followUps: [{ milestone: 3, dueOn: '2026-04-10', state: 'overdue' }] })],
    };
    renderWithProviders(
      <MemoryRouter>
        <MyCitizensList mine={mine} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('start-my-citizen-follow-up').textContent).toContain('home.myCitizens.followUp');
  });
});
