import { useState, type FormEvent } from 'react';
import { Button, Chip, Group, Input, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { supportMethods } from '@hjemvej/domain';
import type { Programme, ProgrammeMember } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useProgrammeCandidates, useSaveMember } from './use-programmes';

type Role = ProgrammeMember['role'];

/** Add a municipality or § 110 shelter to a programme, or change a member's role, methods and dates. */
export function MemberFormModal({
  programme,
  member,
  onClose,
}: {
  programme: Programme;
  member: ProgrammeMember | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveMember(programme.id);
  const candidates = useProgrammeCandidates();
  const [organisationId, setOrganisationId] = useState<string | null>(member?.organisationId ?? null);
  const [role, setRole] = useState<Role>(member?.role ?? 'participant');
  const [methods, setMethods] = useState<string[]>(member?.methods ?? []);
  const [joinedOn, setJoinedOn] = useState(member?.joinedOn ?? programme.startsOn);
  const [leftOn, setLeftOn] = useState(member?.leftOn ?? '');
  const fields = fieldErrorsOf(save.error);
  const memberIds = new Set(programme.members.map((m) => m.organisationId));
  const available = (candidates.data?.organisations ?? []).filter((o) => !memberIds.has(o.id));
  const options = [
    {
      group: t('programmes.members.municipalities'),
      items: available.filter((o) => o.kind === 'municipality').map((o) => ({ value: o.id, label: o.name })),
    },
    {
      group: t('programmes.members.shelters'),
      items: available.filter((o) => o.kind === 'shelter').map((o) => ({ value: o.id, label: o.name })),
    },
  ];
  const methodError = Object.entries(fields).find(([path]) => path === 'methods' || path.startsWith('methods.'))?.[1];

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const dates = { joinedOn, leftOn: leftOn === '' ? null : leftOn };
    try {
      if (member) await save.mutateAsync({ memberId: member.id, body: { role, methods, ...dates } });
      else await save.mutateAsync({ memberId: null, body: { organisationId: organisationId ?? '', role, methods, ...dates } });
      notify(t('programmes.members.saved'));
      onClose();
    } catch {
      // Shown from save.error.
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={member ? t('programmes.members.editTitle', { name: member.organisationName }) : t('programmes.members.addTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          {member ? null : (
            <Select
              required
              data-autofocus
              label={t('programmes.members.organisation')}
              data={options}
              value={organisationId}
              onChange={setOrganisationId}
              searchable
              comboboxProps={{ withinPortal: true }}
              error={fieldError(fields, 'organisationId')}
            />
          )}
          <Select
            required
            label={t('programmes.members.role')}
            data={(['participant', 'ambassador'] as const).map((r) => ({ value: r, label: t(`programmes.role.${r}`) }))}
            value={role}
            onChange={(value) => setRole(value === 'ambassador' ? 'ambassador' : 'participant')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={fieldError(fields, 'role')}
          />
          <Input.Wrapper label={t('programmes.members.methods')} error={methodError}>
            <Chip.Group multiple value={methods} onChange={setMethods}>
              <Group gap="xs" mt={4}>
                {supportMethods.map((m) => (
                  <Chip key={m} value={m}>
                    {t(`programmes.method.${m}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateField
              required
              label={t('programmes.members.joinedOn')}
              value={joinedOn}
              onChange={(value) => setJoinedOn(value)}
              error={fieldError(fields, 'joinedOn')}
            />
            <DateField
              label={t('programmes.members.leftOn')}
              value={leftOn}
              onChange={(value) => setLeftOn(value)}
              error={fieldError(fields, 'leftOn')}
            />
          </SimpleGrid>
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
