import { z } from "zod";
import { type IdPrefix, idPattern } from "../ids.js";

export const nameSchema = z.string().trim().min(1, "Required.").max(100);
export const countSchema = z.number().int("A whole number.").min(0, "Cannot be negative.").max(1_000_000);

/** A calendar date `YYYY-MM-DD` that exists: years 0001–9999 (there is no year 0000). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD.")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Not a real date.")
  .refine(
    (s) => !/^0000-\d{2}-\d{2}$/.test(s),
    "There is no year 0000: a date from 0001-01-01 to 9999-12-31.",
  );

/** The first and the last instant stored: what Postgres and ISO 8601's four-digit years both hold. */
export const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00.000Z");
export const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");

/** An instant moved into the stored range (a window computed from an edge may run past it). */
export const clampInstant = (ms: number): Date =>
  new Date(Math.min(LAST_INSTANT, Math.max(FIRST_INSTANT, ms)));

/** Whether an instant lies in 0001-01-01T00:00:00Z … 9999-12-31T23:59:59.999Z. */
export function instantInRange(at: Date): boolean {
  const ms = at.getTime();
  return !Number.isNaN(ms) && ms >= FIRST_INSTANT && ms <= LAST_INSTANT;
}

/**
 * An ISO 8601 instant with its offset (`2026-05-06T09:30:00+08:00`, `…Z`) that is stored as it is:
 * in UTC from 0001-01-01 to 9999-12-31 (so not year 0000, nor `0001-01-01T00:00+14:00`, which is
 * in year 0 in UTC).
 */
export const isoInstantSchema = (
  message = "An ISO 8601 instant with an offset, e.g. 2026-05-06T09:30:00+08:00.",
) =>
  z.iso.datetime({ offset: true, message }).refine(
    // An unreadable text is the format's error already.
    (s) => Number.isNaN(Date.parse(s)) || instantInRange(new Date(s)),
    "Out of range: an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.",
  );

/** An id of the given prefix, e.g. `reg_01J…`. */
export const idOf = (prefix: IdPrefix, what: string) =>
  z.string().regex(idPattern(prefix), `Not a ${what} id.`);

/** A bilingual label; Chinese is the language of record, English for integrators. */
export const labelSchema = z.object({
  zh: z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(100),
});
export type Label = z.infer<typeof labelSchema>;

/** `YYYY-MM-DD` of an instant in a time zone (e.g. today in Asia/Shanghai). */
export function dateInZone(at: Date, timeZone: string): string {
  const parts = dayFormat(timeZone)
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The calendar year of an instant in a time zone. */
export const yearInZone = (at: Date, timeZone: string): number =>
  Number(dateInZone(at, timeZone).slice(0, 4));

// Building an Intl formatter costs far more than using one: one per zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}
