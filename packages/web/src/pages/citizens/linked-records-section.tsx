import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CitizenDetail } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { citizenName } from './citizen-name';
import { DuplicatesList } from './duplicates-list';
import { useSplitCitizen } from './use-citizens';
import { CompactButton } from '../../components/compact-button';
import { TitledSection } from '../../components/titled-section';

type LinkedRecord = CitizenDetail['linkedRecords'][number];

/** Records linked into this person (with split), and possible duplicates not yet linked. */
export function LinkedRecordsSection({ citizen }: { citizen: CitizenDetail }) {
  const { t } = useTranslation();
  const splitting = useConfirmedAction(useSplitCitizen(), {
    input: (record: LinkedRecord) => ({ id: citizen.id, otherCitizenId: record.id }),
    done: () => t('citizens.duplicates.splitDone'),
  });
  const canWrite = citizen.abilities.canEdit;
  if (citizen.linkedRecords.length === 0 && citizen.possibleDuplicates.length === 0) return null;

  return (
    <TitledSection id="duplicates-heading" title={t('citizens.duplicates.title')}>
      <Stack gap="md">
        {citizen.linkedRecords.length > 0 ? (
          <div>
            <Text fw={600} mb="xs">
              {t('citizens.duplicates.linkedTitle')}
            </Text>
            <Stack gap="xs" data-testid="linked-records">
              {citizen.linkedRecords.map((record) => {
                const name = citizenName(record, t);
                return (
                  <Paper key={record.id} withBorder p="sm" radius="md">
                    <Group justify="space-between" gap="xs">
                      <Text>
                        {name} · {record.cpr ?? t('citizens.noCpr')}
                      </Text>
                      {canWrite ? (
                        <CompactButton
                          icon={<IconArrowsSplit size={14} aria-hidden="true" />}
                          label={t('citizens.duplicates.split')}
                          onClick={() => splitting.ask(record)}
                          ariaLabel={t('citizens.duplicates.splitNamed', { name })}
                        />
                      ) : null}
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          </div>
        ) : null}
        {citizen.possibleDuplicates.length > 0 ? (
          <div>
            <Text fw={600} mb={4}>
              {t('citizens.duplicates.possibleTitle')}
            </Text>
            <Text size="sm" c="dimmed" mb="xs">
              {t('citizens.duplicates.possibleLead')}
            </Text>
            {canWrite ? (
              <DuplicatesList citizenId={citizen.id} duplicates={citizen.possibleDuplicates} survivor="this" />
            ) : (
              <Text size="sm">{citizen.possibleDuplicates.map((d) => citizenName(d, t)).join(', ')}</Text>
            )}
          </div>
        ) : null}
      </Stack>
      <ConfirmDialog
        title={t('citizens.duplicates.splitTitle')}
        message={t('citizens.duplicates.splitConfirm', { name: splitting.subject ? citizenName(splitting.subject, t) : '' })}
        confirmLabel={t('citizens.duplicates.split')}
        {...splitting.dialog}
      />
    </TitledSection>
  );
}
