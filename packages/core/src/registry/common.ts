import { z } from "zod";

export const nameSchema = z.string().trim().min(1, "Required.").max(100);
export const countSchema = z.number().int("A whole number.").min(0, "Cannot be negative.").max(1_000_000);

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD.")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Not a real date.");

/** An id of the given prefix, e.g. `reg_01J…`. */
export const idOf = (prefix: string, what: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), `Not a ${what} id.`);

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
