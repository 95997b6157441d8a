import { AppError } from "../errors.js";
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

/** What each status allows, before the department and window checks. */
const allowed: Record<CaseStatus, readonly CaseActionName[]> = {
  received: ["contact", "cancel"],
  contacted: ["resolve", "whistle", "cancel"],
  whistled: ["whistle", "checkIn", "complete", "cancel"],
  checkedIn: ["whistle", "complete", "cancel"],
  completed: ["resolve", "whistle"],
  resolved: ["rate", "close", "reopen"],
  rated: ["close", "reopen"],
  closed: ["reopen"],
  cancelled: [],
};

/** The actions a case in this state accepts now (department-level ones only where some department can take them). */
export function allowedActions(state: CaseState): CaseActionName[] {
  return allowed[state.status].filter((a) => {
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

function refuse(state: CaseState, action: CaseActionName, detail?: string): never {
  const actions = allowedActions(state);
  throw new AppError(
    "conflict",
    detail ??
      `A ${state.status} case does not accept '${action}'. Allowed now: ${actions.length ? actions.join(", ") : "none"}.`,
    { extensions: { currentStatus: state.status, allowedActions: actions } },
  );
}

/** Refuses (409) an action the case's status does not accept, before any other check. */
export function assertAllowed(state: CaseState, action: CaseActionName): void {
  if (!allowed[state.status].includes(action)) refuse(state, action);
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
  if (!allowed[state.status].includes(action.type)) refuse(state, action.type);
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
        refuse(state, "whistle", "Every department named is already summoned to this round of the case.");
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
        if (step.checkedInAt) refuse(state, "checkIn", "This department has already checked in.");
        step.checkedInAt = at;
      } else {
        if (!step.checkedInAt)
          refuse(state, "complete", "A department checks in (报到) before it completes.");
        if (step.completedAt) refuse(state, "complete", "This department has already completed.");
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
          );
        }
      }
      return { status: "received", departments: [], reopened: true };
    }
  }
}
