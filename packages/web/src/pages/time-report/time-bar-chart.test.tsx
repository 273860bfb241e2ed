import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { TimeReportBar } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { BarChart } from './time-bar-chart';

const deadline = {
  days: 3,
  kind: 'working',
  law: 'Serviceloven',
  paragraph: '§ 110, stk. 6',
  calendarDaysAtMost: 5,
  meanOver: true,
  medianOver: false,
} as const;

function bar(key: string, values: Partial<TimeReportBar>): TimeReportBar {
  return {
    key,
    label: key,
    context: null,
    taskCount: 4,
    openCount: 0,
    meanDays: 11,
    medianDays: 4,
    totalDays: 44,
    legalDeadline: null,
    ...values,
  };
}

function renderChart(bars: TimeReportBar[]) {
  renderWithProviders(<BarChart id="steps" title="Trin" bars={bars} selected={null} onSelect={() => undefined} />);
  return screen.getAllByRole('listitem');
}

describe('BarChart', () => {
  it('shows a step’s legal deadline with its paragraph, and says in words when the average is past it', () => {
    const [item] = renderChart([bar('step:notify', { legalDeadline: deadline })]);
    const note = within(item!).getByTestId('legal-deadline');
    // The catalogue key stands for the text here ('cimode'); the paragraph is passed to it.
    expect(note.textContent).toContain('timeReport.legalDeadlineWorking');
    expect(within(note).getByText('timeReport.overDeadlineMean')).toBeTruthy();
  });

  it('names the median, or both, when those are past it', () => {
    const items = renderChart([
      bar('a', { legalDeadline: { ...deadline, meanOver: false, medianOver: true } }),
      bar('b', { legalDeadline: { ...deadline, medianOver: true } }),
    ]);
    expect(within(items[0]!).getByText('timeReport.overDeadlineMedian')).toBeTruthy();
    expect(within(items[1]!).getByText('timeReport.overDeadlineBoth')).toBeTruthy();
  });

  it('shows the deadline without a mark while within it, and nothing for a bar without a deadline', () => {
    const [within1, none] = renderChart([
      bar('within', { meanDays: 3, legalDeadline: { ...deadline, meanOver: false } }),
      bar('none', {}),
    ]);
    expect(within(within1!).getByTestId('legal-deadline').textContent).not.toMatch(/overDeadline/);
    expect(within(none!).queryByTestId('legal-deadline')).toBeNull();
  });
});
