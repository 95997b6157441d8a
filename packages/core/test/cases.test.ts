import { describe, expect, it } from "vitest";
import {
  AppError,
  allowedActions,
  type CaseAction,
  type CaseActionName,
  type CaseState,
  type CaseStatus,
  caseActions,
  caseDeadlines,
  caseLifecycle,
  caseNumberPattern,
  caseNumberPrefixOf,
  caseStatuses,
  checkInDueAt,
  type Deadlines,
  formatCaseNumber,
  newTrackingCode,
  overdueAt,
  readTenantSettings,
  trackingCodeSchema,
  transition,
} from "../src/index.js";

const AT = "2024-05-06T02:00:00.000Z";
const RESOLVED_AT = "2024-05-01T02:00:00.000Z";
const A = "dep_A";
const B = "dep_B";

/** A representative state for each status (one department summoned where the status implies it). */
const states: Record<CaseStatus, CaseState> = {
  awaitingDispatch: { status: "awaitingDispatch", departments: [], resolvedAt: null },
  received: { status: "received", departments: [], resolvedAt: null, awaitingAcknowledgement: true },
  contacted: { status: "contacted", departments: [], resolvedAt: null, awaitingAcknowledgement: true },
  whistled: {
    status: "whistled",
    departments: [{ departmentId: A, checkedInAt: null, completedAt: null }],
    resolvedAt: null,
    awaitingAcknowledgement: true,
  },
  checkedIn: {
    status: "checkedIn",
    departments: [{ departmentId: A, checkedInAt: AT, completedAt: null }],
    resolvedAt: null,
  },
  completed: {
    status: "completed",
    departments: [{ departmentId: A, checkedInAt: AT, completedAt: AT }],
    resolvedAt: null,
  },
  resolved: { status: "resolved", departments: [], resolvedAt: RESOLVED_AT },
  rated: { status: "rated", departments: [], resolvedAt: RESOLVED_AT },
  closed: { status: "closed", departments: [], resolvedAt: RESOLVED_AT },
  cancelled: { status: "cancelled", departments: [], resolvedAt: null },
  merged: { status: "merged", departments: [], resolvedAt: null },
};

/** One instance of each action, as the API would build it. */
const actions: Record<CaseActionName, CaseAction> = {
  dispatch: { type: "dispatch", to: "departments", departmentIds: [B] },
  acknowledge: { type: "acknowledge" },
  return: { type: "return" },
  reassign: { type: "reassign", to: "community" },
  requestExtension: { type: "requestExtension", dueAt: "2024-05-20T02:00:00.000Z", currentDueAt: AT },
  approveExtension: { type: "approveExtension" },
  refuseExtension: { type: "refuseExtension" },
  supervise: { type: "supervise" },
  callback: { type: "callback", rating: "satisfied", reopenOnDissatisfaction: true },
  merge: { type: "merge" },
  contact: { type: "contact" },
  resolve: { type: "resolve" },
  whistle: { type: "whistle", departmentIds: [B] },
  checkIn: { type: "checkIn", departmentId: A },
  complete: { type: "complete", departmentId: A },
  rate: { type: "rate", rating: "satisfied", reopenOnDissatisfaction: true },
  close: { type: "close" },
  reopen: { type: "reopen", at: AT, windowDays: 30 },
  cancel: { type: "cancel" },
};

/** The lifecycle written out by hand: status → action → status after (absent = refused). */
const legal: Record<CaseStatus, Partial<Record<CaseActionName, CaseStatus>>> = {
  awaitingDispatch: {
    dispatch: "whistled",
    supervise: "awaitingDispatch",
    cancel: "cancelled",
    merge: "merged",
  },
  received: {
    acknowledge: "received",
    contact: "contacted",
    return: "awaitingDispatch",
    reassign: "received",
    requestExtension: "received",
    supervise: "received",
    cancel: "cancelled",
    merge: "merged",
  },
  contacted: {
    acknowledge: "contacted",
    resolve: "resolved",
    whistle: "whistled",
    return: "awaitingDispatch",
    reassign: "received",
    requestExtension: "contacted",
    supervise: "contacted",
    cancel: "cancelled",
    merge: "merged",
  },
  whistled: {
    acknowledge: "whistled",
    whistle: "whistled",
    checkIn: "checkedIn",
    return: "awaitingDispatch",
    reassign: "received",
    requestExtension: "whistled",
    supervise: "whistled",
    cancel: "cancelled",
    merge: "merged",
  },
  checkedIn: {
    whistle: "whistled",
    complete: "completed",
    reassign: "received",
    requestExtension: "checkedIn",
    supervise: "checkedIn",
    cancel: "cancelled",
    merge: "merged",
  },
  completed: {
    resolve: "resolved",
    whistle: "whistled",
    requestExtension: "completed",
    supervise: "completed",
  },
  resolved: { rate: "rated", callback: "rated", close: "closed", reopen: "received" },
  rated: { close: "closed", reopen: "received" },
  closed: { reopen: "received" },
  cancelled: {},
  merged: {},
};

