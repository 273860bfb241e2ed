import { useState, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { homelessCategories, housingCategories, type HousingCategory } from '@hjemvej/domain';
import type { HousingPeriod } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useCreateHousingPeriod, useUpdateHousingPeriod } from './use-citizens';
import { DateField } from '../../components/date-field';

/** The categories grouped as the national count does: homeless (1–9), housed, unknown. */
export function useHousingCategoryOptions() {
  const { t } = useTranslation();
  const homeless = new Set<string>(homelessCategories);
  return [
    {
      group: t('citizens.housing.groupHomeless'),
      items: housingCategories.filter((c) => homeless.has(c)).map((value) => ({ value, label: t(`housingCategory.${value}`) })),
    },
    {
      group: t('citizens.housing.groupHoused'),
      items: housingCategories.filter((c) => !homeless.has(c)).map((value) => ({ value, label: t(`housingCategory.${value}`) })),
    },
  ];
}

/** Records a new housing situation from a date; an open situation before it ends there (a move). */
export function AddHousingPeriodModal({ citizenId, onClose }: { citizenId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateHousingPeriod(citizenId);
  const options = useHousingCategoryOptions();
  const [category, setCategory] = useState<HousingCategory | null>(null);
  const [fromDate, setFromDate] = useState(todayInDenmark());
  const [toDate, setToDate] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const fields = fieldErrorsOf(create.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!category) {
      setMissing(true);
      return;
    }
    try {
      await create.mutateAsync({ category, fromDate, toDate: toDate === '' ? null : toDate, note });
      notify(t('citizens.housing.added'));
      onClose();
    } catch {
      // Shown from create.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('citizens.housing.addTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={create.error} />
          <Select
            label={t('citizens.housing.category')}
            required
            data-autofocus
            data={options}
            value={category}
            onChange={(value) => setCategory(housingCategories.find((c) => c === value) ?? null)}
            allowDeselect={false}
            error={fieldError(fields, 'category') ?? (missing && !category ? t('validation.chooseOne') : undefined)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField
              label={t('citizens.housing.fromDate')}
              required
              max={todayInDenmark()}
              value={fromDate}
              onChange={(value) => setFromDate(value)}
              error={fieldError(fields, 'fromDate')}
            />
            <DateField
              label={t('citizens.housing.toDate')}
              description={t('citizens.housing.toDateHint')}
              value={toDate}
              onChange={(value) => setToDate(value)}
              error={fieldError(fields, 'toDate')}
            />
          </SimpleGrid>
          <Textarea
            label={t('citizens.housing.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError(fields, 'note')}
          />
          <Text size="sm" c="dimmed">
            {t('citizens.housing.moveHint')}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** Ends an open housing situation on a date (the first day it no longer applies). */
export function EndHousingPeriodModal({ period, onClose }: { period: HousingPeriod; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const update = useUpdateHousingPeriod();
  const [toDate, setToDate] = useState(todayInDenmark());
  const fields = fieldErrorsOf(update.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update.mutateAsync({ id: period.id, body: { toDate } });
      notify(t('citizens.housing.ended'));
      onClose();
    } catch {
      // Shown from update.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('citizens.housing.endTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={update.error} />
          <Text size="sm">
            {t('citizens.housing.endText', {
              category: t(`housingCategory.${period.category}`),
              from: formatIsoDate(period.fromDate, locale),
            })}
          </Text>
          <DateField
            label={t('citizens.housing.endDate')}
            required
            data-autofocus
            min={period.fromDate}
            value={toDate}
            onChange={(value) => setToDate(value)}
            error={fieldError(fields, 'toDate')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('citizens.housing.end')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
