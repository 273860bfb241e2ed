import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportCourse } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { ChoiceSelect } from '../../forms/choice-select';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { endReasonOptions, type EndReason } from './support-options';
import { useEndSupportCourse } from './use-support-courses';
import { DateField } from '../../components/date-field';
import { blankToNull } from '../../forms/blank-to-null';
import { requiredChoice } from '../../forms/required-choice';

/** Ends a support course with the day and the reason. */
export function EndCourseModal({ course, onClose }: { course: SupportCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndSupportCourse();
  const { form, modal } = useFormModal({
    initialValues: { endedOn: todayInDenmark(), endReason: null as EndReason | null, endNote: '' },
    validate: { endReason: requiredChoice(t) },
    mutation: end,
    send: ({ endedOn, endReason, endNote }) =>
      endReason
        ? end.mutateAsync({
            id: course.id,
            body: { version: course.version, endedOn, endReason, endNote: blankToNull(endNote) },
          })
        : null,
    saved: t('supportCourses.ended'),
    onClose,
    submitLabel: t('supportCourses.end'),
    submitColor: 'red.8',
    actionsMt: 'sm',
  });

  return (
    <FormModal title={t('supportCourses.endTitle')} {...modal}>
      <DateField
        label={t('supportCourses.field.endedOn')}
        required
        data-autofocus
        min={course.startedOn}
        max={todayInDenmark()}
        {...form.getInputProps('endedOn')}
      />
      <ChoiceSelect
        form={form}
        path="endReason"
        choices={endReasonOptions}
        choiceLabel={(value) => t(`supportCourses.endReason.${value}`)}
        label={t('supportCourses.field.endReason')}
        required
      />
      <Textarea autosize minRows={2} label={t('supportCourses.field.endNote')} {...form.getInputProps('endNote')} />
    </FormModal>
  );
}
