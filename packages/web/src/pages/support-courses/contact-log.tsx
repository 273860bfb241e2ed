import { Button, Group, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupportContact, SupportCourse } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { StatusBadge } from '../../components/status-badge';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { contactKindOptions } from './support-options';
import { useAddContact } from './use-support-courses';
import { DateField } from '../../components/date-field';
import { blankToNull } from '../../forms/blank-to-null';

/** Quick to fill in on a phone in the field: today and "visit" are preset, one tap to save. */
function QuickAddContact({ course }: { course: SupportCourse }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const add = useAddContact();
  const kind: SupportContact['kind'] = 'visit';
  const form = useApiForm({
    initialValues: { contactOn: todayInDenmark(), kind, note: '' },
    error: add.error,
  });
  const formId = `contact-${course.id}`;

  const handleSubmit = async ({ contactOn, kind, note }: typeof form.values) => {
    await add.mutateAsync({ id: course.id, body: { contactOn, kind, note: blankToNull(note) } });
    notify(t('supportCourses.contactAdded'));
    form.setFieldValue('note', '');
    add.reset();
  };

  return (
    <form onSubmit={form.onSave(handleSubmit)} noValidate aria-labelledby={`${formId}-title`} className="contact-quick-add">
      <Stack gap="sm">
        <Text id={`${formId}-title`} fw={600}>
          {t('supportCourses.contactAdd')}
        </Text>
        <ErrorAlert error={add.error && !form.fieldError('contactOn') ? add.error : null} />
        <Radio.Group
          label={t('supportCourses.field.contactKind')}
          value={form.values.kind}
          onChange={(value) => form.setFieldValue('kind', contactKindOptions.find((option) => option === value) ?? 'visit')}
        >
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt={4}>
            {contactKindOptions.map((value) => (
              <Radio.Card key={value} value={value} p="sm" radius="md" className="contact-kind-card">
                <Group wrap="nowrap" gap="xs">
                  <Radio.Indicator size="sm" />
                  <Text fw={500}>{t(`supportCourses.contactKind.${value}`)}</Text>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <DateField
          size="md"
          label={t('supportCourses.field.contactOn')}
          required
          min={course.startedOn}
          max={todayInDenmark()}
          {...form.getInputProps('contactOn')}
        />
        <Textarea size="md" autosize minRows={2} label={t('supportCourses.field.contactNote')} {...form.getInputProps('note')} />
        <Group>
          <Button
            type="submit"
            size="md"
            leftSection={<IconPlus size={18} aria-hidden="true" />}
            loading={add.isPending}
            className="touch-full"
          >
            {t('supportCourses.contactSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The log of contacts and visits, newest first, with the quick-add form above it. */
export function ContactLog({ course, canChange }: { course: SupportCourse; canChange: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const headingId = `contacts-${course.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('supportCourses.contactsTitle', { count: course.contacts.length })}
      </Title>
      <Stack gap="md">
        {canChange && course.endedOn === null ? <QuickAddContact course={course} /> : null}
        {course.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('supportCourses.contactsEmpty')}
          </Text>
        ) : (
          <ol className="contact-list" data-testid="contact-list">
            {course.contacts.map((contact) => (
              <li key={contact.id} className="contact-item">
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {formatIsoDate(contact.contactOn, locale)}
                  </Text>
                  <StatusBadge tone="info">{t(`supportCourses.contactKind.${contact.kind}`)}</StatusBadge>
                  {contact.by ? (
                    <Text size="sm" c="dimmed">
                      {contact.by.displayName}
                    </Text>
                  ) : null}
                </Group>
                {contact.note ? (
                  <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line' }}>
                    {contact.note}
                  </Text>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </section>
  );
}
