import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShelterStay } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { SectionTitle } from '../../components/section-title';
import { DischargeModal } from './discharge-modal';
import { NotificationModal } from './notification-modal';
import { ShelterStayCard } from './shelter-stay-card';

type Acting = { kind: 'notify' | 'discharge'; stay: ShelterStay } | null;

/** The citizen's § 110 stays that the user may see, newest first. */
export function ShelterStaysSection({
  stays,
  error,
  isPending,
}: {
  stays: ShelterStay[] | undefined;
  error: unknown;
  isPending: boolean;
}) {
  const { t } = useTranslation();
  const [acting, setActing] = useState<Acting>(null);
  const ordered = [...(stays ?? [])].sort((a, b) => b.admittedOn.localeCompare(a.admittedOn));
  return (
    <section aria-labelledby="stays-heading">
      <SectionTitle id="stays-heading">{t('shelterStays.title')}</SectionTitle>
      <ErrorAlert error={error} />
      {isPending ? <Loading /> : null}
      {stays && ordered.length === 0 ? <Text c="dimmed">{t('shelterStays.empty')}</Text> : null}
      <Stack gap="md">
        {ordered.map((stay) => (
          <ShelterStayCard
            key={stay.id}
            stay={stay}
            canChange={stay.abilities.canEdit}
            onNotify={() => setActing({ kind: 'notify', stay })}
            onDischarge={() => setActing({ kind: 'discharge', stay })}
          />
        ))}
      </Stack>
      {acting?.kind === 'notify' ? (
        <NotificationModal key={acting.stay.id} stay={acting.stay} onClose={() => setActing(null)} />
      ) : null}
      {acting?.kind === 'discharge' ? (
        <DischargeModal key={acting.stay.id} stay={acting.stay} onClose={() => setActing(null)} />
      ) : null}
    </section>
  );
}