/** The error `fn` throws (fails the test when it throws nothing). */
function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

describe("case state machine", () => {
  const cells = caseStatuses.flatMap((status) => caseActions.map((action) => [status, action] as const));

  it("the table covers every status and action", () => {
    expect(cells).toHaveLength(caseStatuses.length * caseActions.length);
    expect(Object.keys(legal).sort()).toEqual([...caseStatuses].sort());
  });

  it.each(cells)("%s + %s", (status, action) => {
    const state = states[status];
    const expected = legal[status][action];
    if (expected) {
      const next = transition(state, actions[action], AT);
      expect(next.status).toBe(expected);
      expect(next.reopened).toBe(action === "reopen");
    } else {
      const error = thrown(() => transition(state, actions[action], AT));
      expect(error.code).toBe("conflict");
      expect(error.status).toBe(409);
      expect(error.extensions).toEqual({
        currentStatus: status,
        allowedActions: Object.keys(legal[status]).sort((a, b) => order(a) - order(b)),
        // A department that has not checked in cannot complete, whatever else the case allows.
        reason:
          status === "whistled" && action === "complete"
            ? "case_department_not_checked_in"
            : caseLifecycle.spec.reasons[action],
      });
    }
  });

  const order = (a: string) => caseActions.indexOf(a as CaseActionName);

  it("allowed actions name exactly the legal ones of each status", () => {
    for (const status of caseStatuses) {
      expect(allowedActions(states[status]), status).toEqual(caseActions.filter((a) => legal[status][a]));
    }
    // Department actions appear only where some department can take them.
    expect(allowedActions({ ...states.whistled, departments: [] })).toEqual([
      "acknowledge",
      "whistle",
      "return",
      "reassign",
      "requestExtension",
      "supervise",
      "cancel",
      "merge",
    ]);
  });

  it("a whistle that summons nobody new is refused", () => {
    for (const status of ["contacted", "whistled", "checkedIn", "completed"] as const) {
      const error = thrown(() => transition(states[status], { type: "whistle", departmentIds: [] }, AT));
      expect(error.code).toBe("conflict");
      expect(error.message).toMatch(/already summoned/);
      expect(error.extensions).toEqual({
        currentStatus: status,
        allowedActions: allowedActions(states[status]),
        reason: "case_departments_already_summoned",
      });
    }
  });

  it("a refusal says the current state and what it allows in its message", () => {
    const error = thrown(() => transition(states.received, actions.resolve, AT));
    expect(error.message).toBe(
      "A received case does not accept 'resolve'. Allowed now: acknowledge, contact, return, reassign, requestExtension, supervise, cancel, merge.",
    );
    const none = thrown(() => transition(states.cancelled, actions.reopen, AT));
    expect(none.message).toMatch(/Allowed now: none\./);
    expect(none.extensions).toEqual({
      currentStatus: "cancelled",
      allowedActions: [],
      reason: "case_not_reopenable",
    });
  });
});

