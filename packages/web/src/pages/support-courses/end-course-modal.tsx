import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportCourse } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
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
    validate: { endReason: (value) => (value ? null : t('validation.chooseOne')) },
  });

  const handleSubmit = async ({ endedOn, endReason, endNote }: typeof form.values) => {
    if (!endReason) return;
    await end.mutateAsync({
      id: course.id,
      body: { version: course.version, endedOn, endReason, endNote: endNote.trim() === '' ? null : endNote.trim() },
    });
    notify(t('supportCourses.ended'));
    onClose();
  };

  return (
    <FormModal
      title={t('supportCourses.endTitle')}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={end.error}
      submit={{ label: t('supportCourses.end'), loading: end.isPending, color: 'red.8' }}
      actionsMt="sm"
    >
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
      />
      <Textarea autosize minRows={2} label={t('supportCourses.field.endNote')} {...form.getInputProps('endNote')} />
    </FormModal>
  );
}
