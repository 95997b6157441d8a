import { describe, expect, it } from "vitest";
import {
  complaintHandlingConfigSchema,
  createPolicyRegistry,
  getPreset,
  lookbackMs,
  noticesDue,
  reminderLeadMs,
  scheduleSchema,
  validateMechanism,
} from "../src/index.js";

const H = 3_600_000;
const M = 60_000;
const schedule = scheduleSchema.parse({});
const escalation = complaintHandlingConfigSchema.parse({}).escalation;
const due = Date.parse("2026-03-10T08:00:00Z");

describe("the scheduler's notices for one deadline", () => {
  it("defaults: reminders 30 min before first contact and check-in, 1 h before acknowledgement, 24 h before resolution, 2 days before a task; escalation after 24 h and 72 h", () => {
    expect(schedule.reminders).toEqual({
      firstContactMinutes: 30,
      acknowledgeMinutes: 60,
      checkInMinutes: 30,
      resolutionHours: 24,
      taskDays: 2,
    });
    expect(schedule.monthlyEvaluation).toEqual({ enabled: true, day: 1, hour: 2 });
    expect(escalation).toEqual({ townshipAfterHours: 24, countyAfterHours: 72 });
    expect(reminderLeadMs("resolution", schedule.reminders)).toBe(24 * H);
    expect(reminderLeadMs("task", schedule.reminders)).toBe(48 * H);
  });

  it("says nothing before the lead time, 'due soon' inside it, and not 'due soon' once the deadline has passed", () => {
    expect(noticesDue("firstContact", due, due - 31 * M, schedule, escalation)).toEqual([]);
    expect(noticesDue("firstContact", due, due - 30 * M, schedule, escalation)).toEqual(["dueSoon"]);
    expect(noticesDue("firstContact", due, due - 1, schedule, escalation)).toEqual(["dueSoon"]);
    expect(noticesDue("firstContact", due, due, schedule, escalation)).toEqual(["overdue"]);
  });

  it("climbs the region tree: township after 24 h overdue, county after 72 h", () => {
    expect(noticesDue("resolution", due, due + 23 * H, schedule, escalation)).toEqual(["overdue"]);
    expect(noticesDue("resolution", due, due + 24 * H, schedule, escalation)).toEqual([
      "overdue",
      "escalated:township",
    ]);
    expect(noticesDue("resolution", due, due + 72 * H, schedule, escalation)).toEqual([
      "overdue",
      "escalated:township",
      "escalated:county",
    ]);
  });

  it("follows the county's configuration: no reminder at lead 0, no step whose hours are null", () => {
    const quiet = scheduleSchema.parse({ reminders: { acknowledgeMinutes: 0 } });
    expect(noticesDue("acknowledge", due, due - 1, quiet, escalation)).toEqual([]);
    const townshipOnly = { townshipAfterHours: 2, countyAfterHours: null };
    expect(noticesDue("checkIn", due, due + 1 * H, schedule, townshipOnly)).toEqual(["overdue"]);
    expect(noticesDue("checkIn", due, due + 25 * H, schedule, townshipOnly)).toEqual([
      "overdue",
      "escalated:township",
    ]);
    expect(noticesDue("checkIn", due, due + 3 * H, schedule, townshipOnly)).toEqual([
      "overdue",
      "escalated:township",
    ]);
  });

  it("tasks are reported overdue but not escalated; long-past deadlines are left to the evaluations", () => {
    expect(noticesDue("task", due, due + 500 * H, schedule, escalation)).toEqual([]);
    expect(noticesDue("task", due, due + 80 * H, schedule, escalation)).toEqual(["overdue"]);
    expect(lookbackMs(escalation)).toBe(96 * H);
    expect(noticesDue("resolution", due, due + 96 * H + 1, schedule, escalation)).toEqual([]);
  });

  it("a stored mechanism without a schedule section gets the defaults; a bad one is refused naming the field", () => {
    const registry = createPolicyRegistry();
    const preset = getPreset("anhui-3338");
    expect(preset).toBeDefined();
    const parsed = validateMechanism({ ...preset, schedule: undefined }, registry);
    expect(parsed.ok && parsed.document.schedule.reminders.resolutionHours).toBe(24);
    const bad = validateMechanism({ ...preset, schedule: { monthlyEvaluation: { day: 31 } } }, registry);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.path)).toContain("schedule.monthlyEvaluation.day");
  });
});
