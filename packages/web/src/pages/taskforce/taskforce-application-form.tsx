import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication, TaskforceContact } from '@hjemvej/contract';
import { parseSeasonKey, seasonKey } from '@hjemvej/domain';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { themeFields } from './taskforce-application-card';
import { seasonLabel, seasonOptions } from './season-label';
import { useSaveTaskforceApplication } from './use-taskforce';

const emptyContact: TaskforceContact = { name: '', title: '', email: '', phone: '' };

/** Apply for a course, or change the application while it waits: needs per theme, expectations, contacts. */
export function TaskforceApplicationForm({
  application,
  onClose,
}: {
  application: TaskforceApplication | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveTaskforceApplication();
  const [needs, setNeeds] = useState<TaskforceApplication['needs']>(
    application?.needs ?? { housingSupply: '', supportMethods: '', organisation: '', legalQuality: '' },
  );
  const [expectations, setExpectations] = useState(application?.expectations ?? '');
  const [contacts, setContacts] = useState<TaskforceContact[]>(application?.contacts ?? [{ ...emptyContact }]);
  const [preferred, setPreferred] = useState<string | null>(
    application?.preferredSeason ? seasonKey(application.preferredSeason) : null,
  );
  const fields = fieldErrorsOf(save.error);
  const options = seasonOptions(t);
  if (application?.preferredSeason && !options.some((o) => o.value === preferred))
    options.unshift({ value: seasonKey(application.preferredSeason), label: seasonLabel(t, application.preferredSeason) });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { needs, expectations, contacts, preferredSeason: preferred ? parseSeasonKey(preferred) : null };
    try {
      if (application) await save.mutateAsync({ id: application.id, body: { ...body, version: application.version } });
      else await save.mutateAsync({ id: null, body });
      notify(application ? t('taskforce.saved') : t('taskforce.sent'));
      onClose();
    } catch {
      // Shown from save.error.
    }
  };
  const setContact = (index: number, change: Partial<TaskforceContact>) =>
    setContacts(contacts.map((c, i) => (i === index ? { ...c, ...change } : c)));

  return (
    <AppModal
      opened
      onClose={onClose}
      title={application ? t('taskforce.editApplication') : t('taskforce.newApplication')}
      size="xl"
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} size="h5" component="legend" mb="xs">
              {t('taskforce.field.needs')}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {t('taskforce.needsHint')}
            </Text>
            {fieldError(fields, 'needs') ? (
              <Text size="sm" c="red.8" mb="xs" role="alert">
                {fieldError(fields, 'needs')}
              </Text>
            ) : null}
            <Stack gap="sm">
              {themeFields.map((theme, index) => (
                <Textarea
                  key={theme}
                  data-autofocus={index === 0 ? true : undefined}
                  label={t(`taskforce.theme.${theme}`)}
                  description={t(`taskforce.themeHint.${theme}`)}
                  value={needs[theme]}
                  onChange={(e) => setNeeds({ ...needs, [theme]: e.currentTarget.value })}
                  error={fieldError(fields, `needs.${theme}`)}
                  autosize
                  minRows={2}
                />
              ))}
            </Stack>
          </fieldset>
          <Textarea
            required
            label={t('taskforce.field.expectations')}
            value={expectations}
            onChange={(e) => setExpectations(e.currentTarget.value)}
            error={fieldError(fields, 'expectations')}
            autosize
            minRows={3}
          />
          <Select
            label={t('taskforce.field.preferredSeason')}
            placeholder={t('taskforce.noPreference')}
            data={options}
            value={preferred}
            onChange={setPreferred}
            clearable
            error={fieldError(fields, 'preferredSeason')}
          />
          <Title order={3} size="h5">
            {t('taskforce.field.contacts')}
          </Title>
          {fieldError(fields, 'contacts') ? (
            <Text size="sm" c="red.8" role="alert">
              {fieldError(fields, 'contacts')}
            </Text>
          ) : null}
          {contacts.map((c, index) => (
            <Paper key={index} withBorder p="sm" radius="sm">
              <Group justify="space-between" mb="xs">
                <Text size="sm" fw={600}>
                  {t('taskforce.contactNumber', { number: index + 1 })}
                </Text>
                {contacts.length > 1 ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => setContacts(contacts.filter((_, i) => i !== index))}
                    aria-label={t('taskforce.removeContact', { number: index + 1 })}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                ) : null}
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  required
                  label={t('taskforce.field.contactName')}
                  value={c.name}
                  onChange={(e) => setContact(index, { name: e.currentTarget.value })}
                  error={fieldError(fields, `contacts.${index}.name`)}
                />
                <TextInput
                  label={t('taskforce.field.contactTitle')}
                  value={c.title}
                  onChange={(e) => setContact(index, { title: e.currentTarget.value })}
                  error={fieldError(fields, `contacts.${index}.title`)}
                />
                <TextInput
                  type="email"
                  label={t('taskforce.field.contactEmail')}
                  value={c.email}
                  onChange={(e) => setContact(index, { email: e.currentTarget.value })}
                  error={fieldError(fields, `contacts.${index}.email`)}
                />
                <TextInput
                  type="tel"
                  label={t('taskforce.field.contactPhone')}
                  value={c.phone}
                  onChange={(e) => setContact(index, { phone: e.currentTarget.value })}
                  error={fieldError(fields, `contacts.${index}.phone`)}
                />
              </SimpleGrid>
            </Paper>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setContacts([...contacts, { ...emptyContact }])}
              disabled={contacts.length >= 10}
            >
              {t('taskforce.addContact')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {application ? t('taskforce.save') : t('taskforce.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
