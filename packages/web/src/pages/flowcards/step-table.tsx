import { List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlowcardStepView, FlowcardUnit } from '@hjemvej/contract';
import type { FlowcardPlan } from '@hjemvej/domain';
import { TableFrame } from '../../components/table-frame';

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
    <TableFrame caption={t('flowcards.table.caption')} minWidth={760} testId="flowcard-steps">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('flowcards.table.step')}</Table.Th>
          <Table.Th scope="col">{t('flowcards.table.unit')}</Table.Th>
          <Table.Th scope="col">{t('flowcards.table.waitsFor')}</Table.Th>
          <Table.Th scope="col">{t('flowcards.table.deadline')}</Table.Th>
          <Table.Th scope="col">{t('flowcards.table.planned')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {steps.map((step, index) => {
          const planned = plan.steps[index];
          const anchor = step.deadlineFrom.kind === 'step_done' ? (titleOf.get(step.deadlineFrom.stepKey) ?? '') : null;
          return (
            <Table.Tr key={step.key}>
              <Table.Th scope="row" fw={500}>
                <Stack gap={4}>
                  <span>{titleOf.get(step.key)}</span>
                  {step.description ? (
                    <Text size="sm" fw={400} c="dimmed" className="course-list-item">
                      {step.description}
                    </Text>
                  ) : null}
                  <StepDetails step={step} />
                </Stack>
              </Table.Th>
              <Table.Td>{unitLabel(unitOf.get(step.responsibleUnitId), t('flowcards.unitOption.unknown'))}</Table.Td>
              <Table.Td>
                {step.dependsOn.length === 0
                  ? t('flowcards.table.none')
                  : step.dependsOn.map((key) => titleOf.get(key) ?? key).join(', ')}
              </Table.Td>
              <Table.Td>
                <div>
                  {anchor === null
                    ? t('flowcards.table.deadlineFromStart', { days: step.deadlineWorkingDays })
                    : t('flowcards.table.deadlineFromStep', { days: step.deadlineWorkingDays, step: anchor })}
                </div>
                {step.urgentDeadlineWorkingDays !== null ? (
                  <Text size="sm">{t('flowcards.table.urgent', { days: step.urgentDeadlineWorkingDays })}</Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {planned ? t('flowcards.table.plannedDays', { start: planned.startDay, end: planned.endDay }) : '–'}
                {planned?.isDeadlineBeforeStart ? (
                  <Text size="sm" c="red.9" fw={500}>
                    {`! ${t('flowcards.swimlane.lateMark')}`}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableFrame>
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
