import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportCourse } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { endReasonOptions, type EndReason } from './support-options';
import { useEndSupportCourse } from './use-support-courses';

/** Ends a support course with the day and the reason. */
export function EndCourseModal({ course, onClose }: { course: SupportCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const end = useEndSupportCourse();
  const [endedOn, setEndedOn] = useState(todayInDenmark());
  const [endReason, setEndReason] = useState<EndReason | null>(null);
  const [endNote, setEndNote] = useState('');
  const [missing, setMissing] = useState(false);
  const fields = fieldErrorsOf(end.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
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
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={end.error} />
          <TextInput
            type="date"
            label={t('supportCourses.field.endedOn')}
            required
            data-autofocus
            min={course.startedOn}
            max={todayInDenmark()}
            value={endedOn}
            onChange={(event) => setEndedOn(event.currentTarget.value)}
            error={fieldError(fields, 'endedOn')}
          />
          <Select
            label={t('supportCourses.field.endReason')}
            required
            data={endReasonOptions.map((value) => ({ value, label: t(`supportCourses.endReason.${value}`) }))}
            value={endReason}
            onChange={(value) => setEndReason(endReasonOptions.find((option) => option === value) ?? null)}
            allowDeselect={false}
            error={fieldError(fields, 'endReason') ?? (missing && !endReason ? t('validation.chooseOne') : undefined)}
          />
          <Textarea
            autosize
            minRows={2}
            label={t('supportCourses.field.endNote')}
            value={endNote}
            onChange={(event) => setEndNote(event.currentTarget.value)}
            error={fieldError(fields, 'endNote')}
          />
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
