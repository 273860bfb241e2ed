import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyRow } from '../../components/empty-row';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TableFrame } from '../../components/table-frame';
import { useNotify } from '../../components/use-notify';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { SectionTitle } from '../../components/section-title';
import { useConsents, useWithdrawConsent } from './use-consents';
import { ConsentFormModal } from './consent-form-modal';

const statusTone: Record<Consent['status'], BadgeTone> = {
  valid: 'success',
  not_yet_valid: 'info',
  expired: 'neutral',
  withdrawn: 'danger',
};

/**
 * The citizen's consents to share data with partners: what (categories), with whom, why, until
 * when, and whether it lets data through today. The handlekommune records and withdraws them.
 */
export function ConsentsSection({ citizenId, canManage }: { citizenId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const consents = useConsents(citizenId);
  const withdraw = useWithdrawConsent();
  const [creating, setCreating] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const items = consents.data?.items ?? [];
  return (
    <section aria-labelledby="consents-heading" data-testid="consents-section">
      <SectionTitle
        id="consents-heading"
        actions={
          canManage ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setCreating(true)}
            >
              {t('consents.add')}
            </Button>
          ) : null
        }
      >
        {t('consents.title')}
      </SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t('consents.lead')}
      </Text>
      <ErrorAlert error={consents.error} />
      {consents.isPending ? <Loading /> : null}
      {consents.data ? (
        <TableFrame caption={t('consents.tableCaption')} minWidth={760} testId="consents-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consents.partner')}</Table.Th>
              <Table.Th scope="col">{t('consents.categories')}</Table.Th>
              <Table.Th scope="col">{t('consents.purpose')}</Table.Th>
              <Table.Th scope="col">{t('consents.period')}</Table.Th>
              <Table.Th scope="col">{t('consents.statusLabel')}</Table.Th>
              {canManage ? <Table.Th scope="col">{t('consents.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={canManage ? 6 : 5}>{t('consents.empty')}</EmptyRow> : null}
            {items.map((consent) => (
              <Table.Tr key={consent.id}>
                <Table.Th scope="row" fw={500}>
                  {consent.partner.name}
                </Table.Th>
                <Table.Td>{consent.categories.map((c) => t(`consents.categoryShort.${c}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={3}>
                    {consent.purpose}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t('consents.periodValue', {
                    from: formatIsoDate(consent.givenOn, locale),
                    to: formatIsoDate(consent.expiresOn, locale),
                  })}
                </Table.Td>
                <Table.Td>
                  <StatusBadge tone={statusTone[consent.status]}>{t(`consents.status.${consent.status}`)}</StatusBadge>
                  {consent.withdrawnBy ? (
                    <Text size="xs" c="dimmed">
                      {t('consents.withdrawnBy', { name: consent.withdrawnBy })}
                    </Text>
                  ) : null}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    {consent.status === 'withdrawn' ? null : (
                      <Button size="compact-sm" variant="default" color="red.9" onClick={() => setWithdrawing(consent)}>
                        {t('consents.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {creating ? <ConsentFormModal citizenId={citizenId} onClose={() => setCreating(false)} /> : null}
      <ConfirmDialog
        opened={withdrawing !== null}
        title={t('consents.withdrawTitle')}
        message={withdrawing ? t('consents.withdrawMessage', { partner: withdrawing.partner.name }) : ''}
        confirmLabel={t('consents.withdraw')}
        danger
        pending={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          setWithdrawing(null);
          withdraw.reset();
        }}
        onConfirm={() => {
          if (!withdrawing) return;
          withdraw.mutate(
            { id: withdrawing.id, body: {} },
            {
              onSuccess: () => {
                notify(t('consents.withdrawn'));
                setWithdrawing(null);
              },
            },
          );
        }}
      />
    </section>
  );
}
