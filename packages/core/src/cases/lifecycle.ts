import { AppError } from "../errors.js";
import { defineLifecycle } from "../lifecycle.js";
import type { Label } from "../registry/common.js";

/**
 * The case lifecycle (接诉即办 + 吹哨报到, and the 12345 work-order desk) as an explicit state machine:
 *
 * awaitingDispatch (a 12345 work order, or a case returned 退单) → dispatch (派单) to the community
 *   → received, or directly to departments → whistled
 * received → contacted → resolved (on the spot), or
 *                      → whistled → checkedIn (every summoned department 报到) → completed → resolved
 * resolved → rated (a rating, or the dispatcher's callback 回访) → closed; resolved → closed (no rating)
 * resolved | rated | closed → received again on reopen (an unsatisfied rating or a new report)
 * received … checkedIn → awaitingDispatch on return (退单: the unit is not responsible)
 * received … checkedIn → received | whistled on reassign (改派, by the dispatcher)
 * awaitingDispatch … checkedIn → cancelled (duplicate or invalid), or merged (重复件) into an
 *   original case, which the duplicate then follows and closes with
 *
 * Acknowledgement (签收), extensions (延期) and supervision (督办) keep the status. Department steps
 * (check-in, complete) move one department; the case status follows from all of the current
 * round's departments. Pure: the API stores the result and appends the event.
 */
export const caseStatuses = [
  "awaitingDispatch",
  "received",
  "contacted",
  "whistled",
  "checkedIn",
  "completed",
  "resolved",
  "rated",
  "closed",
  "cancelled",
  "merged",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, Label> = {
  awaitingDispatch: { zh: "待派单", en: "Awaiting dispatch" },
  received: { zh: "已受理", en: "Received" },
  contacted: { zh: "已联系", en: "Contacted" },
  whistled: { zh: "已吹哨", en: "Whistled" },
  checkedIn: { zh: "部门已报到", en: "Departments checked in" },
  completed: { zh: "部门已办结", en: "Departments completed" },
  resolved: { zh: "已解决", en: "Resolved" },
  rated: { zh: "已评价", en: "Rated" },
  closed: { zh: "已结案", en: "Closed" },
  cancelled: { zh: "已撤销", en: "Cancelled" },
  merged: { zh: "已并案(重复件)", en: "Merged (repeat complaint)" },
};

/** Statuses in which the work is done (no deadline can be missed any more). */
export const finishedStatuses: readonly CaseStatus[] = ["resolved", "rated", "closed", "cancelled", "merged"];
/**
 * Statuses in which no unit is charged with the case's deadlines: the finished ones, and a case
 * waiting for the dispatcher (new, or returned) until it is dispatched again.
 */
export const unchargedStatuses: readonly CaseStatus[] = [...finishedStatuses, "awaitingDispatch"];
/** Open311's two states: everything not closed, cancelled or merged is open. */
export const open311Status = (status: CaseStatus): "open" | "closed" =>
  status === "closed" || status === "cancelled" || status === "merged" ? "closed" : "open";

export const caseActions = [
  "dispatch",
  "acknowledge",
  "contact",
  "resolve",
  "whistle",
  "checkIn",
  "complete",
  "return",
  "reassign",
  "requestExtension",
  "approveExtension",
  "refuseExtension",
  "supervise",
  "rate",
  "callback",
  "close",
  "reopen",
  "cancel",
  "merge",
] as const;
export type CaseActionName = (typeof caseActions)[number];

export const caseActionLabels: Record<CaseActionName, Label> = {
  dispatch: { zh: "派单", en: "Dispatch" },
  acknowledge: { zh: "签收", en: "Acknowledge" },
  contact: { zh: "联系反映人", en: "Contact the reporter" },
  resolve: { zh: "办结", en: "Resolve" },
  whistle: { zh: "吹哨", en: "Whistle departments" },
  checkIn: { zh: "报到", en: "Check in" },
  complete: { zh: "部门办结", en: "Complete (department)" },
  return: { zh: "退单", en: "Return" },
  reassign: { zh: "改派", en: "Reassign" },
  requestExtension: { zh: "申请延期", en: "Request an extension" },
  approveExtension: { zh: "批准延期", en: "Approve the extension" },
  refuseExtension: { zh: "驳回延期", en: "Refuse the extension" },
  supervise: { zh: "督办", en: "Supervise" },
  rate: { zh: "评价", en: "Rate" },
  callback: { zh: "回访", en: "Callback" },
  close: { zh: "结案", en: "Close" },
  reopen: { zh: "重办", en: "Reopen" },
  cancel: { zh: "撤销", en: "Cancel" },
  merge: { zh: "并案(重复件)", en: "Merge as a duplicate" },
};

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

/** Supervision levels (督办), from a reminder to the county's listed supervision (挂牌督办). */
export const supervisionLevels = ["general", "key", "listed"] as const;
export type SupervisionLevel = (typeof supervisionLevels)[number];
export const supervisionLevelLabels: Record<SupervisionLevel, Label> = {
  general: { zh: "一般督办", en: "General supervision" },
  key: { zh: "重点督办", en: "Key supervision" },
  listed: { zh: "挂牌督办", en: "Listed supervision" },
};

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
  /** The case was dispatched (派单) and the unit has not acknowledged (签收) it yet. */
  awaitingAcknowledgement?: boolean;
  /** An extension request waits for the dispatcher's or the county's answer. */
  extensionPending?: boolean;
}

export type DispatchTarget = { to: "community" } | { to: "departments"; departmentIds: readonly string[] };

