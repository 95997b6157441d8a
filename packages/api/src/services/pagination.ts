import { AppError, anyIdPattern } from "@propgov/core";

/** Keyset pagination over time-sortable ids: the cursor is the last id seen, opaque to clients. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export function encodeCursor(lastId: string): string {
  return btoa(lastId).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
}

export function decodeCursor(cursor: string): string {
  try {
    const id = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    if (anyIdPattern.test(id)) return id;
  } catch {
    // fall through
  }
  throw new AppError("bad_request", "The cursor is not one this API gave out.", {
    errors: [{ path: "query.cursor", message: "Not a cursor from a previous page." }],
  });
}

/** Given `limit + 1` rows, the page and the cursor of the next one. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
