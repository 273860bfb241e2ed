import type { FlowcardStepView } from '@hjemvej/contract';
import type { FlowcardPlan } from '@hjemvej/domain';

/**
 * Where everything in the swimlane goes, for the width the page gives it: the lane labels in a
 * column of their own (wrapped, never cut), the day axis scaled so every day fits beside them,
 * down to a least day width below which the drawing scrolls sideways instead, and the housing
 * goal as a day on the axis. Pure, so the geometry is tested without a browser.
 */

export const swimlaneMetrics = {
  fontSize: 12,
  /** A day never narrower than this: below it the drawing scrolls (a phone). */
  minDayWidth: 14,
  /** A short card is not stretched into a few enormous bars. */
  maxDayWidth: 48,
  /** Used before the container has been measured (and in tests without layout). */
  unmeasuredDayWidth: 24,
  /** The goal's label above the tick labels, then the tick labels. */
  axisHeight: 46,
  rowHeight: 46,
  /** The step's label above its bar when it does not fit inside. */
  labelBand: 16,
  barHeight: 22,
  lanePadding: 6,
  laneLineHeight: 15,
  /** Between the label column and day 0, so arrows and bars keep clear of the labels. */
  gutter: 14,
  rightPadding: 12,
} as const;

/** A generous estimate of the width of a text in the diagram's font. */
export function textWidth(text: string, fontSize: number = swimlaneMetrics.fontSize): number {
  return text.length * fontSize * 0.58;
}

/** Words into lines no wider than `width`; a word longer than a line is broken. */
export function wrapText(text: string, width: number, fontSize: number = swimlaneMetrics.fontSize): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * 0.58)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    if (!rest) continue;
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= perLine) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The lane label column: narrower on a phone, where the days need the room. */
export function laneLabelWidthFor(availableWidth: number): number {
  return availableWidth > 0 && availableWidth < 600 ? 112 : 184;
}

export interface SwimlaneScale {
  readonly labelWidth: number;
  /** x of day 0. */
  readonly originX: number;
  readonly dayWidth: number;
  /** The days on the axis: the card's last day and the goal's, and one more. */
  readonly axisDays: number;
  readonly width: number;
  /** Wider than the room given: the drawing scrolls sideways. */
  readonly scrolls: boolean;
}

/** The day axis for `availableWidth` (0: not measured yet). */
export function swimlaneScale(totalWorkingDays: number, goalDay: number | null, availableWidth: number): SwimlaneScale {
  const { minDayWidth, maxDayWidth, unmeasuredDayWidth, gutter, rightPadding } = swimlaneMetrics;
  const labelWidth = laneLabelWidthFor(availableWidth);
  const originX = labelWidth + gutter;
  const axisDays = Math.max(totalWorkingDays, goalDay ?? 0) + 1;
  // A little short of the measured width, which may be fractional: no scrollbar for a pixel.
  const usable = Math.floor(availableWidth) - 3;
  const room = usable - originX - rightPadding;
  const dayWidth =
    availableWidth > 0
      ? Math.min(maxDayWidth, Math.max(minDayWidth, Math.floor((room / axisDays) * 100) / 100))
      : unmeasuredDayWidth;
  const width = Math.ceil(originX + axisDays * dayWidth + rightPadding);
  return { labelWidth, originX, dayWidth, axisDays, width, scrolls: availableWidth > 0 && width > usable };
}

export interface PlacedStep {
  readonly step: FlowcardStepView;
  readonly number: number;
  readonly x: number;
  readonly width: number;
  /** Top of the bar. */
  readonly y: number;
  readonly label: string;
  readonly labelInside: boolean;
  /** Where the label starts when it sits above the bar (kept inside the drawing). */
  readonly labelX: number;
  readonly isLate: boolean;
}

export interface PlacedLane {
  readonly unitId: string;
  readonly y: number;
  readonly height: number;
  readonly labelLines: readonly string[];
  readonly organisationLines: readonly string[];
}

export interface SwimlaneLayout extends SwimlaneScale {
  readonly placed: ReadonlyMap<string, PlacedStep>;
  readonly lanes: readonly PlacedLane[];
  readonly height: number;
  /** x of a day on the axis. */
  readonly xOf: (day: number) => number;
  readonly ticks: readonly number[];
  readonly goal: { readonly day: number; readonly x: number } | null;
}

export interface LaneName {
  readonly name: string;
  /** A partner's unit: its organisation, on its own line. */
  readonly organisation: string | null;
}

export function swimlaneLayout(input: {
  readonly steps: readonly FlowcardStepView[];
  readonly plan: FlowcardPlan;
  readonly laneNames: (unitId: string) => LaneName;
  /** The housing goal as a working day, or null when it is not known. */
  readonly goalDay: number | null;
  readonly availableWidth: number;
}): SwimlaneLayout {
  const { steps, plan, laneNames, goalDay, availableWidth } = input;
  const m = swimlaneMetrics;
  const scale = swimlaneScale(plan.totalWorkingDays, goalDay, availableWidth);
  const xOf = (day: number) => scale.originX + day * scale.dayWidth;
  const drawingEnd = scale.width - m.rightPadding;
  const placed = new Map<string, PlacedStep>();
  const lanes: PlacedLane[] = [];
  let y: number = m.axisHeight;
  for (const unitId of plan.unitIds) {
    const names = laneNames(unitId);
    const labelLines = wrapText(names.name, scale.labelWidth - 16);
    const organisationLines = names.organisation ? wrapText(names.organisation, scale.labelWidth - 16, 11) : [];
    const rows: number[] = [];
    const inLane = steps
      .map((step, index) => ({ step, index, planned: plan.steps[index] }))
      .filter(({ step }) => step.responsibleUnitId === unitId)
      .sort((a, b) => (a.planned?.startDay ?? 0) - (b.planned?.startDay ?? 0) || a.index - b.index);
    for (const { step, index, planned } of inLane) {
      const startDay = planned?.startDay ?? 0;
      const endDay = planned?.endDay ?? 0;
      const x = xOf(startDay);
      const width = Math.max((endDay - startDay) * scale.dayWidth, 8);
      const label = `${index + 1}. ${step.title}`;
      const labelInside = textWidth(label) + 14 <= width;
      const labelX = labelInside ? x + 7 : Math.max(scale.originX, Math.min(x, drawingEnd - textWidth(label)));
      const visualStart = Math.min(x, labelX);
      const visualEnd = Math.max(x + width, labelInside ? 0 : labelX + textWidth(label));
      let row = rows.findIndex((end) => end + 8 <= visualStart);
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
        y: y + m.lanePadding + row * m.rowHeight + m.labelBand,
        label,
        labelInside,
        labelX,
        isLate: planned?.isDeadlineBeforeStart ?? false,
      });
    }
    const labelHeight = 10 + (labelLines.length + organisationLines.length) * m.laneLineHeight;
    const height = Math.max(Math.max(rows.length, 1) * m.rowHeight + m.lanePadding * 2, labelHeight);
    lanes.push({ unitId, y, height, labelLines, organisationLines });
    y += height;
  }
  const ticks: number[] = [];
  for (let day = 0; day <= scale.axisDays; day += 5) ticks.push(day);
  return {
    ...scale,
    placed,
    lanes,
    height: y + 4,
    xOf,
    ticks,
    goal: goalDay === null ? null : { day: goalDay, x: xOf(goalDay) },
  };
}
