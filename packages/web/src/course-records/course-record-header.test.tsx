import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../test/render';
import { CourseRecordHeader } from './course-record-header';

describe('CourseRecordHeader', () => {
  it('shows the title, the version line, the edit button and the way back to the citizen', () => {
    const onEdit = vi.fn();
    renderWithProviders(
      <MemoryRouter>
        <CourseRecordHeader
          title="§ 141-plan for Anna"
          description="Version 2 af Søren"
          citizenId="c-1"
          citizenName="Anna"
          edit={{ label: 'Ret plan', onClick: onEdit }}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: '§ 141-plan for Anna' })).toBeTruthy();
    expect(screen.getByText('Version 2 af Søren')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ret plan' }));
    expect(onEdit).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'plans.backToCitizen' }).getAttribute('href')).toBe('/citizens/c-1');
  });

  it('offers no buttons to a reader who may not edit', () => {
    renderWithProviders(
      <MemoryRouter>
        <CourseRecordHeader title="Plan" description="Version 1" citizenId="c-1" citizenName="Anna" edit={null} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

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
