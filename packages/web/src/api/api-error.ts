import type { ErrorBody } from '@hjemvej/contract';

export type ApiFieldError = NonNullable<ErrorBody['error']['fields']>[number];

/** An error answer from the API, carrying the server's (already localised) message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: readonly ApiFieldError[];
  readonly retryAfterSeconds: number | undefined;
  /** A refusal by a legal rule (e.g. § 110 stk. 5): exactly the conditions that are missing. */
  readonly legal: NonNullable<ErrorBody['error']['legal']> | null;

  constructor(status: number, body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.retryAfterSeconds = body.retryAfterSeconds;
    this.legal = body.legal ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Field messages by path (`email`, `unitIds.0`), first message per path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  for (const field of error.fields) {
    result[field.path] ??= field.message;
  }
  return result;
}

/** The message of the first field error whose path is `path` or starts with `path.`. */
export function fieldError(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const prefix = `${path}.`;
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(prefix));
  return key === undefined ? undefined : errors[key];
}
