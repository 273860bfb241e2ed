import { Chip, Group, Input, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { supportMethods } from '@hjemvej/domain';
import type { Programme, ProgrammeMember } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';

import { DatePairFields } from '../../forms/date-pair-fields';
import { useFormModal } from '../../forms/use-form-modal';
import { useProgrammeCandidates, useSaveMember } from './use-programmes';

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
  const save = useSaveMember(programme.id);
  const candidates = useProgrammeCandidates();
  const { form, modal } = useFormModal({
    initialValues: {
      organisationId: member?.organisationId ?? null,
      role: member?.role ?? 'participant',
      methods: member?.methods ?? [],
      joinedOn: member?.joinedOn ?? programme.startsOn,
      leftOn: member?.leftOn ?? '',
    },
    mutation: save,
    send: ({ organisationId, role, methods, joinedOn, leftOn }) => {
      const dates = { joinedOn, leftOn: leftOn === '' ? null : leftOn };
      return member
        ? save.mutateAsync({ memberId: member.id, body: { role, methods, ...dates } })
        : save.mutateAsync({ memberId: null, body: { organisationId: organisationId ?? '', role, methods, ...dates } });
    },
    saved: t('programmes.members.saved'),
    onClose,
    submitLabel: t('programmes.save'),
    size: 'lg',
  });
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

  return (
    <FormModal
      title={member ? t('programmes.members.editTitle', { name: member.organisationName }) : t('programmes.members.addTitle')}
      {...modal}
    >
      {member ? null : (
        <Select
          required
          data-autofocus
          label={t('programmes.members.organisation')}
          data={options}
          searchable
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('organisationId')}
        />
      )}
      <Select
        required
        label={t('programmes.members.role')}
        data={(['participant', 'ambassador'] as const).map((r) => ({ value: r, label: t(`programmes.role.${r}`) }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('role')}
        onChange={(value) => form.setFieldValue('role', value === 'ambassador' ? 'ambassador' : 'participant')}
      />
      <Input.Wrapper label={t('programmes.members.methods')} error={form.fieldError('methods')}>
        <Chip.Group multiple value={form.values.methods} onChange={(value) => form.setFieldValue('methods', value)}>
          <Group gap="xs" mt={4}>
            {supportMethods.map((m) => (
              <Chip key={m} value={m}>
                {t(`programmes.method.${m}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <DatePairFields
        form={form}
        fields={[
          { path: 'joinedOn', label: t('programmes.members.joinedOn'), required: true },
          { path: 'leftOn', label: t('programmes.members.leftOn') },
        ]}
      />
    </FormModal>
  );
}
