import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CourseRegistration, RegistrationKindValue, SupportCourse } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { RegistrationFormModal } from './registration-form-modal';
import { useCourseRegistrations } from './use-course-registrations';
import { PlainList } from '../../components/plain-list';

const stateTone = { upcoming: 'neutral', due: 'warning', overdue: 'danger' } as const satisfies Record<string, BadgeTone>;

type Editing = { kind: RegistrationKindValue; existing: CourseRegistration | null } | null;

/** The course's registrations (intake, status, exit), the one due next, and the buttons to make them. */
export function CourseRegistrationsPanel({ course, canChange }: { course: SupportCourse; canChange: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const registrations = useCourseRegistrations(course.id);
  const [editing, setEditing] = useState<Editing>(null);
  const headingId = `registrations-${course.id}`;
  const data = registrations.data;
  const hasIntake = data?.items.some((r) => r.kind === 'intake') ?? false;
  const isOpen = course.endedOn === null && !(data?.items.some((r) => r.kind === 'exit') ?? false);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId} data-testid="course-registrations">
      <Stack gap="sm">
        <div>
          <Title order={4} size="h5" id={headingId}>
            {t('courseRegistrations.title')}
          </Title>
          {data ? (
            <Text size="sm" c="dimmed">
              {t('courseRegistrations.hint', { months: data.intervalMonths })}
            </Text>
          ) : null}
        </div>
        <ErrorAlert error={registrations.error} />
        {registrations.isPending ? <Loading /> : null}
        {data?.next ? (
          <Group gap="xs" data-testid="registration-next">
            <StatusBadge tone={stateTone[data.next.state]}>{t(`courseRegistrations.state.${data.next.state}`)}</StatusBadge>
            <Text size="sm">
              {t('courseRegistrations.next', {
                kind: t(`courseRegistrations.kind.${data.next.kind}`).toLowerCase(),
                date: formatIsoDate(data.next.dueOn, locale),
              })}
            </Text>
          </Group>
        ) : null}
        {data && data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('courseRegistrations.empty')}
          </Text>
        ) : null}
        {data && data.items.length > 0 ? (
          <PlainList gap={6}>
            {data.items.map((registration) => {
              const rated = registration.lifeAreas.filter((l) => l.citizenRating !== null).length;
              return (
                <li key={registration.id} data-testid="course-registration">
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <div>
                      <Text size="sm" fw={600}>
                        {t(`courseRegistrations.kind.${registration.kind}`)} · {formatIsoDate(registration.registeredOn, locale)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          registration.kind === 'exit' && registration.exitReason
                            ? t(`courseRegistrations.exitReason.${registration.exitReason}`)
                            : t('courseRegistrations.citizenRatedCount', { count: rated }),
                          (registration.updatedBy ?? registration.createdBy)
                            ? t('courseRegistrations.by', { name: registration.updatedBy ?? registration.createdBy })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </div>
                    {canChange ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden="true" />}
                        aria-label={`${t('courseRegistrations.edit')}: ${t(`courseRegistrations.kind.${registration.kind}`)} ${formatIsoDate(registration.registeredOn, locale)}`}
                        onClick={() => setEditing({ kind: registration.kind, existing: registration })}
                      >
                        {t('courseRegistrations.edit')}
                      </Button>
                    ) : null}
                  </Group>
                </li>
              );
            })}
          </PlainList>
        ) : null}
        {canChange && data && isOpen ? (
          <Group gap="xs">
            {(hasIntake ? (['status', 'exit'] as const) : (['intake'] as const)).map((kind) => (
              <Button
                key={kind}
                size="sm"
                variant={kind === data.next?.kind ? 'filled' : 'default'}
                leftSection={<IconClipboardCheck size={16} aria-hidden="true" />}
                onClick={() => setEditing({ kind, existing: null })}
              >
                {t(`courseRegistrations.register.${kind}`)}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
      {editing ? (
        <RegistrationFormModal course={course} kind={editing.kind} existing={editing.existing} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  );
}
