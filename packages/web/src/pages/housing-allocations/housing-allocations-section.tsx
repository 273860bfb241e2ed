import { useState } from 'react';
import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { IconHomeCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingAllocation } from '@hjemvej/contract';
import { CardList } from '../../components/card-list';
import { RecordSection, type SectionQuery } from '../../components/record-section';
import { RecordCard } from '../../components/record-card';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { formatKroner } from '../../format/number';
import { Fact } from '../../components/fact';
import { allocationStatusTone } from './housing-allocation-options';
import { HousingAllocationFormModal } from './housing-allocation-form-modal';
import { MoveInModal } from './move-in-modal';

type Acting = { kind: 'create' } | { kind: 'edit' | 'moveIn'; allocation: HousingAllocation } | null;

function AllocationCard({
  allocation,
  canChange,
  onEdit,
  onMoveIn,
}: {
  allocation: HousingAllocation;
  canChange: boolean;
  onEdit: () => void;
  onMoveIn: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = (value: string | null) => (value ? formatIsoDate(value, locale) : '–');
  const headingId = `allocation-${allocation.id}`;
  const landlord = [allocation.partner?.name, allocation.landlord].filter(Boolean).join(' · ');
  const canMoveIn = canChange && allocation.status === 'lease_signed';
  return (
    <RecordCard
      headingId={headingId}
      testId="allocation-card"
      title={allocation.address}
      subtitle={landlord || t('housingAllocations.noLandlord')}
      badge={
        <StatusBadge tone={allocationStatusTone[allocation.status]}>
          {t(`housingAllocations.status.${allocation.status}`)}
        </StatusBadge>
      }
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact label={t('housingAllocations.field.monthlyRent')}>
          {allocation.monthlyRent === null
            ? '–'
            : t('housingAllocations.rentValue', { amount: formatKroner(allocation.monthlyRent) })}
        </Fact>
        <Fact label={t('housingAllocations.field.rooms')}>{allocation.rooms ?? '–'}</Fact>
        <Fact label={t('housingAllocations.field.allocatedOn')}>{date(allocation.allocatedOn)}</Fact>
        <Fact label={t('housingAllocations.field.leaseSignedOn')}>{date(allocation.leaseSignedOn)}</Fact>
        <Fact label={t('housingAllocations.field.plannedMoveInOn')}>{date(allocation.plannedMoveInOn)}</Fact>
        <Fact label={t('housingAllocations.field.moveInOn')}>{date(allocation.moveInOn)}</Fact>
        {allocation.withdrawnOn ? (
          <Fact label={t('housingAllocations.field.withdrawnOn')}>
            {[date(allocation.withdrawnOn), allocation.withdrawalReason].filter(Boolean).join(' – ')}
          </Fact>
        ) : null}
      </SimpleGrid>
      {allocation.note ? <Text size="sm">{allocation.note}</Text> : null}
      {allocation.status === 'allocated' && canChange ? (
        <Text size="sm" c="dimmed">
          {t('housingAllocations.leaseFirst')}
        </Text>
      ) : null}
      {canChange ? (
        <Group gap="xs">
          {canMoveIn ? (
            <Button size="md" leftSection={<IconHomeCheck size={18} aria-hidden="true" />} onClick={onMoveIn}>
              {t('housingAllocations.moveIn')}
            </Button>
          ) : null}
          {allocation.status !== 'withdrawn' ? (
            <Button size="md" variant="default" leftSection={<IconPencil size={18} aria-hidden="true" />} onClick={onEdit}>
              {t('housingAllocations.edit')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </RecordCard>
  );
}

/** Allocations (anvisning) of own housing: the offer, the lease, the move-in. */
export function HousingAllocationsSection({
  citizenId,
  query,
  canWrite,
}: {
  citizenId: string;
  /** The records' query: the citizen page reads it once, for this section and for the timeline. */
  query: SectionQuery<HousingAllocation[]>;
  /** The caller may write the citizen's housing allocations (the server's `abilities.canWriteHousing`). */
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [acting, setActing] = useState<Acting>(null);
  return (
    <RecordSection
      name="allocations"
      testId="allocations"
      title={t('housingAllocations.title')}
      add={
        canWrite
          ? { label: t('housingAllocations.create'), variant: 'light', onClick: () => setActing({ kind: 'create' }) }
          : null
      }
      query={query}
      dialogs={
        <>
          {acting?.kind === 'create' ? (
            <HousingAllocationFormModal citizenId={citizenId} allocation={null} onClose={() => setActing(null)} />
          ) : null}
          {acting?.kind === 'edit' ? (
            <HousingAllocationFormModal
              key={acting.allocation.id}
              citizenId={citizenId}
              allocation={query.data?.find((item) => item.id === acting.allocation.id) ?? acting.allocation}
              onClose={() => setActing(null)}
            />
          ) : null}
          {acting?.kind === 'moveIn' ? (
            <MoveInModal
              key={acting.allocation.id}
              allocation={query.data?.find((item) => item.id === acting.allocation.id) ?? acting.allocation}
              onClose={() => setActing(null)}
            />
          ) : null}
        </>
      }
    >
      {(items) => (
        <CardList items={items} empty={t('housingAllocations.empty')}>
          {(allocation) => (
            <AllocationCard
              key={allocation.id}
              allocation={allocation}
              canChange={canWrite}
              onEdit={() => setActing({ kind: 'edit', allocation })}
              onMoveIn={() => setActing({ kind: 'moveIn', allocation })}
            />
          )}
        </CardList>
      )}
    </RecordSection>
  );
}
