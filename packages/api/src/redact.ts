import type { ResolvedDeps } from "./context.js";

/** Fields of a driver error that name the schema, not the data: they stay in the log. */
const SCHEMA_FIELDS = [
  "code",
  "severity",
  "schema_name",
  "table_name",
  "column_name",
  "constraint_name",
] as const;

const MAX_CAUSES = 4;

/**
 * A database error's message without the values it carries: drizzle appends the bound
 * parameters (`params: 13812345678,王秘密,$scrypt$…`) to the SQL, and PostgreSQL quotes the
 * offending value in data errors (class 22: `invalid input syntax for type uuid: "…"`). The SQL
 * text itself has placeholders only, and stays.
 */
export function redactMessage(message: string, code?: string): string {
  const withoutParams = message.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]");
  return code?.startsWith("22") ? withoutParams.replace(/"[^"]*"/g, '"[redacted]"') : withoutParams;
}

function stackFrames(stack: string | undefined): string {
  return (stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}

/**
 * A copy of `error` fit for a log: the message without bound parameters or quoted values, the
 * stack's frames under that message, the cause chain treated the same way, and of a driver
 * error only what names the schema (SQLSTATE, table, column, constraint). PostgreSQL's `detail`
 * ("Failing row contains (…)"), `where` and `hint`, and drizzle's `params`, are left out.
 */
export function redactError(error: unknown, depth = 0): Error {
  if (!(error instanceof Error)) {
    return new Error(typeof error === "string" ? redactMessage(error) : `a thrown ${typeof error}`);
  }
  // A driver's error carries its fields (code, table, …) as own properties beside the message.
  const field = (key: string): unknown => Reflect.get(error, key);
  const code = field("code");
  const message = redactMessage(error.message, typeof code === "string" ? code : undefined);
  const cause =
    depth < MAX_CAUSES && error.cause !== undefined ? redactError(error.cause, depth + 1) : undefined;
  const safe = new Error(message, cause ? { cause } : undefined);
  safe.name = error.name;
  const frames = stackFrames(error.stack);
  safe.stack = frames ? `${error.name}: ${message}\n${frames}` : `${error.name}: ${message}`;
  for (const key of SCHEMA_FIELDS) {
    const value = field(key);
    if (typeof value === "string") Object.assign(safe, { [key]: value });
  }
  return safe;
}

/** The host's logger with every error redacted before it sees it, whoever reports it. */
export function redactingLogger(logger: ResolvedDeps["logger"]): ResolvedDeps["logger"] {
  const { error } = logger;
  if (!error) return logger;
  return { ...logger, error: (e, context) => error.call(logger, redactError(e), context) };
}