describe("departments: whistle, check in, complete", () => {
  const contacted = states.contacted;

  it("every summoned department checks in, then completes, before the case moves on", () => {
    const t1 = "2024-05-06T03:00:00.000Z";
    const t2 = "2024-05-06T04:00:00.000Z";
    let s = transition(contacted, { type: "whistle", departmentIds: [A, B, A] }, AT);
    expect(s.status).toBe("whistled");
    expect(s.departments.map((d) => d.departmentId)).toEqual([A, B]);
    const step = (action: CaseAction, at: string) => {
      s = transition({ status: s.status, departments: s.departments, resolvedAt: null }, action, at);
      return s;
    };
    expect(step({ type: "checkIn", departmentId: A }, t1).status).toBe("whistled");
    expect(s.departments[0]).toEqual({ departmentId: A, checkedInAt: t1, completedAt: null });
    expect(step({ type: "complete", departmentId: A }, t2).status).toBe("whistled");
    expect(step({ type: "checkIn", departmentId: B }, t2).status).toBe("checkedIn");
    expect(step({ type: "complete", departmentId: B }, t2).status).toBe("completed");
    expect(s.departments.every((d) => d.completedAt)).toBe(true);
    expect(step({ type: "resolve" }, t2).status).toBe("resolved");
  });

  it("a department completes only after it checked in, and only once of each", () => {
    const two: CaseState = {
      status: "whistled",
      departments: [
        { departmentId: A, checkedInAt: AT, completedAt: AT },
        { departmentId: B, checkedInAt: null, completedAt: null },
      ],
      resolvedAt: null,
    };
    const early = thrown(() => transition(two, { type: "complete", departmentId: B }, AT));
    expect(early.code).toBe("conflict");
    expect(early.message).toMatch(/checks in .* before it completes/);
    expect(early.extensions).toEqual({
      currentStatus: "whistled",
      allowedActions: [
        "whistle",
        "checkIn",
        "return",
        "reassign",
        "requestExtension",
        "supervise",
        "cancel",
        "merge",
      ],
      reason: "case_department_not_checked_in",
    });
    const again = thrown(() => transition(two, { type: "checkIn", departmentId: A }, AT));
    expect(again.message).toMatch(/already checked in/);
    const twice = thrown(() =>
      transition(
        {
          ...two,
          departments: [two.departments[0]!, { departmentId: B, checkedInAt: AT, completedAt: null }],
          status: "checkedIn",
        },
        { type: "complete", departmentId: A },
        AT,
      ),
    );
    expect(twice.message).toMatch(/already completed/);
  });

  it("a department not summoned is not found", () => {
    const error = thrown(() => transition(states.whistled, { type: "checkIn", departmentId: B }, AT));
    expect(error.code).toBe("not_found");
    expect(thrown(() => transition(states.checkedIn, { type: "complete", departmentId: B }, AT)).code).toBe(
      "not_found",
    );
  });

  it("a further whistle adds departments and sends the case back to waiting for check-ins", () => {
    const next = transition(states.checkedIn, { type: "whistle", departmentIds: [A, B] }, AT);
    expect(next.status).toBe("whistled");
    expect(next.departments.map((d) => d.departmentId)).toEqual([A, B]);
    const refused = thrown(() => transition(states.checkedIn, { type: "whistle", departmentIds: [A] }, AT));
    expect(refused.code).toBe("conflict");
  });

  it("the machine does not change the state it was given", () => {
    const before = structuredClone(states.whistled);
    transition(states.whistled, { type: "checkIn", departmentId: A }, AT);
    expect(states.whistled).toEqual(before);
  });
});

describe("rating and reopening", () => {
  it("an unsatisfied rating reopens the case when the policy says so, else it is rated", () => {
    const reopened = transition(
      states.resolved,
      { type: "rate", rating: "unsatisfied", reopenOnDissatisfaction: true },
      AT,
    );
    expect(reopened).toEqual({ status: "received", departments: [], reopened: true });
    const kept = transition(
      states.resolved,
      { type: "rate", rating: "unsatisfied", reopenOnDissatisfaction: false },
      AT,
    );
    expect(kept).toMatchObject({ status: "rated", reopened: false });
    for (const rating of ["satisfied", "basicallySatisfied"] as const) {
      expect(
        transition(states.resolved, { type: "rate", rating, reopenOnDissatisfaction: true }, AT).status,
      ).toBe("rated");
    }
  });

  it("reopens within the window after resolution, up to its last instant, and refuses after", () => {
    const resolvedAt = "2024-05-01T00:00:00.000Z";
    const state: CaseState = { status: "closed", departments: [], resolvedAt };
    const last = "2024-05-31T00:00:00.000Z"; // exactly 30 days
    expect(transition(state, { type: "reopen", at: last, windowDays: 30 }, last)).toEqual({
      status: "received",
      departments: [],
      reopened: true,
    });
    const late = "2024-05-31T00:00:00.001Z";
    const error = thrown(() => transition(state, { type: "reopen", at: late, windowDays: 30 }, late));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/reopen window of 30 days/);
    expect(error.extensions).toEqual({
      currentStatus: "closed",
      allowedActions: ["reopen"],
      reason: "case_reopen_window_passed",
    });
    // A window of 0 days: only at the instant of resolution.
    expect(
      thrown(() => transition(state, { type: "reopen", at: "2024-05-01T00:00:01Z", windowDays: 0 }, AT)).code,
    ).toBe("conflict");
  });
});

