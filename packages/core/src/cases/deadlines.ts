import { type WorkingCalendar, weekdayCalendar } from "../calendar/index.js";
import type { CasePriority, Deadlines, WorkOrders } from "../mechanism/schema.js";
import { addDays, addHours, instantOf } from "../policies/time.js";
import type { CaseStatus } from "./lifecycle.js";
import { unchargedStatuses } from "./lifecycle.js";

export interface CaseDeadlines {
  /** The community reaches the reporter by then (第一时间联系). */
  firstContactDueAt: string;
  /** The case is resolved by then. */
  resolutionDueAt: string;
}

/**
 * Deadlines of a case received (or reopened, or dispatched) at `receivedAt`: hours are wall-clock
 * hours; resolution days are calendar days, or working days where the category says so: Monday to
 * Friday in the tenant's time zone, minus the statutory holidays and plus the make-up working days
 * of `calendar`.
 */
export function caseDeadlines(
  deadlines: Deadlines,
  receivedAt: string,
  timeZone: string,
  calendar: WorkingCalendar = weekdayCalendar,
): CaseDeadlines {
  return {
    firstContactDueAt: addHours(receivedAt, deadlines.firstContactHours),
    resolutionDueAt: addDays(receivedAt, deadlines.resolutionDays, deadlines.workingDays, timeZone, calendar),
  };
}

/** A category's deadlines under a priority: each of the priority's limits caps the category's (the shorter wins). */
export function deadlinesAtPriority(
  deadlines: Deadlines,
  workOrders: WorkOrders,
  priority: CasePriority,
): Deadlines {
  const p = workOrders.priorities[priority];
  const cap = (own: number, limit: number | undefined) => (limit === undefined ? own : Math.min(own, limit));
  return {
    firstContactHours: cap(deadlines.firstContactHours, p.firstContactHours),
    checkInHours: cap(deadlines.checkInHours, p.checkInHours),
    resolutionDays: cap(deadlines.resolutionDays, p.resolutionDays),
    workingDays: deadlines.workingDays,
  };
}

/** When a unit the case was dispatched to at `dispatchedAt` must acknowledge it (签收) by. */
export const acknowledgeDueAt = (workOrders: WorkOrders, priority: CasePriority, dispatchedAt: string) =>
  addHours(dispatchedAt, workOrders.priorities[priority].acknowledgeHours);

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
  const open = !unchargedStatuses.includes(c.status);
  const firstContact = open && !c.contactedAt && Date.parse(c.firstContactDueAt) < t;
  const checkIn = open && c.departments.some((d) => !d.checkedInAt && Date.parse(d.checkInDueAt) < t);
  const resolution = open && Date.parse(c.resolutionDueAt) < t;
  return { firstContact, checkIn, resolution, any: firstContact || checkIn || resolution };
}
