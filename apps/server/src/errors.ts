import { redactError } from "@propgov/api";
import { isAppError } from "@propgov/core";
import { MoveError } from "@propgov/db";
import { ConfigError } from "./config.js";
import { DatabaseOpenError } from "./database.js";
import { PluginError } from "./plugins.js";

/** A field path of a service error (`body.displayName`, `body.scope.regionId`) as the CLI option. */
export function optionName(path: string): string {
  const [field, key] = path.replace(/^body\./, "").split(".");
  const kebab = (field ?? path).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return field === "scope" && key && !/^\d+$/.test(key) ? `--scope ${key}` : `--${kebab}`;
}

/**
 * What went wrong, for a person at a terminal: known errors as their message (and failing
 * fields), anything unexpected with its stack. `fieldLabel` renames field paths.
 */
export function describeError(error: unknown, fieldLabel: (path: string) => string = (p) => p): string {
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseOpenError ||
    error instanceof PluginError ||
    error instanceof MoveError
  )
    return error.message;
  if (isAppError(error)) {
    const fields = (error.errors ?? []).map((e) => `\n  ${fieldLabel(e.path)}: ${e.message}`).join("");
    return `${error.message}${fields}`;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
    const e = error as NodeJS.ErrnoException & { address?: string; port?: number };
    return `Cannot listen on ${e.address ?? "?"}:${e.port ?? "?"} (${code}): ${
      code === "EADDRINUSE" ? "the port is in use; set PORT to a free one" : "check HOST and PORT"
    }.`;
  }
  const database = describeDatabaseError(error);
  if (database) return database;
  // A failed query's parameters (password hashes, phones, names) never reach the terminal.
  if (error instanceof Error) return `unexpected error: ${redactError(error).stack}`;
  return `unexpected error: ${String(error)}`;
}

interface PostgresCause {
  message: string;
  code: string;
  detail?: string;
  hint?: string;
}

/** The driver's error under drizzle's "Failed query" wrapper, when it carries a SQLSTATE. */
function postgresCause(error: unknown): PostgresCause | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && typeof message === "string") {
      return current as PostgresCause;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A failed query as PostgreSQL explained it: its message (values quoted in it blanked, as in the
 * log), SQLSTATE and hint, and the first line of the statement. Never the parameters nor the
 * detail: they may hold passwords, phone numbers or a whole failing row.
 */
export function describeDatabaseError(error: unknown): string | undefined {
  const cause = postgresCause(error);
  if (!cause) return undefined;
  const lines = [`database error ${cause.code}: ${redactError(cause).message}`];
  if (cause.hint) lines.push(`  hint: ${cause.hint}`);
  const query = (error as { query?: unknown }).query;
  if (typeof query === "string") {
    const statement = query
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith("--"));
    if (statement) lines.push(`  while running: ${statement.slice(0, 120)}`);
  }
  return lines.join("\n");
}
