import { useState, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme, ProgrammeSummary } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useSession } from '../../auth/session';
import { todayInDenmark } from '../../format/date';
import { useProgrammeCandidates, useSaveProgramme } from './use-programmes';

/** Create a programme or change its name, period, owner and description. */
export function ProgrammeFormModal({ programme, onClose }: { programme: ProgrammeSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const { user } = useSession();
  const save = useSaveProgramme();
  const candidates = useProgrammeCandidates();
  const today = todayInDenmark();
  const [name, setName] = useState(programme?.name ?? '');
  const [startsOn, setStartsOn] = useState(programme?.startsOn ?? today);
  const [endsOn, setEndsOn] = useState(programme?.endsOn ?? `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`);
  const [ownerUserId, setOwnerUserId] = useState<string | null>(programme?.ownerUserId ?? user?.id ?? null);
  const [description, setDescription] = useState(programme?.description ?? '');
  const fields = fieldErrorsOf(save.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, startsOn, endsOn, ownerUserId: ownerUserId ?? '', description };
    try {
      const saved: Programme = programme
        ? await save.mutateAsync({ id: programme.id, body: { version: programme.version, ...body } })
        : await save.mutateAsync({ id: null, body });
      notify(t('programmes.saved'));
      onClose();
      if (!programme) void navigate(`/programmes/${saved.id}`);
    } catch {
      // Shown from save.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={programme ? t('programmes.editTitle') : t('programmes.createTitle')} size="lg">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          <TextInput
            required
            data-autofocus
            label={t('programmes.field.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(fields, 'name')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateField
              required
              label={t('programmes.field.startsOn')}
              value={startsOn}
              onChange={(value) => setStartsOn(value)}
              error={fieldError(fields, 'startsOn')}
            />
            <DateField
              required
              label={t('programmes.field.endsOn')}
              value={endsOn}
              onChange={(value) => setEndsOn(value)}
              error={fieldError(fields, 'endsOn')}
            />
          </SimpleGrid>
          <Select
            required
            label={t('programmes.field.owner')}
            data={(candidates.data?.owners ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={ownerUserId}
            onChange={setOwnerUserId}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            error={fieldError(fields, 'ownerUserId')}
          />
          <Textarea
            label={t('programmes.field.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError(fields, 'description')}
            autosize
            minRows={3}
            maxLength={4000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('programmes.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
