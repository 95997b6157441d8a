import { redactError } from "@propgov/api";
import { isAppError } from "@propgov/core";
import { ConfigError } from "./config.js";
import { DatabaseOpenError } from "./database.js";

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
  if (error instanceof ConfigError || error instanceof DatabaseOpenError) return error.message;
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
  // A failed query's parameters (password hashes, phones, names) never reach the terminal.
  if (error instanceof Error) return `unexpected error: ${redactError(error).stack}`;
  return `unexpected error: ${String(error)}`;
}