export type CaseAction =
  | ({ type: "dispatch" } & DispatchTarget)
  | ({ type: "reassign" } & DispatchTarget)
  | { type: "acknowledge" }
  | { type: "contact" }
  | { type: "resolve" }
  | { type: "whistle"; departmentIds: readonly string[] }
  | { type: "checkIn"; departmentId: string }
  | { type: "complete"; departmentId: string }
  | { type: "return" }
  | { type: "requestExtension"; dueAt: string; currentDueAt: string }
  | { type: "approveExtension" }
  | { type: "refuseExtension" }
  | { type: "supervise" }
  | { type: "rate"; rating: CaseRating; reopenOnDissatisfaction: boolean }
  | { type: "callback"; rating: CaseRating; reopenOnDissatisfaction: boolean }
  | { type: "close" }
  | { type: "reopen"; at: string; windowDays: number }
  | { type: "cancel" }
  | { type: "merge" };

const handling = {
  return: "awaitingDispatch",
  reassign: null,
  requestExtension: null,
  approveExtension: null,
  refuseExtension: null,
  supervise: null,
  merge: "merged",
} as const;

/**
 * What each status accepts, before the department and window checks; where an action leads
 * follows from the departments (whistle, check-in, complete, dispatch) or the rating (`null`
 * here), and is worked out by `transition`.
 */
export const caseLifecycle = defineLifecycle<CaseStatus, CaseActionName>({
  noun: "case",
  statuses: caseStatuses,
  actions: caseActions,
  next: {
    awaitingDispatch: { dispatch: null, supervise: null, cancel: "cancelled", merge: "merged" },
    received: { acknowledge: null, contact: "contacted", cancel: "cancelled", ...handling },
    contacted: { acknowledge: null, resolve: "resolved", whistle: null, cancel: "cancelled", ...handling },
    whistled: {
      acknowledge: null,
      whistle: null,
      checkIn: null,
      complete: null,
      cancel: "cancelled",
      ...handling,
    },
    checkedIn: {
      whistle: null,
      complete: null,
      cancel: "cancelled",
      reassign: null,
      requestExtension: null,
      approveExtension: null,
      refuseExtension: null,
      supervise: null,
      merge: "merged",
    },
    completed: {
      resolve: "resolved",
      whistle: null,
      requestExtension: null,
      approveExtension: null,
      refuseExtension: null,
      supervise: null,
    },
    resolved: { rate: null, callback: null, close: "closed", reopen: "received" },
    rated: { close: "closed", reopen: "received" },
    closed: { reopen: "received" },
    cancelled: {},
    merged: {},
  },
  reasons: {
    dispatch: "case_not_dispatchable",
    acknowledge: "case_not_acknowledgeable",
    contact: "case_not_contactable",
    resolve: "case_not_resolvable",
    whistle: "case_not_whistleable",
    checkIn: "case_not_open_for_check_in",
    complete: "case_not_completable",
    return: "case_not_returnable",
    reassign: "case_not_reassignable",
    requestExtension: "case_not_extendable",
    approveExtension: "case_no_extension_pending",
    refuseExtension: "case_no_extension_pending",
    supervise: "case_not_supervisable",
    rate: "case_not_ratable",
    callback: "case_not_ratable",
    close: "case_not_closable",
    reopen: "case_not_reopenable",
    cancel: "case_not_cancellable",
    merge: "case_not_mergeable",
  },
});

/** The actions a case in this state accepts now (department-level ones only where some department can take them). */
export function allowedActions(state: CaseState): CaseActionName[] {
  return caseLifecycle.allowedActions(state.status).filter((a) => {
    if (a === "checkIn") return state.departments.some((d) => !d.checkedInAt);
    if (a === "complete") return state.departments.some((d) => d.checkedInAt && !d.completedAt);
    if (a === "acknowledge") return state.awaitingAcknowledgement === true;
    if (a === "requestExtension") return state.extensionPending !== true;
    if (a === "approveExtension" || a === "refuseExtension") return state.extensionPending === true;
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
  if (action === "acknowledge" && !state.awaitingAcknowledgement) {
    refuse(
      state,
      action,
      "The case awaits no acknowledgement: it was not dispatched, or it is already acknowledged.",
      "case_not_awaiting_acknowledgement",
    );
  }
  if (action === "requestExtension" && state.extensionPending) {
    refuse(
      state,
      action,
      "An extension request is already waiting for an answer.",
      "case_extension_already_pending",
    );
  }
  if ((action === "approveExtension" || action === "refuseExtension") && !state.extensionPending) {
    refuse(state, action, "No extension request is waiting for an answer.", "case_no_extension_pending");
  }
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
  assertAllowed(state, action.type);
  const departments = state.departments.map((d) => ({ ...d }));
  const same = (status: CaseStatus): Transition => ({ status, departments, reopened: false });

  switch (action.type) {
    case "dispatch":
    case "reassign": {
      // The unit's round starts afresh: departments of a previous assignment are withdrawn.
      if (action.to === "community") return { status: "received", departments: [], reopened: false };
      const ids = [...new Set(action.departmentIds)];
      if (ids.length === 0) {
        refuse(
          state,
          action.type,
          "Name at least one department to dispatch to.",
          "case_no_department_named",
        );
      }
      return {
        status: "whistled",
        departments: ids.map((departmentId) => ({ departmentId, checkedInAt: null, completedAt: null })),
        reopened: false,
      };
    }
    case "return":
      return { status: "awaitingDispatch", departments: [], reopened: false };
    case "merge":
      return same("merged");
    case "acknowledge":
    case "approveExtension":
    case "refuseExtension":
    case "supervise":
      return same(state.status);
    case "requestExtension":
      if (Date.parse(action.dueAt) <= Date.parse(action.currentDueAt)) {
        refuse(
          state,
          "requestExtension",
          "An extension asks for a due date later than the current one.",
          "case_extension_not_later",
        );
      }
      return same(state.status);
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
    case "callback":
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
