import { type AppDeps, type RequestLog, redactError } from "@propgov/api";
import type { LogLevel } from "./config.js";

const rank: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };

export interface LogSink {
  write(line: string): unknown;
}

export const enabled = (threshold: LogLevel, level: RequestLog["level"]) => rank[level] >= rank[threshold];

const SCHEMA_FIELDS = ["code", "table_name", "column_name", "constraint_name"] as const;

/** An error as log fields: name, message, the schema names of a driver error, its causes. */
function describeForLog(error: Error, depth: number): Record<string, unknown> {
  const fields: Record<string, unknown> = { name: error.name, message: error.message };
  for (const key of SCHEMA_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (typeof value === "string") fields[key] = value;
  }
  if (depth === 0) fields.stack = error.stack;
  if (error.cause instanceof Error && depth < 3) fields.cause = describeForLog(error.cause, depth + 1);
  return fields;
}

/**
 * What the log says of an error: redacted (no query parameters, no row values in PostgreSQL's
 * detail, no quoted input), even when the app's logger wrapper already did it.
 */
function errorFields(error: unknown): Record<string, unknown> {
  return { error: describeForLog(redactError(error), 0) };
}

/**
 * The app's logger: one JSON line per request (and per unexpected error) on `sink`, at or above
 * `threshold`. Stack traces go to the log only, never into responses.
 */
export function jsonLogger(
  threshold: LogLevel,
  sink: LogSink = process.stdout,
  now: () => Date = () => new Date(),
): NonNullable<AppDeps["logger"]> {
  return {
    request(line) {
      if (enabled(threshold, line.level)) {
        sink.write(`${JSON.stringify({ time: now().toISOString(), ...line })}\n`);
      }
    },
    error(error, context) {
      if (enabled(threshold, "error")) {
        sink.write(
          `${JSON.stringify({ time: now().toISOString(), level: "error", msg: "unexpected error", requestId: context.requestId, ...errorFields(error) })}\n`,
        );
      }
    },
  };
}