describe("deadlines", () => {
  const standard: Deadlines = {
    firstContactHours: 2,
    checkInHours: 2,
    resolutionDays: 5,
    workingDays: false,
  };
  const working = (days: number): Deadlines => ({
    firstContactHours: 2,
    checkInHours: 4,
    resolutionDays: days,
    workingDays: true,
  });

  it("hours and calendar days run across midnight and month ends", () => {
    // 23:00 on 31 May in Mengcheng.
    const at = "2024-05-31T23:00:00+08:00";
    expect(caseDeadlines(standard, at, "Asia/Shanghai")).toEqual({
      // 01:00 on 1 June there.
      firstContactDueAt: new Date("2024-06-01T01:00:00+08:00").toISOString(),
      // 23:00 on 5 June there.
      resolutionDueAt: new Date("2024-06-05T23:00:00+08:00").toISOString(),
    });
    expect(checkInDueAt(standard, at)).toBe(new Date("2024-06-01T01:00:00+08:00").toISOString());
    expect(checkInDueAt({ ...standard, checkInHours: 0.5 }, at)).toBe(
      new Date("2024-05-31T23:30:00+08:00").toISOString(),
    );
  });

  it("calendar days count the weekend; working days skip it", () => {
    // Friday 10 May 2024, 19:00 in Mengcheng.
    const friday = "2024-05-10T19:00:00+08:00";
    expect(caseDeadlines({ ...standard, resolutionDays: 1 }, friday, "Asia/Shanghai").resolutionDueAt).toBe(
      new Date("2024-05-11T19:00:00+08:00").toISOString(),
    );
    expect(caseDeadlines(working(1), friday, "Asia/Shanghai").resolutionDueAt).toBe(
      new Date("2024-05-13T19:00:00+08:00").toISOString(),
    );
    // 7 working days: the next week's Monday to Friday, then Monday and Tuesday after.
    expect(caseDeadlines(working(7), friday, "Asia/Shanghai").resolutionDueAt).toBe(
      new Date("2024-05-21T19:00:00+08:00").toISOString(),
    );
  });

  it("the weekend is the tenant's: a Friday-evening case in New York is Saturday morning in Shanghai", () => {
    // Friday 10 May 2024, 19:00 in New York = Saturday 11 May, 07:00 in Shanghai.
    const at = "2024-05-10T19:00:00-04:00";
    const ny = caseDeadlines(working(1), at, "America/New_York").resolutionDueAt;
    const sh = caseDeadlines(working(1), at, "Asia/Shanghai").resolutionDueAt;
    // New York: Saturday and Sunday skipped, due Monday 19:00 there.
    expect(ny).toBe(new Date("2024-05-13T19:00:00-04:00").toISOString());
    // Shanghai: Sunday skipped, due Monday 07:00 there: a whole day earlier.
    expect(sh).toBe(new Date("2024-05-13T07:00:00+08:00").toISOString());
    expect(Date.parse(ny) - Date.parse(sh)).toBe(24 * 3_600_000);
    expect(caseDeadlines(working(2), at, "America/New_York").resolutionDueAt).toBe(
      new Date("2024-05-14T19:00:00-04:00").toISOString(),
    );
    expect(caseDeadlines(working(2), at, "Asia/Shanghai").resolutionDueAt).toBe(
      new Date("2024-05-14T07:00:00+08:00").toISOString(),
    );
    // First contact is wall-clock hours everywhere.
    expect(caseDeadlines(working(1), at, "America/New_York").firstContactDueAt).toBe(
      caseDeadlines(working(1), at, "Asia/Shanghai").firstContactDueAt,
    );
  });

  it("an instant that is not one is a clear bad request", () => {
    expect(thrown(() => caseDeadlines(standard, "yesterday", "Asia/Shanghai")).code).toBe("bad_request");
  });
});

