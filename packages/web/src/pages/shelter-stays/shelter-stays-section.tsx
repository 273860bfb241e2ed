import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShelterStay } from '@hjemvej/contract';
import { CardList } from '../../components/card-list';
import { RecordSection, type SectionQuery } from '../../components/record-section';
import { DischargeModal } from './discharge-modal';
import { NotificationModal } from './notification-modal';
import { ShelterStayCard } from './shelter-stay-card';

type Acting = { kind: 'notify' | 'discharge'; stay: ShelterStay } | null;

/** The citizen's § 110 stays that the user may see, newest first. */
export function ShelterStaysSection({
  query,
}: {
  /** The records' query: the citizen page reads it once, for this section and for the timeline. */
  query: SectionQuery<ShelterStay[]>;
}) {
  const { t } = useTranslation();
  const [acting, setActing] = useState<Acting>(null);
  return (
    <RecordSection
      name="stays"
      title={t('shelterStays.title')}
      add={null}
      query={query}
      dialogs={
        <>
          {acting?.kind === 'notify' ? (
            <NotificationModal key={acting.stay.id} stay={acting.stay} onClose={() => setActing(null)} />
          ) : null}
          {acting?.kind === 'discharge' ? (
            <DischargeModal key={acting.stay.id} stay={acting.stay} onClose={() => setActing(null)} />
          ) : null}
        </>
      }
    >
      {(items) => (
        <CardList items={[...items].sort((a, b) => b.admittedOn.localeCompare(a.admittedOn))} empty={t('shelterStays.empty')}>
          {(stay) => (
            <ShelterStayCard
              key={stay.id}
              stay={stay}
              canChange={stay.abilities.canEdit}
              onNotify={() => setActing({ kind: 'notify', stay })}
              onDischarge={() => setActing({ kind: 'discharge', stay })}
            />
          )}
        </CardList>
      )}
    </RecordSection>
  );
}
