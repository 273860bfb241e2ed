import { useState } from 'react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportCourse } from '@hjemvej/contract';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { endReasonOptions, type EndReason } from './support-options';
import { useEndSupportCourse } from './use-support-courses';
import { DateField } from '../../components/date-field';

/** Ends a support course with the day and the reason. */
export function EndCourseModal({ course, onClose }: { course: SupportCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const end = useEndSupportCourse();
  const form = useApiForm({
    initialValues: { endedOn: todayInDenmark(), endReason: null as EndReason | null, endNote: '' },
    error: end.error,
  });
  const { endReason } = form.values;
  const [missing, setMissing] = useState(false);

  const handleSubmit = async ({ endedOn, endNote }: typeof form.values) => {
    if (!endReason) {
      setMissing(true);
      return;
    }
    try {
      await end.mutateAsync({
        id: course.id,
        body: { version: course.version, endedOn, endReason, endNote: endNote.trim() === '' ? null : endNote.trim() },
      });
      notify(t('supportCourses.ended'));
      onClose();
    } catch {
      // Shown from end.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('supportCourses.endTitle')}>
      <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
        <Stack>
          <ErrorAlert error={end.error} />
          <DateField
            label={t('supportCourses.field.endedOn')}
            required
            data-autofocus
            min={course.startedOn}
            max={todayInDenmark()}
            {...form.getInputProps('endedOn')}
          />
          <Select
            label={t('supportCourses.field.endReason')}
            required
            data={endReasonOptions.map((value) => ({ value, label: t(`supportCourses.endReason.${value}`) }))}
            {...form.getInputProps('endReason')}
            onChange={(value: string | null) =>
              form.setFieldValue('endReason', endReasonOptions.find((option) => option === value) ?? null)
            }
            allowDeselect={false}
            error={form.fieldError('endReason') ?? (missing && !endReason ? t('validation.chooseOne') : undefined)}
          />
          <Textarea autosize minRows={2} label={t('supportCourses.field.endNote')} {...form.getInputProps('endNote')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.8" loading={end.isPending}>
              {t('supportCourses.end')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
