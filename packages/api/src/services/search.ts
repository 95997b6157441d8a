import { type AnyColumn, ilike, or, type SQL } from "drizzle-orm";

/** Escapes `%`, `_` and `\` so user text matches literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `q` as a case-insensitive substring of any of the columns; no condition when `q` is empty. */
export function textMatches(q: string | undefined, ...columns: AnyColumn[]): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = `%${escapeLike(text)}%`;
  return or(...columns.map((column) => ilike(column, pattern)));
}
