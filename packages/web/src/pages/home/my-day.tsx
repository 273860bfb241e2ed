import type { ReactNode } from 'react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  contactAttentionDays,
  type ByNameList,
  type Caseload,
  type Inbox,
  type ShelterResidentsSummary,
} from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { QueryState } from '../../components/query-state';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { citizenName } from '../citizens/citizen-name';
import { LegalStatusBadge } from '../legal-checks/legal-status-badge';
import { TaskBadges } from '../tasks/task-badges';
import { useOrganisations } from '../organisation/use-organisations';
import { useOversight } from '../tasks/use-tasks';
import { MyCitizensBlock } from './my-citizens-block';
import { startPageBlocks } from './start-page-blocks';
import { useCitizensNeedingAttention, useMyCaseload, useMyTasks, useResidentsSummary } from './use-home';

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
      {blocks.includes('attention') ? <AttentionBlock /> : null}
      {blocks.includes('oversight') ? <OversightBlock /> : null}
      {blocks.includes('organisations') ? <OrganisationsBlock /> : null}
    </SimpleGrid>
  );
}

export function Block({ id, title, link, children }: { id: string; title: string; link: ReactNode; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="md" data-testid={id}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {link}
      </Group>
      {children}
    </Paper>
  );
}

function MyTasksBlock() {
  const { t } = useTranslation();
  const tasks = useMyTasks(true);
  return (
    <Block
      id="start-my-tasks"
      title={t('home.myTasks.title')}
      link={
        <Anchor component={Link} to="/inbox" size="sm">
          {t('home.myTasks.open')}
        </Anchor>
      }
    >
      <QueryState query={tasks}>{(data) => <MyTasksList inbox={data} />}</QueryState>
    </Block>
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
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
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
      </Stack>
      {inbox.units.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.myTasks.units', {
            units: inbox.units.map((u) => `${u.name}: ${formatNumber(u.openCount, locale)}`).join(' · '),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

function AttentionBlock() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const list = useCitizensNeedingAttention(true);
  return (
    <Block
      id="start-attention"
      title={t(isShelter ? 'home.attention.titleShelter' : 'home.attention.title')}
      link={
        <Anchor component={Link} to="/by-name-list?warning=any&sort=warnings" size="sm">
          {t(isShelter ? 'home.attention.openShelter' : 'home.attention.open')}
        </Anchor>
      }
    >
      <QueryState query={list}>{(data) => <AttentionList list={data} isShelter={isShelter} />}</QueryState>
    </Block>
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
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {needing.map((row) => (
          <li key={row.citizenId}>
            <Group gap="xs" wrap="wrap" align="center">
              {row.warnings.worst ? <LegalStatusBadge status={row.warnings.worst} /> : null}
              <Anchor component={Link} to={`/citizens/${row.citizenId}`} fw={600} size="sm">
                {citizenName({ firstName: row.firstName, lastName: row.lastName, alias: row.alias }, t)}
              </Anchor>
            </Group>
            <Text size="sm" c="dimmed" title={row.warnings.messagesDa.join('\n')}>
              {t('home.attention.warnings', { count: row.warnings.count })} ·{' '}
              {t('home.attention.next', { step: t(`byNameList.nextStep.${row.nextStep}`) })}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function OversightBlock() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const oversight = useOversight();
  const overdue = oversight.data?.units.reduce((sum, u) => sum + u.overdue, 0) ?? 0;
  const blocked = oversight.data?.units.reduce((sum, u) => sum + u.blocked, 0) ?? 0;
  return (
    <Block
      id="start-oversight"
      title={t('home.oversight.title')}
      link={
        <Group gap="md">
          <Anchor component={Link} to="/oversight" size="sm">
            {t('home.oversight.open')}
          </Anchor>
          <Anchor component={Link} to="/key-figures" size="sm">
            {t('home.oversight.keyFigures')}
          </Anchor>
        </Group>
      }
    >
      <ErrorAlert error={oversight.error} />
      {oversight.isPending ? <Loading /> : null}
      {oversight.data ? (
        <Stack gap={4}>
          <Text data-testid="start-oversight-summary">
            {t('home.oversight.summary', {
              overdue: formatNumber(overdue, locale),
              blocked: formatNumber(blocked, locale),
            })}
          </Text>
          {oversight.data.units
            .filter((u) => u.overdue > 0 || u.blocked > 0)
            .map((u) => (
              <Text key={u.id} size="sm" c="dimmed">
                {t('home.oversight.unit', {
                  unit: u.name,
                  overdue: formatNumber(u.overdue, locale),
                  blocked: formatNumber(u.blocked, locale),
                })}
              </Text>
            ))}
        </Stack>
      ) : null}
    </Block>
  );
}

function OrganisationsBlock() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const organisations = useOrganisations();
  const items = organisations.data ?? [];
  const kinds = [...new Set(items.map((o) => o.kind))];
  const unused = items.filter((o) => o.lastSignInAt === null);
  return (
    <Block
      id="start-organisations"
      title={t('home.organisations.title')}
      link={
        <Anchor component={Link} to="/organisations" size="sm">
          {t('home.organisations.open')}
        </Anchor>
      }
    >
      <ErrorAlert error={organisations.error} />
      {organisations.isPending ? <Loading /> : null}
      {organisations.data ? (
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
      ) : null}
    </Block>
  );
}

function CaseloadBlock() {
  const { t } = useTranslation();
  const caseload = useMyCaseload(true);
  return (
    <Block id="start-caseload" title={t('home.caseload.title')} link={null}>
      <QueryState query={caseload}>{(data) => <CaseloadList caseload={data} />}</QueryState>
    </Block>
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
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {caseload.items.map((item) => (
          <li key={item.courseId}>
            <Group gap="xs" wrap="wrap" align="center">
              <Anchor component={Link} to={`/citizens/${item.citizenId}`} fw={600} size="sm">
                {citizenName({ firstName: item.firstName, lastName: item.lastName, alias: item.alias }, t)}
              </Anchor>
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
      </Stack>
    </Stack>
  );
}

function ResidentsBlock() {
  const { t } = useTranslation();
  const summary = useResidentsSummary(true);
  return (
    <Block
      id="start-residents"
      title={t('home.residents.title')}
      link={
        <Anchor component={Link} to="/by-name-list" size="sm">
          {t('home.residents.open')}
        </Anchor>
      }
    >
      <QueryState query={summary}>{(data) => <ResidentsFacts summary={data} />}</QueryState>
    </Block>
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
  ];
  return (
    <Stack gap="xs">
      <Text data-testid="start-residents-summary">
        {t('home.residents.now', { count: summary.residents, n: n(summary.residents) })}
      </Text>
      <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {facts.map((fact) => (
          <Text component="li" key={fact.key} size="sm" c={fact.urgent ? 'red.9' : undefined} fw={fact.urgent ? 600 : undefined}>
            {fact.text}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
