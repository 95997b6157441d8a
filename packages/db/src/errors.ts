/** Postgres error codes the services react to. */
export const PgCode = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  checkViolation: "23514",
  insufficientPrivilege: "42501",
  serializationFailure: "40001",
} as const;

/**
 * The SQLSTATE of a database error, whichever driver raised it. drizzle wraps driver errors,
 * so the code may sit on the error itself or on its `cause`.
 */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The constraint a database error names, when it names one. */
export function pgConstraint(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const name =
      (current as { constraint_name?: unknown; constraint?: unknown }).constraint_name ??
      (current as { constraint?: unknown }).constraint;
    if (typeof name === "string") return name;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Socket errors of a database that is down, restarting or out of reach. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** postgres.js's own codes for a connection that closed or never opened. */
const DRIVER_CODES = new Set([
  "CONNECTION_ENDED",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * SQLSTATEs of a server that is going away or not yet there: admin_shutdown (restart, fast
 * stop), crash_shutdown, cannot_connect_now (starting up or shutting down), idle_session_timeout,
 * too_many_connections, and the whole connection-exception class 08.
 */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57P05", "53300"]);

function unavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return (
    SOCKET_CODES.has(code) ||
    DRIVER_CODES.has(code) ||
    UNAVAILABLE_SQLSTATES.has(code) ||
    /^08[0-9A-Z]{3}$/.test(code)
  );
}

/**
 * Whether an error means the database cannot be reached right now (down, restarting, the
 * connection cut), not that the query was wrong: the request may succeed when retried. Looks
 * through drizzle's wrapping (`cause`) and Node's AggregateError (`errors`, one per address).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 16) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (unavailableCode((current as { code?: unknown }).code)) return true;
    queue.push((current as { cause?: unknown }).cause);
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}
