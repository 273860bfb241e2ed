import { useState } from 'react';
import { Anchor, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalCheck } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { SectionTitle } from '../../components/section-title';
import { LegalConditionList } from './legal-condition-list';
import { LegalStatusBadge } from './legal-status-badge';
import { useLegalChecks } from './use-legal-checks';

const attentionOrder: Record<LegalCheck['status'], number> = { overdue: 0, missing: 1, warning: 2, met: 3, not_applicable: 4 };

function LegalCheckItem({ check }: { check: LegalCheck }) {
  const { locale } = useLanguage();
  const message = locale === 'en' && check.messageEn ? check.messageEn : check.messageDa;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="legal-check" data-rule={check.ruleId} data-status={check.status}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {check.titleDa}
          </Text>
          <LegalStatusBadge status={check.status} />
        </Group>
        <Text size="sm">{message}</Text>
        {check.conditions.length > 0 ? <LegalConditionList conditions={check.conditions} /> : null}
        <Text size="xs" c="dimmed">
          {check.source.url ? (
            <Anchor href={check.source.url} target="_blank" rel="noreferrer" size="xs" underline="always">
              {check.source.text}
            </Anchor>
          ) : (
            check.source.text
          )}
          {' · '}
          {check.source.titleDa}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The citizen's course checked against the law: what is met, missing, overdue or a warning, with the paragraph. */
export function LegalChecksSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const checks = useLegalChecks(citizenId);
  const [showAll, setShowAll] = useState(false);
  const items = [...(checks.data?.items ?? [])].sort((a, b) => attentionOrder[a.status] - attentionOrder[b.status]);
  const shown = showAll ? items : items.filter((item) => item.status !== 'not_applicable');
  return (
    <section aria-labelledby="legal-checks-title" data-testid="legal-checks">
      <SectionTitle id="legal-checks-title">{t('legalChecks.title')}</SectionTitle>
      {checks.isPending ? <Loading minHeight={80} /> : null}
      <ErrorAlert error={checks.error} />
      {checks.data ? (
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {t('legalChecks.intro', { date: formatIsoDate(checks.data.asOf, locale) })}{' '}
              <strong>
                {checks.data.attentionCount > 0
                  ? t('legalChecks.attention', { count: checks.data.attentionCount })
                  : t('legalChecks.allMet')}
              </strong>
            </Text>
            <Switch
              size="sm"
              label={t('legalChecks.showNotApplicable')}
              checked={showAll}
              onChange={(event) => setShowAll(event.currentTarget.checked)}
            />
          </Group>
          {shown.length === 0 ? <Text size="sm">{t('legalChecks.empty')}</Text> : null}
          {shown.map((check, index) => (
            <LegalCheckItem key={`${check.ruleId}-${check.subjectId ?? index}`} check={check} />
          ))}
        </Stack>
      ) : null}
    </section>
  );
}
