import { Alert, Group, Radio, Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { homelessCategories } from '@hjemvej/domain';
import { FormModal } from '../../components/form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import type { FollowUpMilestoneItem, ReturnCategory } from './follow-up-options';
import { useCreateFollowUp } from './use-follow-ups';
import { DateField } from '../../components/date-field';
import { blankToNull } from '../../forms/blank-to-null';
import { requiredChoice } from '../../forms/required-choice';

const returnCategoryOptions: readonly ReturnCategory[] = [...homelessCategories, 'unknown'];

interface FollowUpModalProps {
  allocationId: string;
  address: string;
  moveInOn: string;
  milestone: FollowUpMilestoneItem;
  onClose: () => void;
}

/**
 * A follow-up 3, 6 or 12 months after the move-in: does the citizen keep the home? "Lost the home"
 * puts the citizen back on the homeless list, counted as returned from housing.
 */
export function FollowUpModal({ allocationId, address, moveInOn, milestone, onClose }: FollowUpModalProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const create = useCreateFollowUp();
  const today = todayInDenmark();
  const { form, modal } = useFormModal({
    initialValues: {
      checkedOn: today,
      outcome: null as 'keeps' | 'lost' | null,
      lostHomeOn: '',
      returnCategory: null as ReturnCategory | null,
      note: '',
    },
    validate: { outcome: requiredChoice(t) },
    mutation: create,
    send: ({ outcome, checkedOn, lostHomeOn, returnCategory, note }) => {
      if (!outcome) return null;
      const keepsHome = outcome === 'keeps';
      return create.mutateAsync({
        allocationId,
        body: {
          milestone: milestone.milestone,
          checkedOn,
          keepsHome,
          ...(keepsHome ? {} : { returnCategory: returnCategory ?? 'unknown' }),
          ...(keepsHome || lostHomeOn === '' ? {} : { lostHomeOn }),
          note: blankToNull(note),
        },
      });
    },
    saved: (followUp) => (followUp.keepsHome ? t('followUps.recordedKeeps') : t('followUps.recordedLost')),
    onClose,
    submitLabel: t('common.save'),
    size: 'lg',
    actionsMt: 'sm',
  });
  const { outcome } = form.values;
  // Losing the home is said on the button too: it puts the citizen back on the homeless list.
  const submit = outcome === 'lost' ? { ...modal.submit, label: t('followUps.saveLost'), color: 'red.8' } : modal.submit;

  return (
    <FormModal title={t('followUps.recordTitle', { milestone: milestone.milestone })} {...modal} submit={submit}>
      <Text size="sm">
        {t('followUps.recordText', {
          address,
          moveInOn: formatIsoDate(moveInOn, locale),
          dueOn: formatIsoDate(milestone.dueOn, locale),
        })}
      </Text>
      <DateField
        label={t('followUps.field.checkedOn')}
        required
        data-autofocus
        min={moveInOn}
        max={today}
        {...form.getInputProps('checkedOn')}
        error={form.fieldError('checkedOn') ?? form.fieldError('milestone')}
      />
      <Radio.Group
        label={t('followUps.field.outcome')}
        required
        value={outcome}
        onChange={(value: string) => form.setFieldValue('outcome', value === 'keeps' || value === 'lost' ? value : null)}
        error={form.fieldError('keepsHome') ?? form.fieldError('outcome')}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          {(['keeps', 'lost'] as const).map((value) => (
            <Radio.Card key={value} value={value} p="sm" radius="md" className="support-method-card">
              <Group wrap="nowrap" gap="sm">
                <Radio.Indicator />
                <Text fw={600}>{t(`followUps.outcome.${value}`)}</Text>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      {outcome === 'lost' ? (
        <>
          <Alert color="orange" icon={<IconInfoCircle aria-hidden="true" />} title={t('followUps.lostTitle')}>
            {t('followUps.lostExplanation')}
          </Alert>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField
              label={t('followUps.field.lostHomeOn')}
              description={t('followUps.lostHomeOnHint')}
              min={moveInOn}
              max={form.values.checkedOn}
              {...form.getInputProps('lostHomeOn')}
            />
            <Select
              label={t('followUps.field.returnCategory')}
              description={t('followUps.returnCategoryHint')}
              data={returnCategoryOptions.map((value) => ({ value, label: t(`housingCategory.${value}`) }))}
              {...form.getInputProps('returnCategory')}
              onChange={(value: string | null) =>
                form.setFieldValue('returnCategory', returnCategoryOptions.find((option) => option === value) ?? null)
              }
            />
          </SimpleGrid>
        </>
      ) : null}
      <Textarea autosize minRows={2} label={t('followUps.field.note')} {...form.getInputProps('note')} />
    </FormModal>
  );
}
