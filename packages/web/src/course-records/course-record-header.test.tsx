import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../test/render';
import { CourseRecordHeader } from './course-record-header';

describe('CourseRecordHeader', () => {
  afterEach(() => vi.unstubAllGlobals());

  const header = (printable: boolean) => (
    <MemoryRouter>
      <CourseRecordHeader
        title="§ 141-plan for Ada"
        description="Version 1"
        citizenId="c1"
        citizenName="Ada"
        edit={null}
        printable={printable}
      />
    </MemoryRouter>
  );

  it('prints the record from its print button', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderWithProviders(header(true));
    fireEvent.click(screen.getByRole('button', { name: 'common.print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('leaves the way back to the citizen off the paper', () => {
    renderWithProviders(header(true));
    expect(screen.getByRole('link', { name: 'plans.backToCitizen' }).classList.contains('print-hidden')).toBe(true);
  });

  it('has no print button unless the record is printable', () => {
    renderWithProviders(header(false));
    expect(screen.queryByRole('button', { name: 'common.print' })).toBeNull();
  });
});
