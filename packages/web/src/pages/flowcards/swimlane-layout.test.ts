import { describe, expect, it } from 'vitest';
import type { FlowcardStepView } from '@hjemvej/contract';
import { planFlowcard } from '@hjemvej/domain';
import { swimlaneLayout, swimlaneMetrics, swimlaneScale, wrapText } from './swimlane-layout';

/** A chain of steps alternating between two units, `days` working days each. */
function chain(deadlines: readonly number[], title = (index: number) => `Trin ${index + 1}`): FlowcardStepView[] {
  return deadlines.map((days, index) => ({
    key: `s${index}`,
    title: title(index),
    description: null,
    responsibleUnitId: index % 2 === 0 ? 'unit-a' : 'unit-b',
    deadlineWorkingDays: days,
    urgentDeadlineWorkingDays: null,
    deadlineFrom: index === 0 ? { kind: 'start' } : { kind: 'step_done', stepKey: `s${index - 1}` },
    dependsOn: index === 0 ? [] : [`s${index - 1}`],
    checklist: [],
    requiredDocuments: [],
    notes: null,
    doneWhen: null,
  })) as unknown as FlowcardStepView[];
}

const laneNames = (unitId: string) =>
  unitId === 'unit-a'
    ? { name: 'Myndighed voksne – team for borgere i hjemløshed med ekstra lang enhedsbetegnelse', organisation: null }
    : { name: 'Møbeldepotet', organisation: 'Gadens Værested' };

describe('swimlane day scale', () => {
  it('fits a 39-day card and the goal at working day 43 into the width of a 1280 px page', () => {
    // 1280 px less the navigation (230) and the page's padding: about 1018 px for the drawing.
    const scale = swimlaneScale(39, 43, 1018);
    expect(scale.axisDays).toBe(44);
    expect(scale.scrolls).toBe(false);
    expect(scale.width).toBeLessThanOrEqual(1018);
    expect(scale.dayWidth).toBeGreaterThanOrEqual(swimlaneMetrics.minDayWidth);
  });

  it('keeps a least day width and scrolls on a phone', () => {
    const scale = swimlaneScale(39, 43, 343);
    expect(scale.dayWidth).toBe(swimlaneMetrics.minDayWidth);
    expect(scale.scrolls).toBe(true);
    expect(scale.width).toBeGreaterThan(343);
  });

  it('does not stretch a short card into enormous days', () => {
    expect(swimlaneScale(3, null, 1600).dayWidth).toBe(swimlaneMetrics.maxDayWidth);
  });

  it('lays out before the container is measured without scrolling', () => {
    const scale = swimlaneScale(10, null, 0);
    expect(scale.dayWidth).toBe(swimlaneMetrics.unmeasuredDayWidth);
    expect(scale.scrolls).toBe(false);
  });
});

describe('swimlane layout', () => {
  const steps = chain([3, 5, 10, 3, 15, 3], (index) =>
    index === 4 ? 'Boligtilbud og lejekontrakt med en lang titel' : `Trin ${index + 1}`,
  );
  const plan = planFlowcard(steps);

  it('puts the last day, its step and the goal line inside the width given', () => {
    const layout = swimlaneLayout({ steps, plan, laneNames, goalDay: 43, availableWidth: 1018 });
    expect(plan.totalWorkingDays).toBe(39);
    expect(layout.width).toBeLessThanOrEqual(1018);
    const last = layout.placed.get('s5');
    expect(last).toBeDefined();
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(layout.width);
    expect(layout.xOf(39)).toBeLessThan(layout.width);
    expect(layout.goal).toEqual({ day: 43, x: layout.xOf(43) });
    expect(layout.goal?.x ?? Infinity).toBeLessThan(layout.width);
  });

  it('keeps every bar, and every step label above a bar, right of the lane label column', () => {
    const layout = swimlaneLayout({ steps, plan, laneNames, goalDay: 43, availableWidth: 1018 });
    for (const placed of layout.placed.values()) {
      expect(placed.x).toBeGreaterThanOrEqual(layout.originX);
      expect(placed.labelX).toBeGreaterThanOrEqual(layout.originX);
    }
    expect(layout.originX).toBeGreaterThan(layout.labelWidth);
  });

  it('wraps a long lane label whole, and the lane is tall enough for it', () => {
    const layout = swimlaneLayout({ steps, plan, laneNames, goalDay: null, availableWidth: 1018 });
    const lane = layout.lanes.find((candidate) => candidate.unitId === 'unit-a');
    expect(lane?.labelLines.join(' ')).toBe(laneNames('unit-a').name);
    expect(lane?.labelLines.length).toBeGreaterThan(1);
    expect(lane?.height ?? 0).toBeGreaterThanOrEqual(10 + (lane?.labelLines.length ?? 0) * swimlaneMetrics.laneLineHeight);
    expect(layout.lanes.find((candidate) => candidate.unitId === 'unit-b')?.organisationLines).toEqual(['Gadens Værested']);
  });

  it('draws no goal line when the goal is not known', () => {
    expect(swimlaneLayout({ steps, plan, laneNames, goalDay: null, availableWidth: 1018 }).goal).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks at spaces, and a word longer than a line into pieces', () => {
    expect(wrapText('Jobcenter kontanthjælp', 100)).toEqual(['Jobcenter', 'kontanthjælp']);
    expect(wrapText('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 50).join('')).toBe('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  });
});
