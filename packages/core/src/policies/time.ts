import { AppError } from "../errors.js";

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
 * The instant `days` days after `at`; with `workingDays`, Saturdays and Sundays (in the time
 * zone) are not counted. Statutory holidays and swapped working days are not modelled.
 */
export function addDays(at: string, days: number, workingDays: boolean, timeZone: string): string {
  let t = instantOf(at);
  if (!workingDays) return new Date(t + days * DAY_MS).toISOString();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (!isWeekend(t, timeZone)) left--;
  }
  return new Date(t).toISOString();
}
