import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  CourseRegistration,
  CourseRegistrationContent,
  CreateCourseRegistrationBody,
  RegistrationKindValue,
  SupportCourse,
} from '@hjemvej/contract';
import {
  contactFrequencies,
  exitDestinations,
  exitReasons,
  homelessCategories,
  lifeAreas,
  referralSources,
  registrationHousingStatuses,
  supplementaryServices,
  type LifeAreaRating,
} from '@hjemvej/domain';
import type { GetInputPropsReturnType } from '@mantine/form';
import { AppModal } from '../../components/app-modal';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/use-notify';
import { pick } from '../../course-records/course-options';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { useCreateCourseRegistration, useRegistrationPrefill, useUpdateCourseRegistration } from './use-course-registrations';
import { blankToNull } from '../../forms/blank-to-null';

const ratingValues = ['1', '2', '3', '4', '5'] as const;
const toRating = (value: string | null): LifeAreaRating | null => {
  const n = Number(value);
  return n >= 1 && n <= 5 ? (n as LifeAreaRating) : null;
};

/** A life area's rating on the 1–5 scale, by the worker or by the citizen. */
function RatingRadios({ label, ...inputProps }: { label: string } & GetInputPropsReturnType) {
  return (
    <Radio.Group label={label} {...inputProps}>
      <Group gap="md" mt={4}>
        {ratingValues.map((value) => (
          <Radio key={value} value={value} label={value} size="md" />
        ))}
      </Group>
    </Radio.Group>
  );
}

interface FormValues {
  registeredOn: string;
  housingStatus: string | null;
  homelessCategory: string | null;
  referralSource: string | null;
  contactFrequency: string | null;
  supplementaryServices: string[];
  lifeAreas: {
    lifeArea: (typeof lifeAreas)[number];
    workerRating: string | null;
    citizenRating: string | null;
    citizenWords: string;
  }[];
  exitReason: string | null;
  exitReasonText: string;
  exitDestination: string | null;
  note: string;
  confirmed: boolean;
}

function valuesOf(content: CourseRegistrationContent): FormValues {
  return {
    registeredOn: content.registeredOn,
    housingStatus: content.housingStatus,
    homelessCategory: content.homelessCategory,
    referralSource: content.referralSource,
    contactFrequency: content.contactFrequency,
    supplementaryServices: [...content.supplementaryServices],
    lifeAreas: lifeAreas.map((lifeArea) => {
      const entry = content.lifeAreas.find((l) => l.lifeArea === lifeArea);
      return {
        lifeArea,
        workerRating: entry?.workerRating != null ? String(entry.workerRating) : null,
        citizenRating: entry?.citizenRating != null ? String(entry.citizenRating) : null,
        citizenWords: entry?.citizenWords ?? '',
      };
    }),
    exitReason: content.exitReason,
    exitReasonText: content.exitReasonText ?? '',
    exitDestination: content.exitDestination,
    note: content.note ?? '',
    confirmed: false,
  };
}

function bodyOf(kind: RegistrationKindValue, v: FormValues) {
  const isExit = kind === 'exit';
  const housingStatus = pick(registrationHousingStatuses, v.housingStatus);
  return {
    registeredOn: v.registeredOn,
    housingStatus,
    homelessCategory: housingStatus === 'not_housed' ? pick(homelessCategories, v.homelessCategory) : null,
    referralSource: isExit ? null : pick(referralSources, v.referralSource),
    contactFrequency: isExit ? null : pick(contactFrequencies, v.contactFrequency),
    supplementaryServices: isExit ? [] : supplementaryServices.filter((s) => v.supplementaryServices.includes(s)),
    lifeAreas: isExit
      ? []
      : v.lifeAreas.map((l) => ({
          lifeArea: l.lifeArea,
          workerRating: toRating(l.workerRating),
          citizenRating: toRating(l.citizenRating),
          citizenWords: blankToNull(l.citizenWords),
        })),
    exitReason: isExit ? pick(exitReasons, v.exitReason) : null,
    exitReasonText: isExit ? blankToNull(v.exitReasonText) : null,
    exitDestination: isExit ? pick(exitDestinations, v.exitDestination) : null,
    note: blankToNull(v.note),
  } satisfies Omit<CreateCourseRegistrationBody, 'kind'>;
}

