import type { Deadlines } from "../mechanism/schema.js";
import { addDays, addHours, instantOf } from "../policies/time.js";
import type { CaseStatus } from "./lifecycle.js";
import { finishedStatuses } from "./lifecycle.js";

export interface CaseDeadlines {
  /** The community reaches the reporter by then (第一时间联系). */
  firstContactDueAt: string;
  /** The case is resolved by then. */
  resolutionDueAt: string;
}

/**
 * Deadlines of a case received (or reopened) at `receivedAt`: hours are wall-clock hours;
 * resolution days are calendar days, or working days (Monday to Friday in the tenant's time zone)
 * where the category says so.
 */
export function caseDeadlines(deadlines: Deadlines, receivedAt: string, timeZone: string): CaseDeadlines {
  return {
    firstContactDueAt: addHours(receivedAt, deadlines.firstContactHours),
    resolutionDueAt: addDays(receivedAt, deadlines.resolutionDays, deadlines.workingDays, timeZone),
  };
}

/** When a department summoned at `notifiedAt` must check in (报到). */
export const checkInDueAt = (deadlines: Deadlines, notifiedAt: string): string =>
  addHours(notifiedAt, deadlines.checkInHours);

export interface OverdueInput {
  status: CaseStatus;
  contactedAt: string | null;
  firstContactDueAt: string;
  resolutionDueAt: string;
  departments: readonly { checkedInAt: string | null; checkInDueAt: string; completedAt: string | null }[];
}

export interface Overdue {
  firstContact: boolean;
  checkIn: boolean;
  resolution: boolean;
  any: boolean;
}

/** Which deadlines a case has missed as of `now`: computed on read, never stored. */
export function overdueAt(c: OverdueInput, now: string): Overdue {
  const t = instantOf(now);
  const open = !finishedStatuses.includes(c.status);
  const firstContact = open && !c.contactedAt && Date.parse(c.firstContactDueAt) < t;
  const checkIn = open && c.departments.some((d) => !d.checkedInAt && Date.parse(d.checkInDueAt) < t);
  const resolution = open && Date.parse(c.resolutionDueAt) < t;
  return { firstContact, checkIn, resolution, any: firstContact || checkIn || resolution };
}
