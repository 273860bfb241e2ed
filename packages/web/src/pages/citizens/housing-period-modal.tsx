import { Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { homelessCategories, housingCategories, type HousingCategory } from '@hjemvej/domain';
import type { HousingPeriod } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { DateFormModal } from '../../forms/date-form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useCreateHousingPeriod, useUpdateHousingPeriod } from './use-citizens';
import { DateField } from '../../components/date-field';
import { requiredChoice } from '../../forms/required-choice';

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
  const create = useCreateHousingPeriod(citizenId);
  const options = useHousingCategoryOptions();
  const { form, modal } = useFormModal({
    initialValues: { category: null as HousingCategory | null, fromDate: todayInDenmark(), toDate: '', note: '' },
    validate: { category: requiredChoice(t) },
    mutation: create,
    send: ({ category, fromDate, toDate, note }) =>
      category ? create.mutateAsync({ category, fromDate, toDate: toDate === '' ? null : toDate, note }) : null,
    saved: t('citizens.housing.added'),
    onClose,
    submitLabel: t('common.add'),
    actionsMt: 'sm',
  });

  return (
    <FormModal title={t('citizens.housing.addTitle')} {...modal}>
      <Select
        label={t('citizens.housing.category')}
        required
        data-autofocus
        data={options}
        {...form.getInputProps('category')}
        onChange={(value) => form.setFieldValue('category', housingCategories.find((c) => c === value) ?? null)}
        allowDeselect={false}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField label={t('citizens.housing.fromDate')} required max={todayInDenmark()} {...form.getInputProps('fromDate')} />
        <DateField
          label={t('citizens.housing.toDate')}
          description={t('citizens.housing.toDateHint')}
          {...form.getInputProps('toDate')}
        />
      </SimpleGrid>
      <Textarea label={t('citizens.housing.note')} autosize minRows={2} {...form.getInputProps('note')} />
      <Text size="sm" c="dimmed">
        {t('citizens.housing.moveHint')}
      </Text>
    </FormModal>
  );
}

/** Ends an open housing situation on a date (the first day it no longer applies). */
export function EndHousingPeriodModal({ period, onClose }: { period: HousingPeriod; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const update = useUpdateHousingPeriod();
  return (
    <DateFormModal
      title={t('citizens.housing.endTitle')}
      text={t('citizens.housing.endText', {
        category: t(`housingCategory.${period.category}`),
        from: formatIsoDate(period.fromDate, locale),
      })}
      label={t('citizens.housing.endDate')}
      initialDate={todayInDenmark()}
      min={period.fromDate}
      paths={['toDate']}
      submitLabel={t('citizens.housing.end')}
      mutation={update}
      save={(toDate) => update.mutateAsync({ id: period.id, body: { toDate } })}
      saved={t('citizens.housing.ended')}
      onClose={onClose}
    />
  );
}
