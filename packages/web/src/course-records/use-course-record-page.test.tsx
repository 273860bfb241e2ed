import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import type { QueryLike } from '../components/query-state';
import { renderWithProviders } from '../test/render';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { useCourseRecordPage } from './use-course-record-page';

// The citizen's read never answers here: the page does not wait for it.
beforeEach(() =>
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined)),
  ),
);
afterEach(() => vi.unstubAllGlobals());

const vocabulary = { field: (name: string) => name, value: () => null };

type Page = ReturnType<typeof useCourseRecordPage<{ id: string }>>;

/** The hook on the page `/citizens/c1/plans/p1`, reading the record through `query`. */
function pageWith(query: QueryLike<{ id: string }>) {
  const asked: string[] = [];
  let page: Page | undefined;
  const useRecord = (id: string) => {
    asked.push(id);
    return query;
  };
  function Probe() {
    page = useCourseRecordPage(useRecord, 'planId', () => vocabulary);
    return null;
  }
  renderWithProviders(
    <MemoryRouter initialEntries={['/citizens/c1/plans/p1']}>
      <Routes>
        <Route path="/citizens/:id/plans/:planId" element={<Probe />} />
      </Routes>
    </MemoryRouter>,
  );
  if (!page) throw new Error('the page did not render');
  return { page, asked };
}

describe('useCourseRecordPage', () => {
  it('shows not found for a wrong or foreign id, a spinner while reading, and the read error', () => {
    const notFound = pageWith({
      data: undefined,
      error: new ApiError(404, { code: 'not_found', message: '' }),
      isPending: false,
    });
    expect(notFound.page.fallback?.type).toBe(NotFoundPage);
    expect(pageWith({ data: undefined, error: null, isPending: true }).page.fallback?.type).toBe(Loading);
    const failed = new ApiError(500, { code: 'http_500', message: '' });
    expect(pageWith({ data: undefined, error: failed, isPending: false }).page.fallback?.type).toBe(ErrorAlert);
  });

  it('hands over the record once read', () => {
    const { page, asked } = pageWith({ data: { id: 'p1' }, error: null, isPending: false });
    expect(asked).toContain('p1');
    expect(page.fallback).toBeNull();
    expect(page.citizenId).toBe('c1');
    expect(page.data).toEqual({ id: 'p1' });
    expect(page.canWrite).toBe(false);
    expect(page.editing).toBe(false);
    expect(page.vocabulary).toBe(vocabulary);
  });
});
