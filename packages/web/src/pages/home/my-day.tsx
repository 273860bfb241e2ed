import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  contactAttentionDays,
  type ByNameList,
  type Caseload,
  type Inbox,
  type OrganisationSummary,
  type ShelterResidentsSummary,
} from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { LegalStatusBadge } from '../legal-checks/legal-status-badge';
import { TaskBadges } from '../tasks/task-badges';
import { useOrganisations } from '../organisation/use-organisations';
import { AdmissionsBlock } from './admissions-block';
import { LanesBlock } from './lanes-block';
import { LeaderFiguresBlock } from './leader-figures-block';
import { MyCitizensBlock } from './my-citizens-block';
import { StartCitizenLink, StartQueryBlock } from './start-block';
import { startPageBlocks } from './start-page-blocks';
import { useCitizensNeedingAttention, useMyCaseload, useMyTasks, useResidentsSummary } from './use-home';
import { PlainList } from '../../components/plain-list';

/** "What is mine and what is due": the blocks the user's role opens onto, each a step from its page. */
export function MyDay() {
  const { can, user } = useSession();
  const blocks = startPageBlocks(can, user?.organisation.kind, user?.role, user?.mayBeResponsibleCaseworker);
  if (blocks.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: blocks.length > 1 ? 2 : 1 }} spacing="md">
      {blocks.includes('myCitizens') ? <MyCitizensBlock /> : null}
      {blocks.includes('caseload') ? <CaseloadBlock /> : null}
      {blocks.includes('residents') ? <ResidentsBlock /> : null}
      {blocks.includes('myTasks') ? <MyTasksBlock /> : null}
      {blocks.includes('lanes') ? <LanesBlock /> : null}
      {blocks.includes('attention') ? <AttentionBlock /> : null}
      {blocks.includes('admissions') ? <AdmissionsBlock /> : null}
      {blocks.includes('oversight') ? <LeaderFiguresBlock /> : null}
      {blocks.includes('organisations') ? <OrganisationsBlock /> : null}
    </SimpleGrid>
  );
}

function MyTasksBlock() {
  const { t } = useTranslation();
  const tasks = useMyTasks(true);
  return (
    <StartQueryBlock
      id="start-my-tasks"
      title={t('home.myTasks.title')}
      link={{ to: '/inbox', label: t('home.myTasks.open') }}
      query={tasks}
    >
      {(data) => <MyTasksList inbox={data} />}
    </StartQueryBlock>
  );
}

function MyTasksList({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const overdue = inbox.items.filter((task) => task.isOverdue).length;
  return (
    <Stack gap="xs">
      <Text data-testid="start-my-tasks-summary">
        {inbox.total === 0
          ? t('home.myTasks.none')
          : t('home.myTasks.summary', { count: inbox.total, total: formatNumber(inbox.total, locale) })}
        {overdue > 0 ? ` ${t('home.myTasks.overdueAmongFirst', { count: overdue })}` : ''}
      </Text>
      <PlainList gap="xs">
        {inbox.items.map((task) => (
          <li key={task.id}>
            <Text fw={600} size="sm">
              <Anchor component={Link} to={`/inbox?task=${task.id}`}>
                {task.title}
              </Anchor>
            </Text>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                {task.citizen ? task.citizen.name : t('tasks.noCitizen')}
                {task.dueOn ? ` · ${t('home.myTasks.due', { date: formatIsoDate(task.dueOn) })}` : ''}
              </Text>
              <TaskBadges task={task} />
            </Group>
          </li>
        ))}
      </PlainList>
      {inbox.units.length > 0 ? <UnitSummary units={inbox.units} /> : null}
    </Stack>
  );
}

/** Each of my units' inbox at a glance (urgent, overdue, due this week), opening onto it. */
function UnitSummary({ units }: { units: Inbox['units'] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <div>
      <Text size="sm" fw={600} id="start-units-title">
        {t('home.myTasks.unitsTitle')}
      </Text>
      <PlainList aria-labelledby="start-units-title" gap={2}>
        {units.map((unit) => (
          <Text component="li" key={unit.id} size="sm" data-testid="start-unit-summary">
            <Anchor component={Link} to={`/inbox?unit=${unit.id}`}>
              {unit.name}
            </Anchor>
            {': '}
            {t('home.myTasks.unitCounts', {
              open: formatNumber(unit.openCount, locale),
              urgent: formatNumber(unit.urgentCount, locale),
              overdue: formatNumber(unit.overdueCount, locale),
              week: formatNumber(unit.dueThisWeekCount, locale),
            })}
          </Text>
        ))}
      </PlainList>
    </div>
  );
}

function AttentionBlock() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const list = useCitizensNeedingAttention(true);
  return (
    <StartQueryBlock
      id="start-attention"
      title={t(isShelter ? 'home.attention.titleShelter' : 'home.attention.title')}
      link={{
        to: '/by-name-list?warning=any&sort=warnings',
        label: t(isShelter ? 'home.attention.openShelter' : 'home.attention.open'),
      }}
      query={list}
    >
      {(data) => <AttentionList list={data} isShelter={isShelter} />}
    </StartQueryBlock>
  );
}

