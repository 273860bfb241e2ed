import { useId } from 'react';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FlowcardStepView, FlowcardUnit } from '@hjemvej/contract';
import type { FlowcardPlan } from '@hjemvej/domain';
import { swimlaneLayout, swimlaneMetrics as m, textWidth } from './swimlane-layout';

/**
 * The flowcard drawn for the wall: one lane per responsible unit, each step a bar from the
 * day it can start to its deadline on an axis of working days, arrows from each step to the
 * steps waiting for it, and the housing goal as a labelled line. The axis is scaled to the
 * width the page gives it (every day visible on a desktop; it scrolls sideways only when a day
 * would get too narrow, on a phone), the lane labels sit whole in a column the arrows never
 * enter, and it prints to the page's width. The drawing is one image for assistive technology
 * (its text alternative is the step table beside it).
 */
export function Swimlane({
  name,
  steps,
  units,
  plan,
  goal,
}: {
  name: string;
  steps: readonly FlowcardStepView[];
  units: readonly FlowcardUnit[];
  plan: FlowcardPlan;
  /** The housing goal: calendar days and the working day it is drawn at; null until known. */
  goal: { days: number; workingDay: number } | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const titleId = `${id}-title`;
  const markerId = `${id}-arrow`;
  const clipId = `${id}-drawing`;
  const { ref, width: availableWidth } = useElementSize<HTMLDivElement>();
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  const layout = swimlaneLayout({
    steps,
    plan,
    goalDay: goal?.workingDay ?? null,
    availableWidth,
    laneNames: (unitId) => {
      const unit = unitOf.get(unitId);
      return {
        name: unit?.name ?? t('flowcards.unitOption.unknown'),
        organisation: unit && !unit.isOwn ? unit.organisationName : null,
      };
    },
  });
  const { placed, lanes, width, height, xOf, originX, labelWidth } = layout;
  const description = [
    t('flowcards.swimlane.figureLabel', {
      name,
      steps: steps.length,
      units: plan.unitIds.length,
      days: plan.totalWorkingDays,
    }),
    goal ? t('flowcards.swimlane.figureGoal', { days: goal.days, day: goal.workingDay }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  const goalLabel = goal ? t('flowcards.swimlane.goalLine', { days: goal.days, day: goal.workingDay }) : '';
  const goalLabelBefore = layout.goal !== null && layout.goal.x - originX >= textWidth(goalLabel) + 8;
  const scrollProps = layout.scrolls ? { tabIndex: 0, role: 'region', 'aria-label': t('flowcards.swimlane.scrollHint') } : {};
  return (
    <div ref={ref} className="flowcard-swimlane-scroll" data-scrolls={layout.scrolls} {...scrollProps}>
      <svg
        className="flowcard-swimlane"
        data-testid="flowcard-swimlane"
        role="img"
        aria-labelledby={titleId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
        fontSize={m.fontSize}
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
          {/* Bars, arrows and step labels stay right of the lane labels' column. */}
          <clipPath id={clipId}>
            <rect x={originX - m.gutter / 2} y={0} width={width - originX + m.gutter / 2} height={height} />
          </clipPath>
        </defs>
        {lanes.map((lane, index) => (
          <g key={lane.unitId} data-testid="swimlane-lane">
            <rect x={0} y={lane.y} width={width} height={lane.height} fill={index % 2 === 0 ? '#f1f3f5' : '#ffffff'} />
            <line x1={0} x2={width} y1={lane.y} y2={lane.y} stroke="#adb5bd" />
            <text x={8} y={lane.y + 20} fontWeight={600} fill="#212529" data-testid="swimlane-lane-label">
              {lane.labelLines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={8} dy={lineIndex === 0 ? 0 : m.laneLineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            {lane.organisationLines.length > 0 ? (
              <text x={8} y={lane.y + 20 + lane.labelLines.length * m.laneLineHeight} fill="#495057" fontSize={11}>
                {lane.organisationLines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={8} dy={lineIndex === 0 ? 0 : m.laneLineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            ) : null}
          </g>
        ))}
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke="#adb5bd" />
        <text x={8} y={m.axisHeight - 12} fill="#495057" fontStyle="italic">
          {t('flowcards.swimlane.axis')}
        </text>
        {layout.ticks.map((day) => (
          <g key={day}>
            <line x1={xOf(day)} x2={xOf(day)} y1={m.axisHeight - 6} y2={height} stroke="#ced4da" strokeDasharray="2 4" />
            <text x={xOf(day)} y={m.axisHeight - 12} textAnchor="middle" fill="#495057">
              {t('flowcards.swimlane.day', { day })}
            </text>
          </g>
        ))}
        <g clipPath={`url(#${clipId})`}>
          {[...placed.values()].flatMap((target) =>
            target.step.dependsOn.map((key) => {
              const source = placed.get(key);
              if (!source) return null;
              const x1 = source.x + source.width;
              const y1 = source.y + m.barHeight / 2;
              const x2 = target.x - 1;
              const y2 = target.y + m.barHeight / 2;
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
            <g key={p.step.key} data-testid="swimlane-step" data-day-end={p.x + p.width}>
              <rect
                x={p.x}
                y={p.y}
                width={p.width}
                height={m.barHeight}
                rx={5}
                fill="#1864ab"
                stroke={p.isLate ? '#c92a2a' : '#0b3d6e'}
                strokeWidth={p.isLate ? 3 : 1}
                strokeDasharray={p.isLate ? '5 3' : undefined}
              />
              <text
                x={p.labelX}
                y={p.labelInside ? p.y + m.barHeight / 2 + 4 : p.y - 5}
                fill={p.labelInside ? '#ffffff' : '#212529'}
                fontWeight={500}
                // A label above its bar gets a halo in the paper's colour, drawn under the letters:
                // an arrow passing behind it is knocked out, so no line runs through the words.
                {...(p.labelInside
                  ? {}
                  : { stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke', strokeLinejoin: 'round' as const })}
                data-testid="swimlane-step-label"
              >
                {p.isLate ? `! ${p.label}` : p.label}
              </text>
            </g>
          ))}
        </g>
        {layout.goal ? (
          <g data-testid="swimlane-goal">
            <line
              x1={layout.goal.x}
              x2={layout.goal.x}
              y1={8}
              y2={height}
              stroke="#1e6e2e"
              strokeWidth={2.5}
              strokeDasharray="8 4"
            />
            <text
              x={goalLabelBefore ? layout.goal.x - 6 : layout.goal.x + 6}
              y={16}
              textAnchor={goalLabelBefore ? 'end' : 'start'}
              fill="#1e6e2e"
              fontWeight={700}
            >
              {goalLabel}
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
}
