import { Group, Radio, Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportMethod } from '@hjemvej/domain';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { useCourseDecisionOptions } from './course-decision';
import { methodOptions } from './support-options';
import { useActiveColleagues, useCreateSupportCourse, useTeamUnits } from './use-support-courses';
import { DateField } from '../../components/date-field';
import { blankToNull } from '../../forms/blank-to-null';
import { requiredChoice } from '../../forms/required-choice';

/** Starts a support course under § 85 a: the decision it delivers, method, team, named worker and start. */
export function SupportCourseFormModal({ citizenId, onClose }: { citizenId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const create = useCreateSupportCourse(citizenId);
  const units = useTeamUnits(true);
  const colleagues = useActiveColleagues(true);
  const decisions = useCourseDecisionOptions(citizenId);
  const chosen = requiredChoice(t);
  const { form, modal } = useFormModal({
    initialValues: {
      method: null as SupportMethod | null,
      decisionId: null as string | null,
      teamUnitId: null as string | null,
      workerUserId: null as string | null,
      startedOn: todayInDenmark(),
      note: '',
    },
    validate: { method: chosen, teamUnitId: chosen, workerUserId: chosen },
    mutation: create,
    send: ({ startedOn, note, ...choices }) =>
      choices.method && choices.teamUnitId && choices.workerUserId
        ? create.mutateAsync({
            method: choices.method,
            decisionId: choices.decisionId,
            teamUnitId: choices.teamUnitId,
            workerUserId: choices.workerUserId,
            startedOn,
            note: blankToNull(note),
          })
        : null,
    saved: t('supportCourses.created'),
    onClose,
    submitLabel: t('supportCourses.create'),
    size: 'lg',
    actionsMt: 'sm',
  });
  const { decisionId, teamUnitId, workerUserId } = form.values;

  const activeUnits = (units.data ?? []).filter((unit) => unit.isActive);
  const activeColleagues = (colleagues.data ?? []).filter((colleague) => colleague.isActive);
  // The team's members first; everyone else can still be chosen.
  const inTeam = activeColleagues.filter((colleague) => colleague.units.some((unit) => unit.id === teamUnitId));
  const others = activeColleagues.filter((colleague) => !inTeam.includes(colleague));
  const workerData = [
    ...(inTeam.length > 0
      ? [{ group: t('supportCourses.workerInTeam'), items: inTeam.map((u) => ({ value: u.id, label: u.displayName })) }]
      : []),
    { group: t('supportCourses.workerOthers'), items: others.map((u) => ({ value: u.id, label: u.displayName })) },
  ].filter((group) => group.items.length > 0);

  return (
    <FormModal title={t('supportCourses.createTitle')} {...modal}>
      <ErrorAlert error={units.error ?? colleagues.error ?? decisions.error} />
      <Select
        label={t('supportCourses.field.decision')}
        description={t('supportCourses.decisionHint')}
        data={decisions.options}
        {...form.getInputProps('decisionId')}
        onChange={(value: string | null) => {
          form.setFieldValue('decisionId', value);
          // The course delivers the decision: its method follows the decision's.
          const granted = decisions.grants.find((d) => d.id === value);
          if (granted?.method) form.setFieldValue('method', granted.method);
        }}
        placeholder={decisions.options.length === 0 ? t('supportCourses.noGrants') : t('supportCourses.chooseDecision')}
        clearable
        data-autofocus
      />
      <Radio.Group
        label={t('supportCourses.field.method')}
        required
        {...form.getInputProps('method')}
        onChange={(value) => {
          const next = methodOptions.find((option) => option === value) ?? null;
          form.setFieldValue('method', next);
          // A decision of another method no longer fits; one that fits is proposed when it is the only one.
          const fitting = decisions.grants.filter((d) => d.method === next);
          const current = decisions.grants.find((d) => d.id === decisionId);
          if (current && current.method !== next)
            form.setFieldValue('decisionId', fitting.length === 1 ? (fitting[0]?.id ?? null) : null);
          if (!current && fitting.length === 1) form.setFieldValue('decisionId', fitting[0]?.id ?? null);
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          {methodOptions.map((option) => (
            <Radio.Card key={option} value={option} p="sm" radius="md" className="support-method-card">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t(`supportCourses.method.${option}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`supportCourses.methodHint.${option}`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={t('supportCourses.field.team')}
          required
          data={activeUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
          {...form.getInputProps('teamUnitId')}
          onChange={(value: string | null) => {
            form.setFieldValue('teamUnitId', value);
            if (value && !workerUserId) {
              const me = activeColleagues.find((c) => c.id === user?.id && c.units.some((unit) => unit.id === value));
              if (me) form.setFieldValue('workerUserId', me.id);
            }
          }}
          searchable
          allowDeselect={false}
        />
        <Select
          label={t('supportCourses.field.worker')}
          required
          data={workerData}
          {...form.getInputProps('workerUserId')}
          searchable
          allowDeselect={false}
        />
        <DateField label={t('supportCourses.field.startedOn')} required {...form.getInputProps('startedOn')} />
      </SimpleGrid>
      <Textarea autosize minRows={2} label={t('supportCourses.field.note')} {...form.getInputProps('note')} />
    </FormModal>
  );
}