function AttentionList({ list, isShelter }: { list: ByNameList; isShelter: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const needing = list.items.filter((row) => row.warnings.count > 0);
  return (
    <Stack gap="xs">
      <Text data-testid="start-attention-summary">
        {t(isShelter ? 'home.attention.totalShelter' : 'home.attention.total', {
          count: list.total,
          total: formatNumber(list.total, locale),
        })}{' '}
        {needing.length === 0 ? t('home.attention.noneNeeding') : ''}
      </Text>
      <PlainList gap="xs">
        {needing.map((row) => (
          <li key={row.citizenId}>
            <Group gap="xs" wrap="wrap" align="center">
              {row.warnings.worst ? <LegalStatusBadge status={row.warnings.worst} /> : null}
              <StartCitizenLink citizen={row} />
            </Group>
            <Text size="sm" c="dimmed" title={row.warnings.messagesDa.join('\n')}>
              {t('home.attention.warnings', { count: row.warnings.count })} ·{' '}
              {t('home.attention.next', { step: t(`byNameList.nextStep.${row.nextStep}`) })}
            </Text>
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}

function OrganisationsBlock() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  return (
    <StartQueryBlock
      id="start-organisations"
      title={t('home.organisations.title')}
      link={{ to: '/organisations', label: t('home.organisations.open') }}
      query={organisations}
    >
      {(items) => <OrganisationsSummary items={items} />}
    </StartQueryBlock>
  );
}

function OrganisationsSummary({ items }: { items: OrganisationSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const kinds = [...new Set(items.map((o) => o.kind))];
  const unused = items.filter((o) => o.lastSignInAt === null);
  return (
    <Stack gap={4}>
      <Text data-testid="start-organisations-summary">
        {t('home.organisations.summary', {
          total: formatNumber(items.length, locale),
          users: formatNumber(
            items.reduce((sum, o) => sum + o.activeUserCount, 0),
            locale,
          ),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {kinds
          .map((kind) =>
            t('home.organisations.byKind', {
              kind: t(`organisationKind.${kind}`),
              count: formatNumber(items.filter((o) => o.kind === kind).length, locale),
            }),
          )
          .join(' · ')}
      </Text>
      {unused.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.organisations.unused', { names: unused.map((o) => o.name).join(', ') })}
        </Text>
      ) : null}
    </Stack>
  );
}

function CaseloadBlock() {
  const { t } = useTranslation();
  const caseload = useMyCaseload(true);
  return (
    <StartQueryBlock id="start-caseload" title={t('home.caseload.title')} link={null} query={caseload}>
      {(data) => <CaseloadList caseload={data} />}
    </StartQueryBlock>
  );
}

function CaseloadList({ caseload }: { caseload: Caseload }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const unseen = caseload.unseenCount;
  const registrationsDue = caseload.registrationsDueCount;
  return (
    <Stack gap="xs">
      <Text data-testid="start-caseload-summary">
        {caseload.total === 0
          ? t('home.caseload.none')
          : t('home.caseload.summary', { count: caseload.total, total: formatNumber(caseload.total, locale) })}
        {unseen > 0 ? ` ${t('home.caseload.unseen', { count: unseen, days: contactAttentionDays })}` : ''}
        {registrationsDue > 0 ? ` ${t('home.caseload.registrationsDue', { count: registrationsDue })}` : ''}
      </Text>
      <PlainList gap="xs">
        {caseload.items.map((item) => (
          <li key={item.courseId}>
            <Group gap="xs" wrap="wrap" align="center">
              <StartCitizenLink citizen={item} />
              <Text size="sm" c="dimmed">
                {item.ctiPhase !== null
                  ? t('home.caseload.ctiPhase', { phase: item.ctiPhase })
                  : t(`home.caseload.method.${item.method}`)}
                {item.isMine ? '' : ` · ${item.teamName}`}
              </Text>
            </Group>
            <Text size="sm" c={item.daysWithoutContact >= contactAttentionDays ? 'red.9' : 'dimmed'}>
              {item.lastContactOn
                ? t('home.caseload.lastContact', {
                    date: formatIsoDate(item.lastContactOn),
                    count: item.daysWithoutContact,
                  })
                : t('home.caseload.noContact', { count: item.daysWithoutContact })}
              {item.nextRegistrationDueOn
                ? ` · ${t('home.caseload.registrationDue', { date: formatIsoDate(item.nextRegistrationDueOn) })}`
                : ''}
            </Text>
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}

function ResidentsBlock() {
  const { t } = useTranslation();
  const summary = useResidentsSummary(true);
  return (
    <StartQueryBlock
      id="start-residents"
      title={t('home.residents.title')}
      link={{ to: '/by-name-list', label: t('home.residents.open') }}
      query={summary}
    >
      {(data) => <ResidentsFacts summary={data} />}
    </StartQueryBlock>
  );
}

function ResidentsFacts({ summary }: { summary: ShelterResidentsSummary }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const n = (value: number) => formatNumber(value, locale);
  const facts: { key: string; text: string; urgent: boolean }[] = [
    ...(summary.notificationsMissing > 0
      ? [
          {
            key: 'missing',
            text: t('home.residents.notificationsMissing', {
              count: summary.notificationsMissing,
              n: n(summary.notificationsMissing),
            }),
            urgent: true,
          },
        ]
      : []),
    ...(summary.notificationsDue > 0 && summary.nextNotificationDeadline
      ? [
          {
            key: 'due',
            text: t('home.residents.notificationsDue', {
              count: summary.notificationsDue,
              n: n(summary.notificationsDue),
              date: formatIsoDate(summary.nextNotificationDeadline),
            }),
            urgent: false,
          },
        ]
      : []),
    {
      key: 'long',
      text: t('home.residents.longStays', { two: n(summary.pastTwoMonths), four: n(summary.pastFourMonths) }),
      urgent: false,
    },
    {
      key: 'plan',
      text: t('home.residents.withoutPlan', { count: summary.withoutPlan142, n: n(summary.withoutPlan142) }),
      urgent: summary.withoutPlan142 > 0,
    },
    {
      key: 'discharges',
      text:
        summary.dischargesComing > 0 && summary.nextDischargeOn
          ? t('home.residents.dischargesComing', {
              count: summary.dischargesComing,
              n: n(summary.dischargesComing),
              date: formatIsoDate(summary.nextDischargeOn),
            })
          : t('home.residents.noDischargesComing'),
      urgent: false,
    },
  ];
  return (
    <Stack gap="xs">
      <Text data-testid="start-residents-summary">
        {t('home.residents.now', { count: summary.residents, n: n(summary.residents) })}
      </Text>
      <PlainList gap={4}>
        {facts.map((fact) => (
          <Text component="li" key={fact.key} size="sm" c={fact.urgent ? 'red.9' : undefined} fw={fact.urgent ? 600 : undefined}>
            {fact.text}
          </Text>
        ))}
      </PlainList>
    </Stack>
  );
}
