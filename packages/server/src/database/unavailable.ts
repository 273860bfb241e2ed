/**
 * Is this error "the database cannot be reached right now" rather than a fault of the request or
 * of the code? Such errors answer 503 with Retry-After (http/error-handler.ts): the database is
 * restarting, failing over or refusing connections, and the same request will work again soon.
 * The pool discards broken connections by itself, so nothing else is needed to recover.
 */

/** SQLSTATE classes and codes that mean the connection, not the statement, failed. */
const unavailableSqlStates = new Set([
  '57P01', // admin_shutdown: pg_ctl stop -m fast terminated the backend
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
]);

/** Socket-level failures from Node (the server is down, restarting, or unreachable). */
const unavailableSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOENT', // a unix socket that is not there while the server is down
]);

/** node-postgres reports a dropped connection with these messages and no code. */
const unavailableMessages = [
  /^Connection terminated/,
  /not queryable/,
  /timeout exceeded when trying to connect/,
  /^Client was closed and is not queryable/,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true; // class 08: connection exception
    if (unavailableSqlStates.has(code) || unavailableSocketCodes.has(code)) return true;
  }
  if (unavailableMessages.some((pattern) => pattern.test(error.message))) return true;
  // Node reports a refused connection to every address of a host as an AggregateError.
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return error.cause !== undefined && isDatabaseUnavailable(error.cause, depth + 1);
}

/** Seconds a client should wait before retrying while the database is unreachable. */
export const databaseRetryAfterSeconds = 5;
