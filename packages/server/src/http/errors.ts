/**
 * Errors a service may throw; the error handler turns them into clean, localized answers.
 * NotFoundError is also what "not yours" looks like: the two must be indistinguishable.
 */
import type { LegalRefusal } from '@hjemvej/contract';
import type { MessageCode } from './messages';

export interface FieldError {
  readonly path: string;
  /** A message code, translated when answered. */
  readonly code: MessageCode;
  readonly params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: readonly FieldError[] = [],
  ) {
    super(code);
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super(404, 'not_found');
  }
}

/** The record a read found; NotFoundError when it found none (not there, or not the actor's to see). */
export function requireFound<T>(found: T | null | undefined): T {
  if (found === null || found === undefined) throw new NotFoundError();
  return found;
}

export class ForbiddenError extends AppError {
  constructor() {
    super(403, 'forbidden');
  }
}

export class UnauthorizedError extends AppError {
  constructor() {
    super(401, 'unauthorized');
  }
}

/** A rule of the domain says no, naming the field it is about. */
export class UnprocessableError extends AppError {
  constructor(code: MessageCode, field?: string, params: Record<string, string | number> = {}) {
    super(422, 'validation_failed', {}, field ? [{ path: field, code, params }] : [{ path: '', code, params }]);
  }
}

export class ConflictError extends AppError {
  constructor(code: MessageCode, field?: string) {
    super(409, code, {}, field ? [{ path: field, code }] : []);
  }
}

/** What a stale-version answer carries: the record as it is now (already allow-listed) and what changed. */
export interface VersionConflict {
  readonly current: Record<string, unknown>;
  readonly changedFields: readonly string[];
  readonly changedBy: string | null;
  readonly changedAt: string | null;
}

/** Someone else saved the record first: nothing is overwritten; the user is shown what changed. */
export class StaleVersionError extends AppError {
  constructor(
    code: MessageCode,
    params: Record<string, string | number>,
    readonly conflict: VersionConflict,
  ) {
    super(409, code, params, [{ path: 'version', code, params }]);
  }
}

/**
 * A legal rule refuses the action (422): the answer lists exactly what is missing, each with its
 * source and plain-Danish text (`error.legal`), and names each missing condition as a field
 * (`conditions.<id>`) so a generic error display shows the list too.
 */
export class LegalRefusalError extends AppError {
  constructor(
    code: MessageCode,
    params: Record<string, string | number>,
    readonly legal: LegalRefusal,
  ) {
    super(
      422,
      code,
      params,
      legal.missing.map((condition) => ({
        path: `conditions.${condition.id}`,
        code: 'legal_condition_missing' as const,
        params: { text: condition.message },
      })),
    );
  }
}
