import { useState } from 'react';
import { Alert, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { StatusBadge } from '../../components/status-badge';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { useAgreements } from './use-agreements';
import { AgreementFormModal } from './agreement-form-modal';
import { EditButton } from '../../components/compact-button';
import { HeadedCard } from '../../components/headed-card';

/** Collaboration agreements (samarbejdsaftaler) with the reminders each needs now. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { can } = useSession();
  const agreements = useAgreements();
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  const canManage = can('agreements.manage');
  const items = agreements.data?.items ?? [];
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        description={t('agreements.lead')}
        create={canManage ? { label: t('agreements.add'), onClick: () => setEditing('new') } : null}
      />
      <ErrorAlert error={agreements.error} />
      {agreements.isPending ? <Loading /> : null}
      {agreements.data && items.length === 0 ? <Text c="dimmed">{t('agreements.empty')}</Text> : null}
      <Stack gap="lg">
        {items.map((a) => (
          <HeadedCard
            key={a.id}
            id={a.id}
            headingId={`agreement-${a.id}`}
            title={a.title}
            size="h3"
            testId="agreement"
            headingMb="sm"
            aside={
              a.abilities.canEdit ? (
                <EditButton
                  label={t('agreements.edit')}
                  onClick={() => setEditing(a)}
                  ariaLabel={t('agreements.editNamed', { title: a.title })}
                />
              ) : null
            }
          >
            {a.reminders.length > 0 ? (
              <Alert
                color="orange"
                icon={<IconAlertTriangle size={18} aria-hidden="true" />}
                title={t('agreements.remindersTitle')}
                mb="sm"
                data-testid="agreement-reminders"
              >
                <List size="sm">
                  {a.reminders.map((r, i) => (
                    <List.Item key={i}>
                      {r.kind === 'revisit_due'
                        ? t('agreements.reminder.revisit_due', { date: date(r.revisitOn) })
                        : t('agreements.reminder.signer_left', { signer: r.signerName, party: r.partyName })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, xs: 2 }} mb="sm">
              <Fact label={t('agreements.field.validFrom')}>{date(a.validFrom)}</Fact>
              <Fact label={t('agreements.field.revisitOn')}>{date(a.revisitOn)}</Fact>
            </SimpleGrid>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }} mb="sm">
              {a.agreed}
            </Text>
            <Title order={3} size="h5" mb="xs">
              {t('agreements.parties')}
            </Title>
            <List size="sm">
              {a.parties.map((p) => (
                <List.Item key={p.id}>
                  {t('agreements.partyLine', { party: p.name, signer: p.signingName })}
                  {p.signedOn ? ` (${date(p.signedOn)})` : ''}{' '}
                  {p.signerHasLeft ? <StatusBadge tone="warning">{t('agreements.signerLeft')}</StatusBadge> : null}
                </List.Item>
              ))}
            </List>
          </HeadedCard>
        ))}
      </Stack>
      {editing ? <AgreementFormModal agreement={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
