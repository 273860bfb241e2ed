import { Checkbox, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { consentCategories, type ConsentCategory } from '@hjemvej/domain';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { useCreateConsent } from './use-consents';
import { usePartners } from '../organisation/use-partners';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';

function inMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Record what the citizen consents to share, with whom, why and until when. Identity is always part of it. */
export function ConsentFormModal({ citizenId, onClose }: { citizenId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateConsent(citizenId);
  const partners = usePartners();
  const today = todayInDenmark();
  const { form, modal } = useFormModal({
    initialValues: {
      partnerId: null as string | null,
      categories: ['identity'] as ConsentCategory[],
      purpose: '',
      givenOn: today,
      expiresOn: inMonths(today, 12),
    },
    mutation: create,
    send: ({ partnerId, categories, purpose, givenOn, expiresOn }) =>
      create.mutateAsync({ partnerId: partnerId ?? '', categories, purpose, givenOn, expiresOn }),
    saved: t('consents.created'),
    onClose,
    submitLabel: t('consents.save'),
    size: 'lg',
  });
  const options = (partners.data ?? []).filter((p) => p.kind === 'partner').map((p) => ({ value: p.id, label: p.name }));

  return (
    <FormModal title={t('consents.createTitle')} {...modal}>
      <Select
        required
        data-autofocus
        label={t('consents.partner')}
        data={options}
        {...form.getInputProps('partnerId')}
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox.Group
        label={t('consents.categories')}
        description={t('consents.categoriesHelp')}
        {...form.getInputProps('categories')}
        onChange={(value: string[]) =>
          form.setFieldValue('categories', [
            'identity',
            ...value.filter((v): v is ConsentCategory => v !== 'identity' && consentCategories.includes(v as ConsentCategory)),
          ] as ConsentCategory[])
        }
      >
        <Stack gap="xs" mt="xs">
          {consentCategories.map((category) => (
            <Checkbox
              key={category}
              value={category}
              label={t(`consents.category.${category}`)}
              description={t(`consents.categoryHelp.${category}`)}
              disabled={category === 'identity'}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        required
        label={t('consents.purpose')}
        description={t('consents.purposeHelp')}
        {...form.getInputProps('purpose')}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField required label={t('consents.givenOn')} {...form.getInputProps('givenOn')} />
        <DateField required label={t('consents.expiresOn')} {...form.getInputProps('expiresOn')} />
      </SimpleGrid>
    </FormModal>
  );
}
