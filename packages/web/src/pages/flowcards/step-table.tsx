import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlowcardStepView, FlowcardUnit } from '@hjemvej/contract';
import type { FlowcardPlan } from '@hjemvej/domain';
import { DataTable } from '../../components/data-table';

export function unitLabel(unit: FlowcardUnit | undefined, unknown: string): string {
  if (!unit) return unknown;
  return unit.isOwn ? unit.name : `${unit.name} (${unit.organisationName})`;
}

/** The flowcard as a table: the swimlane diagram's text alternative, and what the wall print lists under it. */
export function StepTable({
  steps,
  units,
  plan,
}: {
  steps: readonly FlowcardStepView[];
  units: readonly FlowcardUnit[];
  plan: FlowcardPlan;
}) {
  const { t } = useTranslation();
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  const titleOf = new Map(steps.map((step, index) => [step.key, `${index + 1}. ${step.title}`]));
  return (
    <DataTable
      caption={t('flowcards.table.caption')}
      minWidth={760}
      testId="flowcard-steps"
      items={steps.map((step, index) => ({ step, planned: plan.steps[index] }))}
      rowKey={({ step }) => step.key}
      columns={[
        {
          header: t('flowcards.table.step'),
          rowHeader: true,
          cell: ({ step }) => (
            <Stack gap={4}>
              <span>{titleOf.get(step.key)}</span>
              {step.description ? (
                <Text size="sm" fw={400} c="dimmed" className="course-list-item">
                  {step.description}
                </Text>
              ) : null}
              <StepDetails step={step} />
            </Stack>
          ),
        },
        {
          header: t('flowcards.table.unit'),
          cell: ({ step }) => unitLabel(unitOf.get(step.responsibleUnitId), t('flowcards.unitOption.unknown')),
        },
        {
          header: t('flowcards.table.waitsFor'),
          cell: ({ step }) =>
            step.dependsOn.length === 0
              ? t('flowcards.table.none')
              : step.dependsOn.map((key) => titleOf.get(key) ?? key).join(', '),
        },
        {
          header: t('flowcards.table.deadline'),
          cell: ({ step }) => {
            const anchor = step.deadlineFrom.kind === 'step_done' ? (titleOf.get(step.deadlineFrom.stepKey) ?? '') : null;
            return (
              <>
                <div>
                  {anchor === null
                    ? t('flowcards.table.deadlineFromStart', { days: step.deadlineWorkingDays })
                    : t('flowcards.table.deadlineFromStep', { days: step.deadlineWorkingDays, step: anchor })}
                </div>
                {step.urgentDeadlineWorkingDays !== null ? (
                  <Text size="sm">{t('flowcards.table.urgent', { days: step.urgentDeadlineWorkingDays })}</Text>
                ) : null}
              </>
            );
          },
        },
        {
          header: t('flowcards.table.planned'),
          cell: ({ planned }) => (
            <>
              {planned ? t('flowcards.table.plannedDays', { start: planned.startDay, end: planned.endDay }) : '–'}
              {planned?.isDeadlineBeforeStart ? (
                <Text size="sm" c="red.9" fw={500}>
                  {`! ${t('flowcards.swimlane.lateMark')}`}
                </Text>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

function StepDetails({ step }: { step: FlowcardStepView }) {
  const { t } = useTranslation();
  const groups: [string, readonly string[]][] = [
    [t('flowcards.details.checklist'), step.checklist],
    [t('flowcards.details.documents'), step.requiredDocuments],
  ];
  return (
    <>
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([label, items]) => (
          <div key={label}>
            <Text size="sm" fw={600}>
              {label}
            </Text>
            <List size="sm" withPadding>
              {items.map((item, index) => (
                <List.Item key={index} fw={400}>
                  {item}
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      {step.notes ? (
        <Text size="sm" fw={400}>
          <strong>{t('flowcards.details.notes')}:</strong> {step.notes}
        </Text>
      ) : null}
      {step.doneWhen ? (
        <Text size="sm" fw={400}>
          <strong>{t('flowcards.details.doneWhen')}:</strong> {t(`flowcards.signal.${step.doneWhen}`)}
        </Text>
      ) : null}
    </>
  );
}
