import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportMethod } from '@hjemvej/domain';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { useSession } from '../../auth/session';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { useCourseDecisionOptions } from './course-decision';
import { methodOptions } from './support-options';
import { useActiveColleagues, useCreateSupportCourse, useTeamUnits } from './use-support-courses';
import { DateField } from '../../components/date-field';

/** Starts a support course under § 85 a: the decision it delivers, method, team, named worker and start. */
export function SupportCourseFormModal({ citizenId, onClose }: { citizenId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { user } = useSession();
  const create = useCreateSupportCourse(citizenId);
  const units = useTeamUnits(true);
  const colleagues = useActiveColleagues(true);
  const decisions = useCourseDecisionOptions(citizenId);
  const [method, setMethod] = useState<SupportMethod | null>(null);
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [teamUnitId, setTeamUnitId] = useState<string | null>(null);
  const [workerUserId, setWorkerUserId] = useState<string | null>(null);
  const [startedOn, setStartedOn] = useState(todayInDenmark());
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const fields = fieldErrorsOf(create.error);

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

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!method || !teamUnitId || !workerUserId) {
      setMissing(true);
      return;
    }
    try {
      await create.mutateAsync({
        method,
        decisionId,
        teamUnitId,
        workerUserId,
        startedOn,
        note: note.trim() === '' ? null : note.trim(),
      });
      notify(t('supportCourses.created'));
      onClose();
    } catch {
      // Shown from create.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('supportCourses.createTitle')} size="lg">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={create.error} />
          <ErrorAlert error={units.error ?? colleagues.error ?? decisions.error} />
          <Select
            label={t('supportCourses.field.decision')}
            description={t('supportCourses.decisionHint')}
            data={decisions.options}
            value={decisionId}
            onChange={(value) => {
              setDecisionId(value);
              // The course delivers the decision: its method follows the decision's.
              const granted = decisions.grants.find((d) => d.id === value);
              if (granted?.method) setMethod(granted.method);
            }}
            placeholder={decisions.options.length === 0 ? t('supportCourses.noGrants') : t('supportCourses.chooseDecision')}
            clearable
            error={fieldError(fields, 'decisionId')}
            data-autofocus
          />
          <Radio.Group
            label={t('supportCourses.field.method')}
            required
            value={method}
            onChange={(value) => {
              const next = methodOptions.find((option) => option === value) ?? null;
              setMethod(next);
              // A decision of another method no longer fits; one that fits is proposed when it is the only one.
              const fitting = decisions.grants.filter((d) => d.method === next);
              const current = decisions.grants.find((d) => d.id === decisionId);
              if (current && current.method !== next) setDecisionId(fitting.length === 1 ? (fitting[0]?.id ?? null) : null);
              if (!current && fitting.length === 1) setDecisionId(fitting[0]?.id ?? null);
            }}
            error={fieldError(fields, 'method') ?? (missing && !method ? t('validation.chooseOne') : undefined)}
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
              value={teamUnitId}
              onChange={(value) => {
                setTeamUnitId(value);
                if (value && !workerUserId) {
                  const me = activeColleagues.find((c) => c.id === user?.id && c.units.some((unit) => unit.id === value));
                  if (me) setWorkerUserId(me.id);
                }
              }}
              searchable
              allowDeselect={false}
              error={fieldError(fields, 'teamUnitId') ?? (missing && !teamUnitId ? t('validation.chooseOne') : undefined)}
            />
            <Select
              label={t('supportCourses.field.worker')}
              required
              data={workerData}
              value={workerUserId}
              onChange={setWorkerUserId}
              searchable
              allowDeselect={false}
              error={fieldError(fields, 'workerUserId') ?? (missing && !workerUserId ? t('validation.chooseOne') : undefined)}
            />
            <DateField
              label={t('supportCourses.field.startedOn')}
              required
              value={startedOn}
              onChange={(value) => setStartedOn(value)}
              error={fieldError(fields, 'startedOn')}
            />
          </SimpleGrid>
          <Textarea
            autosize
            minRows={2}
            label={t('supportCourses.field.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError(fields, 'note')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('supportCourses.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
