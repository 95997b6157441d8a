import { AppError } from "../errors.js";
import { defineLifecycle } from "../lifecycle.js";
import type { Label } from "../registry/common.js";

/**
 * The case lifecycle (接诉即办 + 吹哨报到) as an explicit state machine:
 *
 * received → contacted → resolved (on the spot), or
 *                      → whistled → checkedIn (every summoned department 报到) → completed → resolved
 * resolved → rated → closed; resolved → closed (no rating)
 * resolved | rated | closed → received again on reopen (an unsatisfied rating or a new report)
 * received | contacted | whistled | checkedIn → cancelled (duplicate or invalid)
 *
 * Department steps (check-in, complete) move one department; the case status follows from all of
 * the current round's departments. Pure: the API stores the result and appends the event.
 */
export const caseStatuses = [
  "received",
  "contacted",
  "whistled",
  "checkedIn",
  "completed",
  "resolved",
  "rated",
  "closed",
  "cancelled",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, Label> = {
  received: { zh: "已受理", en: "Received" },
  contacted: { zh: "已联系", en: "Contacted" },
  whistled: { zh: "已吹哨", en: "Whistled" },
  checkedIn: { zh: "部门已报到", en: "Departments checked in" },
  completed: { zh: "部门已办结", en: "Departments completed" },
  resolved: { zh: "已解决", en: "Resolved" },
  rated: { zh: "已评价", en: "Rated" },
  closed: { zh: "已结案", en: "Closed" },
  cancelled: { zh: "已撤销", en: "Cancelled" },
};

/** Statuses in which the work is done (no deadline can be missed any more). */
export const finishedStatuses: readonly CaseStatus[] = ["resolved", "rated", "closed", "cancelled"];
/** Open311's two states: everything not closed or cancelled is open. */
export const open311Status = (status: CaseStatus): "open" | "closed" =>
  status === "closed" || status === "cancelled" ? "closed" : "open";

export const caseActions = [
  "contact",
  "resolve",
  "whistle",
  "checkIn",
  "complete",
  "rate",
  "close",
  "reopen",
  "cancel",
] as const;
export type CaseActionName = (typeof caseActions)[number];

export const caseRatings = ["satisfied", "basicallySatisfied", "unsatisfied"] as const;
export type CaseRating = (typeof caseRatings)[number];
export const caseRatingLabels: Record<CaseRating, Label> = {
  satisfied: { zh: "满意", en: "Satisfied" },
  basicallySatisfied: { zh: "基本满意", en: "Basically satisfied" },
  unsatisfied: { zh: "不满意", en: "Unsatisfied" },
};
/** Ratings that count as satisfied in the satisfaction rate (满意 + 基本满意). */
export const satisfiedRatings: readonly CaseRating[] = ["satisfied", "basicallySatisfied"];

export const cancelReasons = ["duplicate", "invalid"] as const;
export type CancelReason = (typeof cancelReasons)[number];

/** A department summoned in the current round, as the machine needs to see it. */
export interface DepartmentStep {
  departmentId: string;
  checkedInAt: string | null;
  completedAt: string | null;
}

export interface CaseState {
  status: CaseStatus;
  /** Departments of the current round (a reopened case starts a new round with none). */
  departments: readonly DepartmentStep[];
  /** When the case was last resolved; the reopen window counts from here. */
  resolvedAt: string | null;
}

export type CaseAction =
  | { type: "contact" }
  | { type: "resolve" }
  | { type: "whistle"; departmentIds: readonly string[] }
  | { type: "checkIn"; departmentId: string }
  | { type: "complete"; departmentId: string }
  | { type: "rate"; rating: CaseRating; reopenOnDissatisfaction: boolean }
  | { type: "close" }
  | { type: "reopen"; at: string; windowDays: number }
  | { type: "cancel" };

/**
 * What each status accepts, before the department and window checks; where an action leads
 * follows from the departments (whistle, check-in, complete) or the rating (`null` here), and is
 * worked out by `transition`.
 */
export const caseLifecycle = defineLifecycle<CaseStatus, CaseActionName>({
  noun: "case",
  statuses: caseStatuses,
  actions: caseActions,
  next: {
    received: { contact: "contacted", cancel: "cancelled" },
    contacted: { resolve: "resolved", whistle: null, cancel: "cancelled" },
    whistled: { whistle: null, checkIn: null, complete: null, cancel: "cancelled" },
    checkedIn: { whistle: null, complete: null, cancel: "cancelled" },
    completed: { resolve: "resolved", whistle: null },
    resolved: { rate: null, close: "closed", reopen: "received" },
    rated: { close: "closed", reopen: "received" },
    closed: { reopen: "received" },
    cancelled: {},
  },
  reasons: {
    contact: "case_not_contactable",
    resolve: "case_not_resolvable",
    whistle: "case_not_whistleable",
    checkIn: "case_not_open_for_check_in",
    complete: "case_not_completable",
    rate: "case_not_ratable",
    close: "case_not_closable",
    reopen: "case_not_reopenable",
    cancel: "case_not_cancellable",
  },
});

/** The actions a case in this state accepts now (department-level ones only where some department can take them). */
export function allowedActions(state: CaseState): CaseActionName[] {
  return caseLifecycle.allowedActions(state.status).filter((a) => {
    if (a === "checkIn") return state.departments.some((d) => !d.checkedInAt);
    if (a === "complete") return state.departments.some((d) => d.checkedInAt && !d.completedAt);
    return true;
  });
}

/** Status that the departments of the round imply: all completed, all checked in, or still waiting. */
export function statusFromDepartments(departments: readonly DepartmentStep[]): CaseStatus {
  if (departments.length > 0 && departments.every((d) => d.completedAt)) return "completed";
  if (departments.length > 0 && departments.every((d) => d.checkedInAt)) return "checkedIn";
  return "whistled";
}

/** Refuses with 409 naming the status, the actions allowed now and the reason code. */
function refuse(state: CaseState, action: CaseActionName, detail?: string, reason?: string): never {
  const actions = allowedActions(state);
  return caseLifecycle.refuse(state.status, action, {
    allowed: actions,
    ...(reason ? { reason } : {}),
    detail:
      detail ??
      `A ${state.status} case does not accept '${action}'. Allowed now: ${actions.length ? actions.join(", ") : "none"}.`,
  });
}

/** Refuses (409) an action the case's status does not accept, before any other check. */
export function assertAllowed(state: CaseState, action: CaseActionName): void {
  if (!caseLifecycle.accepts(state.status, action)) refuse(state, action);
}

export interface Transition {
  status: CaseStatus;
  departments: DepartmentStep[];
  /** The action reopened the case (an unsatisfied rating under `reopenOnDissatisfaction`, or `reopen`). */
  reopened: boolean;
}

/**
 * Applies one action to a case. Refuses an illegal action with 409 (`conflict`) whose problem
 * document names `currentStatus` and `allowedActions`. `at` stamps department steps.
 */
export function transition(state: CaseState, action: CaseAction, at: string): Transition {
  if (!caseLifecycle.accepts(state.status, action.type)) refuse(state, action.type);
  const departments = state.departments.map((d) => ({ ...d }));
  const same = (status: CaseStatus): Transition => ({ status, departments, reopened: false });

  switch (action.type) {
    case "contact":
      return same("contacted");
    case "resolve":
      return same("resolved");
    case "close":
      return same("closed");
    case "cancel":
      return same("cancelled");
    case "whistle": {
      const fresh = [...new Set(action.departmentIds)].filter(
        (id) => !departments.some((d) => d.departmentId === id),
      );
      if (fresh.length === 0) {
        refuse(
          state,
          "whistle",
          "Every department named is already summoned to this round of the case.",
          "case_departments_already_summoned",
        );
      }
      for (const id of fresh) departments.push({ departmentId: id, checkedInAt: null, completedAt: null });
      return same(statusFromDepartments(departments));
    }
    case "checkIn":
    case "complete": {
      const step = departments.find((d) => d.departmentId === action.departmentId);
      if (!step) {
        throw new AppError("not_found", `Department '${action.departmentId}' was not summoned to this case.`);
      }
      if (action.type === "checkIn") {
        if (step.checkedInAt) {
          refuse(
            state,
            "checkIn",
            "This department has already checked in.",
            "case_department_already_checked_in",
          );
        }
        step.checkedInAt = at;
      } else {
        if (!step.checkedInAt) {
          refuse(
            state,
            "complete",
            "A department checks in (报到) before it completes.",
            "case_department_not_checked_in",
          );
        }
        if (step.completedAt) {
          refuse(
            state,
            "complete",
            "This department has already completed.",
            "case_department_already_completed",
          );
        }
        step.completedAt = at;
      }
      return same(statusFromDepartments(departments));
    }
    case "rate":
      if (action.rating === "unsatisfied" && action.reopenOnDissatisfaction) {
        return { status: "received", departments: [], reopened: true };
      }
      return same("rated");
    case "reopen": {
      if (state.resolvedAt) {
        const days = (Date.parse(action.at) - Date.parse(state.resolvedAt)) / 86_400_000;
        if (days > action.windowDays) {
          refuse(
            state,
            "reopen",
            `The reopen window of ${action.windowDays} days after resolution has passed; file a new case.`,
            "case_reopen_window_passed",
          );
        }
      }
      return { status: "received", departments: [], reopened: true };
    }
  }
}