describe("overdueAt", () => {
  const base = {
    status: "received" as CaseStatus,
    contactedAt: null,
    firstContactDueAt: "2024-05-06T02:00:00.000Z",
    resolutionDueAt: "2024-05-11T00:00:00.000Z",
    departments: [],
  };

  it("nothing before the deadlines; at the instant itself still in time", () => {
    expect(overdueAt(base, "2024-05-06T01:59:59.999Z").any).toBe(false);
    expect(overdueAt(base, "2024-05-06T02:00:00.000Z").any).toBe(false);
  });

  it("first contact is missed only while nobody contacted the reporter", () => {
    expect(overdueAt(base, "2024-05-06T02:00:00.001Z")).toEqual({
      firstContact: true,
      checkIn: false,
      resolution: false,
      any: true,
    });
    const contacted = { ...base, status: "contacted" as const, contactedAt: "2024-05-06T03:00:00.000Z" };
    expect(overdueAt(contacted, "2024-05-07T00:00:00.000Z").any).toBe(false);
  });

  it("a department's check-in and the resolution", () => {
    const whistled = {
      ...base,
      status: "whistled" as const,
      contactedAt: "2024-05-06T01:00:00.000Z",
      departments: [
        {
          checkedInAt: "2024-05-06T03:00:00.000Z",
          checkInDueAt: "2024-05-06T04:00:00.000Z",
          completedAt: null,
        },
        { checkedInAt: null, checkInDueAt: "2024-05-06T05:00:00.000Z", completedAt: null },
      ],
    };
    expect(overdueAt(whistled, "2024-05-06T04:30:00.000Z").checkIn).toBe(false);
    expect(overdueAt(whistled, "2024-05-06T05:30:00.000Z")).toEqual({
      firstContact: false,
      checkIn: true,
      resolution: false,
      any: true,
    });
    expect(overdueAt(whistled, "2024-05-12T00:00:00.000Z")).toMatchObject({
      resolution: true,
      checkIn: true,
    });
  });

  it("a finished case misses nothing", () => {
    for (const status of ["resolved", "rated", "closed", "cancelled"] as const) {
      expect(overdueAt({ ...base, status }, "2030-01-01T00:00:00.000Z").any).toBe(false);
    }
    // `completed` is still open: the community has yet to resolve it.
    expect(overdueAt({ ...base, status: "completed" }, "2030-01-01T00:00:00.000Z").resolution).toBe(true);
  });
});

describe("numbers and tracking codes", () => {
  it("case numbers read PREFIX-YEAR-000123, and grow past six digits", () => {
    expect(formatCaseNumber("MC", 2024, 123)).toBe("MC-2024-000123");
    expect(formatCaseNumber("OU", 2026, 1)).toBe("OU-2026-000001");
    expect(formatCaseNumber("MC", 2024, 1_234_567)).toBe("MC-2024-1234567");
    for (const n of ["MC-2024-000123", "MC-2024-1234567"]) expect(n).toMatch(caseNumberPattern);
    expect("mc-2024-000123").not.toMatch(caseNumberPattern);
  });

  it("the prefix is the tenant's setting, else the first two letters of its slug", () => {
    expect(caseNumberPrefixOf("mengcheng", readTenantSettings({}))).toBe("ME");
    expect(caseNumberPrefixOf("ours", readTenantSettings(null))).toBe("OU");
    expect(caseNumberPrefixOf("mengcheng", readTenantSettings({ caseNumberPrefix: "MC" }))).toBe("MC");
    expect(caseNumberPrefixOf("x-1", readTenantSettings({}))).toBe("XX");
    // An invalid stored setting falls back to the defaults.
    expect(caseNumberPrefixOf("ours", readTenantSettings({ caseNumberPrefix: "lower" }))).toBe("OU");
  });

  it("tracking codes are 3 × 4 characters without look-alikes, and do not repeat", () => {
    const codes = Array.from({ length: 5000 }, () => newTrackingCode());
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
    // Every one of the 31 characters turns up.
    expect(new Set(codes.join("").replaceAll("-", "")).size).toBe(31);
  });

  it("a tracking code typed in lower case with spaces around is read", () => {
    const code = newTrackingCode();
    expect(trackingCodeSchema.parse(` ${code.toLowerCase()} `)).toBe(code);
    expect(trackingCodeSchema.safeParse("K7QH-3M9T-XR2O").success).toBe(false);
    expect(trackingCodeSchema.safeParse("K7QH3M9TXR2P").success).toBe(false);
  });
});
