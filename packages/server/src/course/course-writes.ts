/**
 * What the modules that write a citizen's course share: dates that cannot be ahead, and
 * recording housing periods through the citizens module as events of their own.
 */
import type { AuditAction } from '@hjemvej/contract';
import { AppError, UnprocessableError } from '../http/errors';
import type { DataContext } from '../http/secured-route';
import { todayInDenmark } from '../calendar/danish-time';

export function assertNotFuture(date: string | null | undefined, field: string): void {
  if (date !== null && date !== undefined && date > todayInDenmark()) throw new UnprocessableError('date_in_future', field);
}

/**
 * A DataContext whose `describe` becomes an event of its own (`action`), so a service of
 * another module (the housing periods) can run inside this route's transaction and still be
 * audited as what it is.
 */
export function asOwnAuditEvent(ctx: DataContext, action: AuditAction): DataContext {
  return { ...ctx, describe: (subject) => ctx.audit({ ...subject, action }) };
}

/** A 422 from another module's rule, re-addressed to the field the user filled in here. */
export function readdressed(error: unknown, field: string): unknown {
  if (error instanceof AppError && error.statusCode === 422 && error.fields.length > 0) {
    return new AppError(
      422,
      error.code,
      error.params,
      error.fields.map((f) => ({ ...f, path: field })),
    );
  }
  return error;
}