function RegistrationForm({
  course,
  kind,
  initial,
  prefillSources,
  existing,
  onClose,
}: {
  course: SupportCourse;
  kind: RegistrationKindValue;
  initial: FormValues;
  prefillSources: string[];
  existing: CourseRegistration | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateCourseRegistration(course.id);
  const update = useUpdateCourseRegistration();
  const mutation = existing ? update : create;
  const form = useApiForm<FormValues>({ initialValues: initial, error: mutation.error });
  const [confirmMissing, setConfirmMissing] = useState(false);
  const isExit = kind === 'exit';
  const needsConfirmation = !existing && prefillSources.length > 0;
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`courseRegistrations.${prefix}.${value}`) }));

  const handleSubmit = async (values: FormValues) => {
    if (needsConfirmation && !values.confirmed) {
      setConfirmMissing(true);
      return;
    }
    try {
      if (existing) await update.mutateAsync({ id: existing.id, body: { version: existing.version, ...bodyOf(kind, values) } });
      else await create.mutateAsync({ kind, ...bodyOf(kind, values) });
      notify(t(isExit && !existing ? 'courseRegistrations.exitSaved' : 'courseRegistrations.saved'));
      onClose();
    } catch {
      // Shown from the mutation's error.
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate data-testid="registration-form">
      <Stack gap="md">
        <ErrorAlert error={mutation.error} />
        {prefillSources.length > 0 ? (
          <Alert color="blue" variant="light" data-testid="registration-prefilled">
            {t('courseRegistrations.prefilled', {
              sources: prefillSources.map((s) => t(`courseRegistrations.source.${s}`)).join(', '),
            })}
          </Alert>
        ) : null}
        <DateField
          label={t('courseRegistrations.field.registeredOn')}
          required
          min={course.startedOn}
          max={todayInDenmark()}
          {...form.getInputProps('registeredOn')}
        />
        <Select
          label={t('courseRegistrations.field.housingStatus')}
          data={options(registrationHousingStatuses, 'housingStatus')}
          clearable
          {...form.getInputProps('housingStatus')}
        />
        {form.values.housingStatus === 'not_housed' ? (
          <Select
            label={t('courseRegistrations.field.homelessCategory')}
            data={homelessCategories.map((value) => ({ value, label: t(`housingCategory.${value}`) }))}
            clearable
            {...form.getInputProps('homelessCategory')}
          />
        ) : null}
        {isExit ? (
          <>
            <Select
              label={t('courseRegistrations.field.exitReason')}
              required
              data={options(exitReasons, 'exitReason')}
              {...form.getInputProps('exitReason')}
            />
            {form.values.exitReason === 'other' ? (
              <Textarea
                autosize
                minRows={2}
                label={t('courseRegistrations.field.exitReasonText')}
                required
                {...form.getInputProps('exitReasonText')}
              />
            ) : null}
            <Select
              label={t('courseRegistrations.field.exitDestination')}
              data={options(exitDestinations, 'exitDestination')}
              clearable
              {...form.getInputProps('exitDestination')}
            />
          </>
        ) : (
          <>
            {kind === 'intake' ? (
              <Select
                label={t('courseRegistrations.field.referralSource')}
                data={options(referralSources, 'referralSource')}
                clearable
                {...form.getInputProps('referralSource')}
              />
            ) : null}
            <Select
              label={t('courseRegistrations.field.contactFrequency')}
              data={options(contactFrequencies, 'contactFrequency')}
              clearable
              {...form.getInputProps('contactFrequency')}
            />
            <Checkbox.Group
              label={t('courseRegistrations.field.supplementaryServices')}
              {...form.getInputProps('supplementaryServices')}
            >
              <Stack gap={6} mt="xs">
                {supplementaryServices.map((value) => (
                  <Checkbox key={value} value={value} label={t(`courseRegistrations.supplementaryService.${value}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <div>
              <Text fw={600}>{t('courseRegistrations.field.lifeAreas')}</Text>
              <Text size="sm" c="dimmed">
                {t('courseRegistrations.ratingScale')}
              </Text>
            </div>
            {form.values.lifeAreas.map((entry, index) => (
              <Fieldset
                key={entry.lifeArea}
                legend={t(`courseRegistrations.lifeArea.${entry.lifeArea}`)}
                data-testid={`life-area-${entry.lifeArea}`}
                p="sm"
              >
                <Stack gap="sm">
                  <RatingRadios
                    label={t('courseRegistrations.field.workerRating')}
                    {...form.getInputProps(`lifeAreas.${index}.workerRating`)}
                  />
                  <RatingRadios
                    label={t('courseRegistrations.field.citizenRating')}
                    {...form.getInputProps(`lifeAreas.${index}.citizenRating`)}
                  />
                  <Textarea
                    autosize
                    minRows={1}
                    label={t('courseRegistrations.field.citizenWords')}
                    {...form.getInputProps(`lifeAreas.${index}.citizenWords`)}
                  />
                </Stack>
              </Fieldset>
            ))}
          </>
        )}
        <Textarea autosize minRows={2} label={t('courseRegistrations.field.note')} {...form.getInputProps('note')} />
        {needsConfirmation ? (
          <Checkbox
            label={t('courseRegistrations.confirm')}
            {...form.getInputProps('confirmed', { type: 'checkbox' })}
            error={confirmMissing && !form.values.confirmed ? t('courseRegistrations.confirmMissing') : undefined}
          />
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('courseRegistrations.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A new registration of `kind` (pre-filled from what Hjemvej knows), or a change of an existing one. */
export function RegistrationFormModal({
  course,
  kind,
  existing,
  onClose,
}: {
  course: SupportCourse;
  kind: RegistrationKindValue;
  existing: CourseRegistration | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const prefill = useRegistrationPrefill(course.id, kind, existing === null);
  const kindLabel = t(`courseRegistrations.kind.${kind}`);
  const title = existing ? t('courseRegistrations.editTitle', { kind: kindLabel.toLowerCase() }) : kindLabel;
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      {existing ? (
        <RegistrationForm
          course={course}
          kind={kind}
          initial={valuesOf(existing)}
          prefillSources={[]}
          existing={existing}
          onClose={onClose}
        />
      ) : prefill.data ? (
        <RegistrationForm
          course={course}
          kind={kind}
          initial={valuesOf(prefill.data)}
          prefillSources={prefill.data.sources}
          existing={null}
          onClose={onClose}
        />
      ) : (
        <>
          <ErrorAlert error={prefill.error} />
          {prefill.isPending ? <Loading /> : null}
        </>
      )}
    </AppModal>
  );
}
