import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowcardStepView, FlowcardUnit } from '@hjemvej/contract';
import type { FlowcardPlan } from '@hjemvej/domain';

/**
 * The flowcard drawn for the wall: one lane per responsible unit, each step a bar from the
 * day it can start to its deadline on an axis of working days, arrows from each step to the
 * steps waiting for it. The drawing is one image for assistive technology (its text
 * alternative is the step table beside it); it scrolls sideways on a phone and prints whole.
 */

const labelWidth = 200;
const dayWidth = 26;
const rowHeight = 40;
const barHeight = 28;
const lanePadding = 8;
const axisHeight = 34;
const fontSize = 12;
/** A generous estimate of the width of a label in the diagram's font. */
const textWidth = (text: string) => text.length * fontSize * 0.58;

interface PlacedStep {
  readonly step: FlowcardStepView;
  readonly number: number;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly label: string;
  readonly labelInside: boolean;
  readonly isLate: boolean;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function layoutSwimlane(steps: readonly FlowcardStepView[], plan: FlowcardPlan) {
  const placed = new Map<string, PlacedStep>();
  const lanes: { unitId: string; y: number; height: number }[] = [];
  let y = axisHeight;
  for (const unitId of plan.unitIds) {
    const rows: number[] = [];
    const inLane = steps
      .map((step, index) => ({ step, index, planned: plan.steps[index] }))
      .filter(({ step }) => step.responsibleUnitId === unitId)
      .sort((a, b) => (a.planned?.startDay ?? 0) - (b.planned?.startDay ?? 0) || a.index - b.index);
    for (const { step, index, planned } of inLane) {
      const startDay = planned?.startDay ?? 0;
      const endDay = planned?.endDay ?? 0;
      const x = labelWidth + startDay * dayWidth;
      const width = Math.max((endDay - startDay) * dayWidth, 8);
      const label = `${index + 1}. ${truncate(step.title, 48)}`;
      const labelInside = textWidth(label) + 14 <= width;
      const visualEnd = labelInside ? x + width : x + width + 6 + textWidth(label);
      let row = rows.findIndex((end) => end + 8 <= x);
      if (row === -1) {
        rows.push(0);
        row = rows.length - 1;
      }
      rows[row] = visualEnd;
      placed.set(step.key, {
        step,
        number: index + 1,
        x,
        width,
        y: y + lanePadding + row * rowHeight + (rowHeight - barHeight) / 2,
        label,
        labelInside,
        isLate: planned?.isDeadlineBeforeStart ?? false,
      });
    }
    const height = Math.max(rows.length, 1) * rowHeight + lanePadding * 2;
    lanes.push({ unitId, y, height });
    y += height;
  }
  const rightmost = Math.max(
    labelWidth + (plan.totalWorkingDays + 1) * dayWidth,
    ...[...placed.values()].map((p) => (p.labelInside ? p.x + p.width : p.x + p.width + 6 + textWidth(p.label))),
  );
  return { placed, lanes, width: Math.ceil(rightmost + 16), height: y + 4 };
}

export function Swimlane({
  name,
  steps,
  units,
  plan,
}: {
  name: string;
  steps: readonly FlowcardStepView[];
  units: readonly FlowcardUnit[];
  plan: FlowcardPlan;
}) {
  const { t } = useTranslation();
  const id = useId();
  const titleId = `${id}-title`;
  const markerId = `${id}-arrow`;
  const { placed, lanes, width, height } = layoutSwimlane(steps, plan);
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  const ticks: number[] = [];
  for (let day = 0; day <= plan.totalWorkingDays + 1; day += 5) ticks.push(day);
  const description = t('flowcards.swimlane.figureLabel', {
    name,
    steps: steps.length,
    units: plan.unitIds.length,
    days: plan.totalWorkingDays,
  });
  return (
    <div className="flowcard-swimlane-scroll" tabIndex={0} role="region" aria-label={t('flowcards.swimlane.scrollHint')}>
      <svg
        className="flowcard-swimlane"
        data-testid="flowcard-swimlane"
        role="img"
        aria-labelledby={titleId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
        fontSize={fontSize}
      >
        <title id={titleId}>{description}</title>
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#495057" />
          </marker>
        </defs>
        {lanes.map((lane, index) => {
          const unit = unitOf.get(lane.unitId);
          return (
            <g key={lane.unitId} data-testid="swimlane-lane">
              <rect x={0} y={lane.y} width={width} height={lane.height} fill={index % 2 === 0 ? '#f1f3f5' : '#ffffff'} />
              <line x1={0} x2={width} y1={lane.y} y2={lane.y} stroke="#adb5bd" />
              <text x={10} y={lane.y + 22} fontWeight={600} fill="#212529">
                {truncate(unit?.name ?? t('flowcards.unitOption.unknown'), 28)}
              </text>
              {unit && !unit.isOwn ? (
                <text x={10} y={lane.y + 38} fill="#495057" fontSize={11}>
                  {truncate(unit.organisationName, 30)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={labelWidth - 4} x2={labelWidth - 4} y1={0} y2={height} stroke="#adb5bd" />
        {ticks.map((day) => (
          <g key={day}>
            <line
              x1={labelWidth + day * dayWidth}
              x2={labelWidth + day * dayWidth}
              y1={axisHeight - 6}
              y2={height}
              stroke="#ced4da"
              strokeDasharray="2 4"
            />
            <text x={labelWidth + day * dayWidth} y={axisHeight - 12} textAnchor="middle" fill="#495057">
              {t('flowcards.swimlane.day', { day })}
            </text>
          </g>
        ))}
        <text x={10} y={axisHeight - 12} fill="#495057" fontStyle="italic">
          {t('flowcards.swimlane.axis')}
        </text>
        {[...placed.values()].flatMap((target) =>
          target.step.dependsOn.map((key) => {
            const source = placed.get(key);
            if (!source) return null;
            const x1 = source.x + source.width;
            const y1 = source.y + barHeight / 2;
            const x2 = target.x - 1;
            const y2 = target.y + barHeight / 2;
            const bend = Math.max(16, Math.abs(x2 - x1) / 2);
            return (
              <path
                key={`${key}-${target.step.key}`}
                d={`M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`}
                fill="none"
                stroke="#495057"
                strokeWidth={1.5}
                markerEnd={`url(#${markerId})`}
              />
            );
          }),
        )}
        {[...placed.values()].map((p) => (
          <g key={p.step.key} data-testid="swimlane-step">
            <rect
              x={p.x}
              y={p.y}
              width={p.width}
              height={barHeight}
              rx={5}
              fill="#1864ab"
              stroke={p.isLate ? '#c92a2a' : '#0b3d6e'}
              strokeWidth={p.isLate ? 3 : 1}
              strokeDasharray={p.isLate ? '5 3' : undefined}
            />
            <text
              x={p.labelInside ? p.x + 7 : p.x + p.width + 6}
              y={p.y + barHeight / 2 + 4}
              fill={p.labelInside ? '#ffffff' : '#212529'}
              fontWeight={500}
            >
              {p.isLate ? `! ${p.label}` : p.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
