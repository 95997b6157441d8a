import { AppError, type FieldError } from "@propgov/core";

/**
 * Text the database cannot store, refused where it comes in rather than where Postgres fails on
 * it: a NUL character (U+0000; `text` and `jsonb` refuse it) and a lone UTF-16 surrogate (not
 * Unicode: it would be stored as U+FFFD, silently changed). Applied to every validated request
 * part (path, query, JSON and form bodies) by the router, and to what Open311 and the CSV imports
 * read themselves.
 */
export const NUL_MESSAGE = "Contains a NUL character (U+0000).";
export const SURROGATE_MESSAGE = "Contains a lone UTF-16 surrogate: not Unicode text.";

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what these look for.
const NUL_OR_SURROGATE = /[\u0000\ud800-\udfff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what these look for.
const NUL_OR_SURROGATE_ALL = /[\u0000\ud800-\udfff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Enough to name the fields; a body with thousands of bad strings is not listed whole. */
const MAX_REPORTED = 20;
const MAX_DEPTH = 64;

/** What is wrong with one string for the database, or null when nothing is. */
export function unstorableText(value: string): string | null {
  if (!NUL_OR_SURROGATE.test(value)) return null;
  if (value.includes("\u0000")) return NUL_MESSAGE;
  return LONE_SURROGATE.test(value) ? SURROGATE_MESSAGE : null;
}

/**
 * Every string in a request part (values and object keys, at any depth) that the database cannot
 * store, as field errors under `prefix` (e.g. `body.reporter.name`, `query.q`).
 */
export function unstorableFields(value: unknown, prefix: string): FieldError[] {
  const out: FieldError[] = [];
  walk(value, prefix, out, 0);
  return out;
}

function walk(value: unknown, at: string, out: FieldError[], depth: number) {
  if (out.length >= MAX_REPORTED || depth > MAX_DEPTH) return;
  if (typeof value === "string") {
    const message = unstorableText(value);
    if (message) out.push({ path: at, message });
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${at}.${i}`, out, depth + 1);
    return;
  }
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = unstorableText(key);
      if (keyProblem) {
        if (out.length < MAX_REPORTED)
          out.push({ path: `${at}.${safeKey(key)}`, message: `Its name: ${keyProblem}` });
        continue;
      }
      walk(item, `${at}.${key}`, out, depth + 1);
    }
  }
}

/** A key as a path may name it: its bad characters replaced, cut short. */
function safeKey(key: string): string {
  return truncateEcho(key.replace(NUL_OR_SURROGATE_ALL, "\ufffd"));
}

/** The request part a validator target names in a field path. */
export const partOf = (target: string) => (target === "json" || target === "form" ? "body" : target);

/**
 * Throws the problem for a request part with unstorable text: 422 for a body, which parsed but
 * does not fit, and 400 for a path, query or header value, as schema failures are answered.
 */
export function rejectUnstorable(value: unknown, target: string) {
  const part = partOf(target);
  const errors = unstorableFields(value, part);
  if (errors.length === 0) return;
  throw new AppError(
    part === "body" ? "unprocessable" : "bad_request",
    errors.map((e) => `${e.path}: ${e.message}`).join("; "),
    { errors },
  );
}

/** At most this many characters of what a caller sent are echoed in an error. */
export const MAX_ECHO = 64;

/** A caller's value as an error may quote it: cut to {@link MAX_ECHO} characters. */
export function truncateEcho(value: string, max = MAX_ECHO): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max).join("")}…`;
}

const QUOTED = /'([^']*)'/g;

/**
 * An error text with every value it quotes (`'…'`, as the services quote what a caller sent) cut
 * to {@link MAX_ECHO} characters: an error never echoes more than a short slice of the input.
 */
export function truncateQuoted(text: string): string {
  return text.replace(QUOTED, (whole, inner: string) =>
    inner.length > MAX_ECHO ? `'${truncateEcho(inner)}'` : whole,
  );
}
