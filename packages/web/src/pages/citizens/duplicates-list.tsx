import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLink, IconArrowsSplit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CitizenSummary } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { useLanguage } from '../../i18n/use-language';
import { citizenName } from './citizen-name';
import { formatIsoDate } from '../../format/date';
import { useLinkCitizen } from './use-citizens';
import { CompactButton } from '../../components/compact-button';

interface DuplicatesListProps {
  /** The record the user is looking at (or has just registered). */
  citizenId: string;
  duplicates: CitizenSummary[];
  /**
   * Which record survives a link: 'existing' keeps the older record found as a duplicate (after
   * registering), 'this' keeps the record the user is looking at (the citizen page).
   */
  survivor: 'existing' | 'this';
  /** Called with the surviving record's id after a link. */
  onLinked?: (survivorId: string) => void;
}

/**
 * Possible duplicates (same CPR number, or same name and birth date) with "the same person"
 * (a reversible, audited link) and "keep separate" for each.
 */
export function DuplicatesList({ citizenId, duplicates, survivor, onLinked }: DuplicatesListProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const linking = useConfirmedAction(useLinkCitizen(), {
    input: (duplicate: CitizenSummary) =>
      survivor === 'existing' ? { id: duplicate.id, otherCitizenId: citizenId } : { id: citizenId, otherCitizenId: duplicate.id },
    done: () => t('citizens.duplicates.linked'),
    then: (_duplicate, result) => onLinked?.(result.id),
  });
  const confirming = linking.subject;
  const [keptSeparate, setKeptSeparate] = useState<ReadonlySet<string>>(new Set());
  const shown = duplicates.filter((duplicate) => !keptSeparate.has(duplicate.id));
  if (shown.length === 0) return null;

  return (
    <Stack gap="sm" data-testid="possible-duplicates">
      {shown.map((duplicate) => {
        const name = citizenName(duplicate, t);
        return (
          <Paper key={duplicate.id} withBorder p="sm" radius="md">
            <Group justify="space-between" gap="xs" align="flex-start">
              <div>
                <Anchor component={Link} to={`/citizens/${duplicate.id}`} fw={600}>
                  {name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[
                    duplicate.cpr ?? t('citizens.noCpr'),
                    duplicate.birthDate
                      ? duplicate.birthDateIsApproximate
                        ? t('citizens.bornAbout', { year: duplicate.birthDate.slice(0, 4) })
                        : t('citizens.born', { date: formatIsoDate(duplicate.birthDate, locale) })
                      : null,
                    duplicate.handlekommune?.name ?? null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  leftSection={<IconLink size={14} aria-hidden="true" />}
                  onClick={() => linking.ask(duplicate)}
                  aria-label={t('citizens.duplicates.linkNamed', { name })}
                >
                  {t('citizens.duplicates.link')}
                </Button>
                <CompactButton
                  icon={<IconArrowsSplit size={14} aria-hidden="true" />}
                  label={t('citizens.duplicates.keepSeparate')}
                  onClick={() => setKeptSeparate(new Set([...keptSeparate, duplicate.id]))}
                  ariaLabel={t('citizens.duplicates.keepSeparateNamed', { name })}
                />
              </Group>
            </Group>
          </Paper>
        );
      })}
      <ConfirmDialog
        title={t('citizens.duplicates.linkTitle')}
        message={t('citizens.duplicates.linkConfirm', { name: confirming ? citizenName(confirming, t) : '' })}
        confirmLabel={t('citizens.duplicates.link')}
        {...linking.dialog}
      />
    </Stack>
  );
}
