import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication, TaskforceContact } from '@hjemvej/contract';
import { parseSeasonKey, seasonKey } from '@hjemvej/domain';
import { FieldMessage } from '../../components/field-message';
import { FormModal } from '../../components/form-modal';
import { themeFields } from './taskforce-application-card';
import { seasonLabel, seasonOptions } from './season-label';
import { LongText } from './taskforce-goals';
import { useSaveTaskforceApplication } from './use-taskforce';
import { useTaskforceForm } from './use-taskforce-form';

const emptyContact: TaskforceContact = { name: '', title: '', email: '', phone: '' };

const contactFields = [
  { field: 'name', type: undefined },
  { field: 'title', type: undefined },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel' },
] as const;

const contactLabels = {
  name: 'taskforce.field.contactName',
  title: 'taskforce.field.contactTitle',
  email: 'taskforce.field.contactEmail',
  phone: 'taskforce.field.contactPhone',
} as const;

/** Apply for a course, or change the application while it waits: needs per theme, expectations, contacts. */
export function TaskforceApplicationForm({
  application,
  onClose,
}: {
  application: TaskforceApplication | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveTaskforceApplication();
  const { form, modal } = useTaskforceForm({
    initialValues: {
      needs: application?.needs ?? { housingSupply: '', supportMethods: '', organisation: '', legalQuality: '' },
      expectations: application?.expectations ?? '',
      contacts: application?.contacts ?? [{ ...emptyContact }],
      preferredSeason: application?.preferredSeason ? seasonKey(application.preferredSeason) : null,
    },
    mutation: save,
    send: ({ preferredSeason, ...values }) => {
      const body = { ...values, preferredSeason: preferredSeason ? parseSeasonKey(preferredSeason) : null };
      return application
        ? save.mutateAsync({ id: application.id, body: { ...body, version: application.version } })
        : save.mutateAsync({ id: null, body });
    },
    saved: application ? t('taskforce.saved') : t('taskforce.sent'),
    submitLabel: application ? t('taskforce.save') : t('taskforce.send'),
    size: 'xl',
    onClose,
  });
  const { contacts } = form.values;
  const options = seasonOptions(t);
  if (application?.preferredSeason && !options.some((o) => o.value === form.values.preferredSeason))
    options.unshift({ value: seasonKey(application.preferredSeason), label: seasonLabel(t, application.preferredSeason) });

  return (
    <FormModal title={application ? t('taskforce.editApplication') : t('taskforce.newApplication')} {...modal}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={3} size="h5" component="legend" mb="xs">
          {t('taskforce.field.needs')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('taskforce.needsHint')}
        </Text>
        {/* The refusal of the needs as a whole (none written) stands above the four fields. */}
        <FieldMessage message={form.fieldError('needs')} mb="xs" />
        <Stack gap="sm">
          {themeFields.map((theme, index) => (
            <LongText
              key={theme}
              data-autofocus={index === 0 ? true : undefined}
              label={t(`taskforce.theme.${theme}`)}
              description={t(`taskforce.themeHint.${theme}`)}
              {...form.getInputProps(`needs.${theme}`)}
            />
          ))}
        </Stack>
      </fieldset>
      <LongText required label={t('taskforce.field.expectations')} minRows={3} {...form.getInputProps('expectations')} />
      <Select
        label={t('taskforce.field.preferredSeason')}
        placeholder={t('taskforce.noPreference')}
        data={options}
        clearable
        {...form.getInputProps('preferredSeason')}
      />
      <Title order={3} size="h5">
        {t('taskforce.field.contacts')}
      </Title>
      <FieldMessage message={form.fieldError('contacts')} />
      {contacts.map((_, index) => (
        <Paper key={index} withBorder p="sm" radius="sm">
          <Group justify="space-between" mb="xs">
            <Text size="sm" fw={600}>
              {t('taskforce.contactNumber', { number: index + 1 })}
            </Text>
            {contacts.length > 1 ? (
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => form.removeListItem('contacts', index)}
                aria-label={t('taskforce.removeContact', { number: index + 1 })}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            ) : null}
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {contactFields.map(({ field, type }) => (
              <TextInput
                key={field}
                type={type}
                required={field === 'name'}
                label={t(contactLabels[field])}
                {...form.getInputProps(`contacts.${index}.${field}`)}
              />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => form.insertListItem('contacts', { ...emptyContact })}
          disabled={contacts.length >= 10}
        >
          {t('taskforce.addContact')}
        </Button>
      </Group>
    </FormModal>
  );
}
