import { Button, Group, Progress, SimpleGrid, Text } from '@mantine/core';
import { IconBellRinging, IconDoorExit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ShelterStay } from '@hjemvej/contract';
import { RecordCard } from '../../components/record-card';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, formatPeriod } from '../../format/date';
import { Fact } from '../../components/fact';
import { NotificationBadge } from './notification-badge';
import { problemKeys } from './shelter-stay-options';

interface ShelterStayCardProps {
  stay: ShelterStay;
  /** The user works at the stay's shelter and may record the notification and the discharge. */
  canChange: boolean;
  onNotify: () => void;
  onDischarge: () => void;
}

function ReimbursementBar({ stay }: { stay: ShelterStay }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { reimbursement } = stay;
  if (reimbursement.limit === null || reimbursement.periodStart === null) {
    return <Text size="sm">{t('shelterStays.noReimbursementPeriod')}</Text>;
  }
  const used = reimbursement.reimbursedNights;
  const percent = Math.min(100, Math.round((used / reimbursement.limit) * 100));
  const tone = percent >= 100 ? 'red.9' : percent >= 80 ? 'orange.9' : 'blue.8';
  const label = t('shelterStays.reimbursementUsed', { used, limit: reimbursement.limit });
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {reimbursement.unreimbursedNights > 0 ? (
          <StatusBadge tone="danger">{t('shelterStays.unreimbursed', { count: reimbursement.unreimbursedNights })}</StatusBadge>
        ) : null}
      </Group>
      <Progress.Root size="lg">
        <Progress.Section value={percent} color={tone} aria-label={label} />
      </Progress.Root>
      <Text size="xs" c="dimmed" mt={4}>
        {t('shelterStays.reimbursementPeriod', {
          from: formatIsoDate(reimbursement.periodStart, locale),
          to: reimbursement.periodEndExclusive ? formatIsoDate(reimbursement.periodEndExclusive, locale) : '–',
          remaining: reimbursement.remaining ?? 0,
        })}
      </Text>
    </div>
  );
}

/** One § 110 stay: admission and intake, notification deadline, nights and reimbursement days, discharge. */
export function ShelterStayCard({ stay, canChange, onNotify, onDischarge }: ShelterStayCardProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const isOpen = stay.dischargedOn === null;
  const problems = problemKeys.filter((key) => stay.intake.problems[key]).map((key) => t(`shelterStays.problem.${key}`));
  const headingId = `stay-${stay.id}`;
  return (
    <RecordCard
      headingId={headingId}
      testId="stay-card"
      title={stay.shelter.name}
      subtitle={formatPeriod(stay.admittedOn, stay.dischargedOn, locale, {
        since: (date) => t('shelterStays.sinceDate', { date }),
        fromTo: (from, to) => t('shelterStays.fromTo', { from, to }),
      })}
      badge={
        <StatusBadge tone={isOpen ? 'info' : 'neutral'}>{isOpen ? t('shelterStays.open') : t('shelterStays.closed')}</StatusBadge>
      }
    >
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('shelterStays.notificationHeading')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <NotificationBadge stay={stay} />
          <Text size="sm">
            {stay.handlekommuneNotifiedOn
              ? t('shelterStays.notifiedOnDate', { date: formatIsoDate(stay.handlekommuneNotifiedOn, locale) })
              : t('shelterStays.deadlineDate', { date: formatIsoDate(stay.notification.deadline, locale) })}
          </Text>
        </Group>
      </div>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Fact label={t('shelterStays.nights')}>{t('shelterStays.nightsCount', { count: stay.nights })}</Fact>
        <Fact label={t('shelterStays.referral')}>
          {stay.referral === 'referred'
            ? t('shelterStays.referredByName', { name: stay.referredBy ?? '–' })
            : t('shelterStays.referralOption.self')}
        </Fact>
      </SimpleGrid>
      <ReimbursementBar stay={stay} />

      <details className="stay-intake">
        <summary>{t('shelterStays.intakeTitle')}</summary>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
          <Fact label={t('shelterStays.intake.cameFrom')}>{stay.intake.cameFrom ?? '–'}</Fact>
          <Fact label={t('shelterStays.intake.homeMunicipality')}>{stay.intake.homeMunicipality ?? '–'}</Fact>
          <Fact label={t('shelterStays.intake.livedWhere')}>{stay.intake.livedWhere ?? '–'}</Fact>
          <Fact label={t('shelterStays.intake.whyHomeless')}>{stay.intake.whyHomeless ?? '–'}</Fact>
          <Fact label={t('shelterStays.intake.problems')}>
            {problems.length > 0 ? problems.join(', ') : t('shelterStays.noProblems')}
          </Fact>
          <Fact label={t('shelterStays.intake.notes')}>{stay.intake.notes ?? '–'}</Fact>
        </SimpleGrid>
      </details>

      {!isOpen ? (
        <Text size="sm">
          {t('shelterStays.dischargeSummary', {
            reason: stay.dischargeReason ? t(`shelterStays.dischargeReasonOption.${stay.dischargeReason}`) : '–',
            destination: stay.dischargeDestination ? t(`housingCategory.${stay.dischargeDestination}`) : '–',
          })}
        </Text>
      ) : null}

      {canChange ? (
        <Group gap="xs">
          {stay.handlekommuneNotifiedOn === null ? (
            <Button size="sm" leftSection={<IconBellRinging size={16} aria-hidden="true" />} onClick={onNotify}>
              {t('shelterStays.recordNotification')}
            </Button>
          ) : null}
          {isOpen ? (
            <Button size="sm" variant="default" leftSection={<IconDoorExit size={16} aria-hidden="true" />} onClick={onDischarge}>
              {t('shelterStays.discharge')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </RecordCard>
  );
}
