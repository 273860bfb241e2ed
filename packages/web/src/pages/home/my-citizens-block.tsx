import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueFinding, MyCitizens } from '@hjemvej/contract';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { LegalStatusBadge } from '../legal-checks/legal-status-badge';
import { StartCitizenLink, StartQueryBlock } from './start-block';
import { useMyCitizens } from './use-my-citizens';
import { PlainList } from '../../components/plain-list';

/** "My citizens": the cases I carry (sagsansvarlig), what is overdue first, then what falls due this week. */
export function MyCitizensBlock() {
  const { t } = useTranslation();
  const mine = useMyCitizens(true);
  return (
    <StartQueryBlock
      id="start-my-citizens"
      title={t('home.myCitizens.title')}
      link={{ to: '/citizens', label: t('home.myCitizens.open') }}
      query={mine}
    >
      {(data) => <MyCitizensList mine={data} />}
    </StartQueryBlock>
  );
}

export function MyCitizensList({ mine }: { mine: MyCitizens }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <Stack gap="xs">
      <Text data-testid="start-my-citizens-summary">
        {mine.total === 0
          ? t('home.myCitizens.none')
          : `${t('home.myCitizens.summary', { count: mine.total, total: formatNumber(mine.total, locale) })} ${
              mine.withSomethingDue === 0
                ? t('home.myCitizens.withDueNone')
                : t('home.myCitizens.withDue', { count: mine.withSomethingDue, n: formatNumber(mine.withSomethingDue, locale) })
            }`}
      </Text>
      <PlainList gap="sm">
        {mine.items.map((item) => (
          <li key={item.citizenId} data-testid="start-my-citizen">
            <Group gap="xs" wrap="wrap" align="center">
              <StartCitizenLink citizen={item} />
              {item.overdue.length > 0 || item.followUps.some((followUp) => followUp.state === 'overdue') ? (
                <LegalStatusBadge status="overdue" />
              ) : item.dueThisWeek.length > 0 || item.followUps.length > 0 ? (
                <LegalStatusBadge status="warning" />
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {item.category ? t(`housingCategory.${item.category}`) : t('home.myCitizens.noHousing')}
              {item.nextStep ? ` · ${t('home.myCitizens.next', { step: t(`byNameList.nextStep.${item.nextStep}`) })}` : ''}
            </Text>
            {item.overdue.length > 0 ? (
              <Text size="sm" c="red.9" data-testid="start-my-citizen-overdue">
                <Text span fw={600} size="sm">
                  {t('home.myCitizens.overdue')}:
                </Text>{' '}
                {item.overdue.map((finding) => t(`home.myCitizens.rule.${finding.ruleId}`)).join(' · ')}
              </Text>
            ) : null}
            <DueThisWeek label={t('home.myCitizens.dueThisWeek')} findings={item.dueThisWeek} />
            {item.followUps.map((followUp) => (
              <Text
                key={followUp.milestone}
                size="sm"
                c={followUp.state === 'overdue' ? 'red.9' : undefined}
                data-testid="start-my-citizen-follow-up"
              >
                <Text span fw={600} size="sm">
                  {followUp.state === 'overdue' ? t('home.myCitizens.overdue') : t('home.myCitizens.dueThisWeek')}:
                </Text>{' '}
                {t('home.myCitizens.followUp', { months: followUp.milestone, date: formatIsoDate(followUp.dueOn) })}
              </Text>
            ))}
          </li>
        ))}
      </PlainList>
      {mine.total > mine.items.length ? (
        <Text size="sm" c="dimmed">
          {t('home.myCitizens.more', { n: formatNumber(mine.total - mine.items.length, locale) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * What falls due this week in the rules' own words (they name the deadline), in the language shown
 * where the rule has English words; what is overdue is named by its rule above, the citizen's page says more.
 */
function DueThisWeek({ label, findings }: { label: string; findings: readonly DueFinding[] }) {
  const { locale } = useLanguage();
  if (findings.length === 0) return null;
  return (
    <PlainList gap={2}>
      {findings.map((finding) => (
        <Text component="li" key={`${finding.ruleId}:${finding.subjectId ?? ''}`} size="sm" data-rule={finding.ruleId}>
          <Text span fw={600} size="sm">
            {label}:
          </Text>{' '}
          {locale === 'en' && finding.messageEn ? finding.messageEn : finding.messageDa}
        </Text>
      ))}
    </PlainList>
  );
}
