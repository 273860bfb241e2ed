import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consent } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { DataTable } from '../../components/data-table';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { RecordSection } from '../../components/record-section';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
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
  const consents = useConsents(citizenId);
  const [creating, setCreating] = useState(false);
  const withdrawal = useConfirmedAction(useWithdrawConsent(), {
    input: (consent: Consent) => ({ id: consent.id, body: {} }),
    done: () => t('consents.withdrawn'),
  });
  const withdrawing = withdrawal.subject;
  return (
    <RecordSection
      name="consents"
      title={t('consents.title')}
      lead={t('consents.lead')}
      add={canManage ? { label: t('consents.add'), onClick: () => setCreating(true) } : null}
      query={consents}
      dialogs={
        <>
          {creating ? <ConsentFormModal citizenId={citizenId} onClose={() => setCreating(false)} /> : null}
          <ConfirmDialog
            title={t('consents.withdrawTitle')}
            message={withdrawing ? t('consents.withdrawMessage', { partner: withdrawing.partner.name }) : ''}
            confirmLabel={t('consents.withdraw')}
            danger
            {...withdrawal.dialog}
          />
        </>
      }
    >
      {({ items }) => (
        <DataTable<Consent>
          caption={t('consents.tableCaption')}
          minWidth={760}
          testId="consents-table"
          items={items}
          rowKey={(consent) => consent.id}
          empty={t('consents.empty')}
          columns={[
            { header: t('consents.partner'), rowHeader: true, cell: (consent) => consent.partner.name },
            {
              header: t('consents.categories'),
              cell: (consent) => consent.categories.map((c) => t(`consents.categoryShort.${c}`)).join(', '),
            },
            {
              header: t('consents.purpose'),
              cell: (consent) => (
                <Text size="sm" lineClamp={3}>
                  {consent.purpose}
                </Text>
              ),
            },
            {
              header: t('consents.period'),
              cell: (consent) =>
                t('consents.periodValue', {
                  from: formatIsoDate(consent.givenOn, locale),
                  to: formatIsoDate(consent.expiresOn, locale),
                }),
            },
            {
              header: t('consents.statusLabel'),
              cell: (consent) => (
                <>
                  <StatusBadge tone={statusTone[consent.status]}>{t(`consents.status.${consent.status}`)}</StatusBadge>
                  {consent.withdrawnBy ? (
                    <Text size="xs" c="dimmed">
                      {t('consents.withdrawnBy', { name: consent.withdrawnBy })}
                    </Text>
                  ) : null}
                </>
              ),
            },
            ...(canManage
              ? [
                  {
                    header: t('consents.actions'),
                    cell: (consent: Consent) =>
                      consent.status === 'withdrawn' ? null : (
                        <Button size="compact-sm" variant="default" color="red.9" onClick={() => withdrawal.ask(consent)}>
                          {t('consents.withdraw')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </RecordSection>
  );
}
