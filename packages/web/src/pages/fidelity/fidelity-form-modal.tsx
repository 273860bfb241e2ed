/**
 * Record a support team's fidelity measurement: team, date, who rated and how, and the items of
 * the team's method module and the common Housing First module, each answered ja / delvis / nej.
 * The server checks everything (an unknown item, an answer off the scale, a date in the future)
 * and its message stands beside the field it names.
 */
import { Alert, Fieldset, Select, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  fidelityAnswers,
  fidelityCollectionMethods,
  fidelityRaterTypes,
  type FidelityAnswer,
  type FidelityCollectionMethod,
  type FidelityRaterType,
} from '@hjemvej/domain';
import type { FidelityOverview } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { DateField } from '../../components/date-field';

import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { answersToSend } from './fidelity-chart-data';
import { useRecordFidelity } from './use-fidelity';

interface Values {
  unitId: string | null;
  measuredOn: string;
  raterType: FidelityRaterType;
  collectionMethod: FidelityCollectionMethod;
  answers: Record<string, FidelityAnswer | null>;
}

export function FidelityFormModal({ overview, onClose }: { overview: FidelityOverview; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordFidelity();
  const today = todayInDenmark();
  const { form, modal } = useFormModal<Values, unknown>({
    initialValues: {
      unitId: overview.teams.length === 1 ? (overview.teams[0]?.id ?? null) : null,
      measuredOn: today,
      raterType: 'self',
      collectionMethod: 'self_report',
      answers: {},
    },
    validate: { unitId: (value) => (value ? null : t('fidelity.chooseTeam')) },
    mutation: record,
    send: (values) =>
      team
        ? record.mutateAsync({
            unitId: team.id,
            measuredOn: values.measuredOn,
            raterType: values.raterType,
            collectionMethod: values.collectionMethod,
            methodVersion: team.methodVersion,
            commonVersion: team.commonVersion,
            answers: answered,
          })
        : null,
    saved: t('fidelity.recorded'),
    onClose,
    submitLabel: t('common.save'),
    size: 'xl',
  });
  const team: FidelityOverview['teams'][number] | undefined = overview.teams.find((x) => x.id === form.values.unitId);
  const instruments = team
    ? [
        overview.instruments.find((i) => i.id === 'housing_first' && i.version === team.commonVersion),
        overview.instruments.find((i) => i.id === team.method && i.version === team.methodVersion),
      ].filter((i) => i !== undefined)
    : [];
  const itemCount = instruments.reduce((n, i) => n + i.items.length, 0);
  const answered = answersToSend(instruments, form.values.answers);

  return (
    <FormModal title={t('fidelity.recordTitle')} {...modal}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('fidelity.field.unitId')}
          required
          data-autofocus
          data={overview.teams.map((x) => ({ value: x.id, label: `${x.name} (${t(`fidelity.method.${x.method}`)})` }))}
          {...form.getInputProps('unitId')}
        />
        <DateField label={t('fidelity.field.measuredOn')} required max={today} {...form.getInputProps('measuredOn')} />
        <Select
          label={t('fidelity.field.raterType')}
          required
          allowDeselect={false}
          data={fidelityRaterTypes.map((value) => ({ value, label: t(`fidelity.rater.${value}`) }))}
          {...form.getInputProps('raterType')}
        />
        <Select
          label={t('fidelity.field.collectionMethod')}
          required
          allowDeselect={false}
          data={fidelityCollectionMethods.map((value) => ({ value, label: t(`fidelity.collection.${value}`) }))}
          {...form.getInputProps('collectionMethod')}
        />
      </SimpleGrid>
      {instruments.length > 0 ? (
        <>
          <Alert color="yellow" icon={<IconInfoCircle aria-hidden="true" />}>
            {t('fidelity.placeholderNotice')}
          </Alert>
          <Text
            size="sm"
            c={form.fieldError('answers') ? 'red.8' : 'dimmed'}
            role={form.fieldError('answers') ? 'alert' : undefined}
          >
            {form.fieldError('answers') ?? t('fidelity.answeredCount', { answered: answered.length, total: itemCount })}
          </Text>
          {instruments.map((instrument) => (
            <Fieldset key={instrument.id} legend={instrument.name}>
              <Stack gap="md">
                {instrument.coreElements.map((element) => (
                  <Stack key={element.id} gap={6}>
                    <Text fw={600} size="sm">
                      {element.name}
                    </Text>
                    {instrument.items
                      .filter((item) => item.coreElement === element.id)
                      .map((item) => (
                        <div key={item.id} role="group" aria-labelledby={`item-${item.id}`}>
                          <Text size="sm" id={`item-${item.id}`} mb={4}>
                            {item.text}
                          </Text>
                          <SegmentedControl
                            size="sm"
                            fullWidth
                            data={fidelityAnswers.map((value) => ({ value, label: t(`fidelity.answer.${value}`) }))}
                            value={form.values.answers[item.id] ?? ''}
                            // Item ids hold dots ("cti.phased.1"): the answers are set whole, never by a dotted path.
                            onChange={(value) =>
                              form.setFieldValue('answers', {
                                ...form.values.answers,
                                [item.id]: fidelityAnswers.find((a) => a === value) ?? null,
                              })
                            }
                          />
                        </div>
                      ))}
                  </Stack>
                ))}
              </Stack>
            </Fieldset>
          ))}
        </>
      ) : null}
    </FormModal>
  );
}
