import { useState } from 'react';
import { Button, SegmentedControl, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmergencyAccess } from '@hjemvej/contract';
import { AppModal } from '../../components/app-modal';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useNotify } from '../../components/use-notify';
import { formatMoment } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { useEmergencyAccesses, useReviewEmergencyAccess } from './use-emergency-access';

function ReviewModal({ access, onClose }: { access: EmergencyAccess; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const review = useReviewEmergencyAccess();
  const [note, setNote] = useState('');
  return (
    <AppModal opened onClose={onClose} title={t('emergencyAccess.reviewTitle')}>
      <ErrorAlert error={review.error} />
      <Text size="sm" mb="sm">
        {t('emergencyAccess.reviewLead', { user: access.user.name, reason: access.reason })}
      </Text>
      <Textarea
        label={t('emergencyAccess.reviewNote')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
        data-autofocus
      />
      <Button
        mt="md"
        loading={review.isPending}
        onClick={() =>
          review.mutate(
            { id: access.id, body: { note } },
            {
              onSuccess: () => {
                notify(t('emergencyAccess.reviewed'));
                onClose();
              },
            },
          )
        }
      >
        {t('emergencyAccess.markReviewed')}
      </Button>
    </AppModal>
  );
}

/** The data-protection officer's list: every emergency access, who, whom, why, until when; reviewed or not. */
export function EmergencyAccessesPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [status, setStatus] = useState<'unreviewed' | 'all'>('unreviewed');
  const accesses = useEmergencyAccesses(status);
  const [reviewing, setReviewing] = useState<EmergencyAccess | null>(null);
  return (
    <>
      <PageHeader title={t('emergencyAccess.pageTitle')} description={t('emergencyAccess.pageLead')} />
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(value) => setStatus(value === 'all' ? 'all' : 'unreviewed')}
        data={[
          { value: 'unreviewed', label: t('emergencyAccess.filterUnreviewed') },
          { value: 'all', label: t('emergencyAccess.filterAll') },
        ]}
        aria-label={t('emergencyAccess.filterLabel')}
      />
      <ErrorAlert error={accesses.error} />
      {accesses.isPending ? <Loading /> : null}
      {accesses.data ? (
        <DataTable<EmergencyAccess>
          caption={t('emergencyAccess.pageTitle')}
          minWidth={860}
          testId="emergency-accesses-table"
          items={accesses.data.items}
          rowKey={(access) => access.id}
          empty={t('emergencyAccess.empty')}
          columns={[
            { header: t('emergencyAccess.when'), rowHeader: true, cell: (a) => formatMoment(a.startedAt, locale) },
            { header: t('emergencyAccess.user'), cell: (a) => a.user.name },
            {
              header: t('emergencyAccess.citizen'),
              cell: (a) => a.citizenName ?? t('emergencyAccess.unnamed'),
            },
            { header: t('emergencyAccess.reason'), cell: (a) => a.reason },
            {
              header: t('emergencyAccess.status'),
              cell: (a) =>
                a.reviewedAt ? (
                  <StatusBadge tone="success">{t('emergencyAccess.reviewedBy', { name: a.reviewedBy ?? '' })}</StatusBadge>
                ) : a.isActive ? (
                  <StatusBadge tone="warning">
                    {t('emergencyAccess.active', { until: formatMoment(a.expiresAt, locale) })}
                  </StatusBadge>
                ) : (
                  <StatusBadge tone="neutral">{t('emergencyAccess.ended')}</StatusBadge>
                ),
            },
            {
              header: t('emergencyAccess.actions'),
              cell: (a) =>
                a.reviewedAt ? (
                  (a.reviewNote ?? '')
                ) : (
                  <Button size="compact-sm" variant="default" onClick={() => setReviewing(a)}>
                    {t('emergencyAccess.review')}
                  </Button>
                ),
            },
          ]}
        />
      ) : null}
      {reviewing ? <ReviewModal access={reviewing} onClose={() => setReviewing(null)} /> : null}
    </>
  );
}
