import { useTranslation } from 'react-i18next';
import type { EmergencyAccess } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { RecordSection } from '../../components/record-section';
import { formatMoment } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { useCitizenEmergencyAccesses } from './use-emergency-access';

/** For the caseworker: who opened this citizen by emergency access, when and why. Shown only when there are any. */
export function CitizenEmergencyAccessesSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const accesses = useCitizenEmergencyAccesses(citizenId, true);
  if ((accesses.data?.items.length ?? 0) === 0) return null;
  return (
    <RecordSection
      name="emergency-accesses"
      title={t('emergencyAccess.citizenTitle')}
      lead={t('emergencyAccess.citizenLead')}
      add={null}
      query={accesses}
    >
      {({ items }) => (
        <DataTable<EmergencyAccess>
          caption={t('emergencyAccess.citizenTitle')}
          minWidth={640}
          testId="citizen-emergency-accesses"
          items={items}
          rowKey={(access) => access.id}
          empty={t('emergencyAccess.empty')}
          columns={[
            { header: t('emergencyAccess.user'), rowHeader: true, cell: (access) => access.user.name },
            { header: t('emergencyAccess.when'), cell: (access) => formatMoment(access.startedAt, locale) },
            { header: t('emergencyAccess.reason'), cell: (access) => access.reason },
          ]}
        />
      )}
    </RecordSection>
  );
}
