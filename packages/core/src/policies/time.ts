import { isWorkingDate, type WorkingCalendar, weekdayCalendar } from "../calendar/index.js";
import { AppError } from "../errors.js";
import { dateInZone } from "../registry/common.js";
import type { Period } from "./types.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Milliseconds of an ISO instant; a clear error when it is not one. */
export function instantOf(at: string): number {
  const t = Date.parse(at);
  if (Number.isNaN(t))
    throw new AppError(
      "bad_request",
      `Not an instant: '${at}'. Use ISO 8601, e.g. 2024-05-06T09:30:00+08:00.`,
    );
  return t;
}

/** The instant `hours` after `at`, as ISO 8601 UTC. */
export const addHours = (at: string, hours: number): string =>
  new Date(instantOf(at) + hours * HOUR_MS).toISOString();

const weekdays = new Map<string, Intl.DateTimeFormat>();
/** Whether an instant falls on a Saturday or Sunday in the time zone. */
export function isWeekend(t: number, timeZone: string): boolean {
  let format = weekdays.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short" });
    weekdays.set(timeZone, format);
  }
  const day = format.format(new Date(t));
  return day === "Sat" || day === "Sun";
}

/**
 * The instant `days` days after `at`; with `workingDays`, only working days (in the time zone)
 * are counted: Monday to Friday, minus the calendar's statutory holidays, plus its make-up
 * working days (调休上班). Without a calendar, Saturdays and Sundays alone are skipped.
 */
export function addDays(
  at: string,
  days: number,
  workingDays: boolean,
  timeZone: string,
  calendar: WorkingCalendar = weekdayCalendar,
): string {
  let t = instantOf(at);
  if (!workingDays) return new Date(t + days * DAY_MS).toISOString();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDate(dateInZone(new Date(t), timeZone), calendar)) left--;
  }
  return new Date(t).toISOString();
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Before this instant a zone's local year may be 1 BC: its format then carries the era. */
const SECOND_YEAR = Date.parse("0002-01-01T00:00:00Z");

function zoneFormat(timeZone: string, withEra: boolean): Intl.DateTimeFormat {
  const key = withEra ? `${timeZone} era` : timeZone;
  let format = zoneFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      ...(withEra ? { era: "short" as const } : {}),
    });
    zoneFormats.set(key, format);
  }
  return format;
}

/** The offset (ms) of a time zone from UTC at an instant. */
function offsetAt(t: number, timeZone: string): number {
  const p: Record<string, number> = {};
  let bc = false;
  for (const part of zoneFormat(timeZone, t < SECOND_YEAR).formatToParts(new Date(t))) {
    if (part.type === "era") bc = part.value === "BC";
    else p[part.type] = Number(part.value);
  }
  // The astronomical year (1 BC is year 0), set with setUTCFullYear: Date.UTC reads 0–99 as 1900–1999.
  const year = bc ? 1 - (p.year ?? 1) : (p.year ?? 1970);
  const wall =
    new Date(0).setUTCFullYear(year, (p.month ?? 1) - 1, p.day ?? 1) +
    (((p.hour ?? 0) * 60 + (p.minute ?? 0)) * 60 + (p.second ?? 0)) * 1000;
  return wall - Math.floor(t / 1000) * 1000;
}

/** The instant (ms) a day `YYYY-MM-DD` begins in a time zone (00:00 local). */
export function startOfDayIn(date: string, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** A period as instants `[from, to)`: from its first day's start to the start of the day after its last, in the zone. */
export function periodWindow(period: Period, timeZone: string): { from: number; to: number } {
  const dayAfter = new Date(Date.parse(`${period.end}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { from: startOfDayIn(period.start, timeZone), to: startOfDayIn(dayAfter, timeZone) };
}

/**
 * The day `months` months after `date` (`YYYY-MM-DD`; negative goes back), the day cut to a shorter
 * month's end (2026-01-31 + 1 → 2026-02-28); undefined before 0001-01-01, 9999-12-31 past it.
 */
export function shiftMonths(date: string, months: number): string | undefined {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  if (year < 1) return undefined;
  if (year > 9999) return "9999-12-31";
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] as number;
  // Written out: Date.UTC would read the years 0–99 as 1900–1999.
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(Math.min(d, last), 2)}`;
}

/** The date `days` days after `date` (`YYYY-MM-DD`; negative goes back). */
export const shiftDate = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The instant (ms) a day `YYYY-MM-DD` ends in a time zone: the start of the next day there. */
export const endOfDayIn = (date: string, timeZone: string): number =>
  startOfDayIn(shiftDate(date, 1), timeZone);

/** The month `by` months from a month or a day's month (`YYYY-MM` or `YYYY-MM-DD`), as `YYYY-MM`. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}
