import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { programmeActivityKinds, programmeNoteMaxLength, programmeTopicMaxLength } from '@hjemvej/domain';
import type { Programme, ProgrammeActivity } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { useLogActivity } from './use-programmes';

type Kind = ProgrammeActivity['kind'];

/** Logs one of the travelling team's activities: kind, date, the members taking part, topic and note, and no personal data. */
export function ActivityForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const log = useLogActivity(programme.id);
  const today = todayInDenmark();
  const initialDate = today < programme.startsOn ? programme.startsOn : today > programme.endsOn ? programme.endsOn : today;
  const [kind, setKind] = useState<Kind>('visit');
  const [occurredOn, setOccurredOn] = useState(initialDate);
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [topic, setTopic] = useState('');
  const [note, setNote] = useState('');
  const fields = fieldErrorsOf(log.error);
  const memberError = Object.entries(fields).find(([path]) => path.startsWith('memberIds'))?.[1];

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await log.mutateAsync({ kind, occurredOn, memberIds, topic, note });
      notify(t('programmes.activities.logged'));
      setTopic('');
      setNote('');
      setMemberIds([]);
      log.reset();
    } catch {
      // Shown from log.error.
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-form-title">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <Title order={3} size="h4" id="activity-form-title">
            {t('programmes.activities.formTitle')}
          </Title>
          <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden="true" />} data-testid="no-personal-data">
            {t('programmes.activities.noPersonalData')}
          </Alert>
          <ErrorAlert error={log.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              required
              label={t('programmes.activities.kind')}
              data={programmeActivityKinds.map((k) => ({ value: k, label: t(`programmes.activityKind.${k}`) }))}
              value={kind}
              onChange={(value) => setKind(programmeActivityKinds.find((k) => k === value) ?? 'visit')}
              allowDeselect={false}
              error={fieldError(fields, 'kind')}
            />
            <DateField
              required
              label={t('programmes.activities.occurredOn')}
              value={occurredOn}
              onChange={(value) => setOccurredOn(value)}
              error={fieldError(fields, 'occurredOn')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('programmes.activities.members')}
            data={programme.members.map((m) => ({ value: m.id, label: m.organisationName }))}
            value={memberIds}
            onChange={setMemberIds}
            searchable
            clearable
            error={memberError}
          />
          <TextInput
            required
            label={t('programmes.activities.topic')}
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value)}
            maxLength={programmeTopicMaxLength}
            error={fieldError(fields, 'topic')}
          />
          <Textarea
            label={t('programmes.activities.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={programmeNoteMaxLength}
            autosize
            minRows={2}
            error={fieldError(fields, 'note')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={log.isPending}>
              {t('programmes.activities.log')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
