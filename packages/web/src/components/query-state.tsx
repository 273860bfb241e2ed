import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

export interface QueryLike<Data> {
  readonly data: Data | undefined;
  readonly error: unknown;
  readonly isPending: boolean;
}

/** What a query shows in its place: its error, a spinner while it loads, then `children(data)`. */
export function QueryState<Data>({
  query,
  minHeight,
  children,
}: {
  query: QueryLike<Data>;
  /** The spinner's height. */
  minHeight?: number;
  children: (data: Data) => ReactNode;
}) {
  return (
    <>
      <ErrorAlert error={query.error} />
      {query.isPending ? <Loading minHeight={minHeight} /> : null}
      {query.data !== undefined ? children(query.data) : null}
    </>
  );
}
