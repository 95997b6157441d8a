import type { Schedule } from "../mechanism/schema.js";

/**
 * Which notices the scheduler owes for one deadline at one moment. Pure: the API stores each
 * notice it sends (keyed by the deadline), so asking again later never sends one twice.
 */
export const deadlineKinds = ["firstContact", "acknowledge", "checkIn", "resolution", "task"] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const deadlineKindLabels: Record<DeadlineKind, { zh: string; en: string }> = {
  firstContact: { zh: "首次联系", en: "First contact" },
  acknowledge: { zh: "签收", en: "Acknowledgement" },
  checkIn: { zh: "部门报到", en: "Department check-in" },
  resolution: { zh: "办结", en: "Resolution" },
  task: { zh: "责任清单到期", en: "Task due date" },
};

/** Levels of the region tree an overdue case climbs (逐级督办), above the unit that holds it. */
export const escalationLevels = ["township", "county"] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

export type Notice = "dueSoon" | "overdue" | `escalated:${EscalationLevel}`;

export interface Escalation {
  townshipAfterHours: number | null;
  countyAfterHours: number | null;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The lead time of a deadline kind's reminder, in ms (0: none). */
export function reminderLeadMs(kind: DeadlineKind, reminders: Schedule["reminders"]): number {
  switch (kind) {
    case "firstContact":
      return reminders.firstContactMinutes * MINUTE;
    case "acknowledge":
      return reminders.acknowledgeMinutes * MINUTE;
    case "checkIn":
      return reminders.checkInMinutes * MINUTE;
    case "resolution":
      return reminders.resolutionHours * HOUR;
    case "task":
      return reminders.taskDays * 24 * HOUR;
  }
}

/**
 * How far back an overdue deadline is still announced: the last escalation step plus a day. A
 * deadline that passed longer ago (before the scheduler ran at all) is left to the evaluations.
 */
export function lookbackMs(escalation: Escalation): number {
  return (Math.max(escalation.townshipAfterHours ?? 0, escalation.countyAfterHours ?? 0) + 24) * HOUR;
}

/**
 * The notices due for a deadline at `now`, earliest first:
 * - `dueSoon` from the lead time before the deadline until the deadline (not after it: a
 *   reminder of a deadline already missed would only confuse);
 * - `overdue` from the deadline;
 * - `escalated:township` and `escalated:county` after their hours overdue (cases only; tasks
 *   are followed up by whoever issued them).
 * Nothing for a deadline that passed more than {@link lookbackMs} ago.
 */
export function noticesDue(
  kind: DeadlineKind,
  dueAt: number,
  now: number,
  schedule: Schedule,
  escalation: Escalation,
): Notice[] {
  if (now < dueAt) {
    const lead = reminderLeadMs(kind, schedule.reminders);
    return lead > 0 && now >= dueAt - lead ? ["dueSoon"] : [];
  }
  if (now - dueAt > lookbackMs(escalation)) return [];
  const out: Notice[] = ["overdue"];
  if (kind === "task") return out;
  for (const level of escalationLevels) {
    const after = level === "township" ? escalation.townshipAfterHours : escalation.countyAfterHours;
    if (after !== null && now >= dueAt + after * HOUR) out.push(`escalated:${level}`);
  }
  return out;
}
