import type { AppDeps, RequestLog } from "@propgov/api";
import type { LogLevel } from "./config.js";

const rank: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };

export interface LogSink {
  write(line: string): unknown;
}

export const enabled = (threshold: LogLevel, level: RequestLog["level"]) => rank[level] >= rank[threshold];

function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { error: { name: error.name, message: error.message, stack: error.stack } };
  }
  return { error: { message: String(error) } };
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
