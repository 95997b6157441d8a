/**
 * Open311 GeoReport v2 values as they travel: the `POST requests` form body coming in, and the
 * ISO 8601 datetimes going out. Web-standard only (URLSearchParams, Intl), for edge runtimes.
 */

/** A `POST requests` body, split into the spec's plain fields and its `attribute[CODE]` answers. */
export interface Open311RequestForm {
  /** Plain fields (`service_code`, `lat`, `description`, `api_key`, …); a repeated name keeps its last value. */
  fields: Record<string, string>;
  /**
   * Answers to the service definition's attributes by code: `attribute[CODE]=v` gives a string
   * (the last one wins), `attribute[CODE][]=v` (a multivaluelist) gives every value in order.
   */
  attributes: Record<string, string | string[]>;
}

const ATTRIBUTE = /^attribute\[([^\]]+)\](\[\])?$/;

/**
 * Reads an `application/x-www-form-urlencoded` body as UTF-8 (`+` is a space, `%XX` bytes decode as
 * UTF-8, a malformed `%` sequence is kept as written). Both records have no prototype, so a field
 * named `__proto__` or `constructor` is only ever a field.
 */
export function parseRequestForm(body: string): Open311RequestForm {
  const fields: Record<string, string> = Object.create(null);
  const attributes: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    const match = ATTRIBUTE.exec(name);
    const code = match?.[1];
    if (code === undefined) {
      fields[name] = value;
    } else if (match?.[2]) {
      const previous = attributes[code];
      if (Array.isArray(previous)) previous.push(value);
      else attributes[code] = [value];
    } else {
      attributes[code] = value;
    }
  }
  return { fields, attributes };
}

/** A time of day (its minutes or seconds, with any fraction) followed by `Z` or `±HH`, `±HHMM`, `±HH:MM`. */
const TIME_WITH_OFFSET = /:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as GeoReport v2 wants it: ISO 8601 to the second, in the tenant's zone, with its offset
 * (`2024-05-06T09:30:00+08:00` in Asia/Shanghai; `Z` when the offset is zero). Milliseconds are cut.
 * A string must carry its own offset (`…Z`, `…+08:00`); an unreadable one, an unknown zone or a
 * year outside 0001–9999 throws a RangeError.
 */
export function open311Time(instant: Date | string, timeZone: string): string {
  const input = typeof instant === "string" ? instant.trim() : instant;
  if (typeof input === "string" && !TIME_WITH_OFFSET.test(input)) {
    throw new RangeError(`Not a datetime with an offset: ${input}`);
  }
  const ms = new Date(input).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a datetime: ${String(instant)}`);
  const at = Math.floor(ms / 1000) * 1000;
  checkYear(new Date(at));

  // The zone's wall clock at `at`, read as if it were UTC, minus `at` is the offset. Old local mean
  // times have offsets in seconds (Shanghai was +08:05:43): round to the minute, and print the
  // wall clock of the rounded offset, so the text still names exactly this instant.
  const offsetMinutes = Math.round((wallClockAsUtc(at, timeZone) - at) / 60_000);
  const local = new Date(at + offsetMinutes * 60_000);
  checkYear(local);
  return `${local.toISOString().slice(0, 19)}${offsetText(offsetMinutes)}`;
}

function checkYear(date: Date) {
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`Year ${year} is outside 0001–9999.`);
}

function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}

function wallClockAsUtc(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = new Date(0);
  // setUTCFullYear, not Date.UTC, which would read years 0–99 as 1900–1999.
  wall.setUTCFullYear(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1);
  // Some engines print midnight as hour 24 even with h23.
  wall.setUTCHours((parts.hour ?? 0) % 24, parts.minute ?? 0, parts.second ?? 0, 0);
  return wall.getTime();
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    // Tenants use a handful of zones; the bound only stops a caller from growing it without end.
    if (formatters.size >= 64) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
