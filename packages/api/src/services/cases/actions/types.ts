import {
  type CancelReason,
  type CaseDeadlines,
  type CasePriority,
  type CaseRating,
  type CaseState,
  type CaseStatus,
  caseDeadlines,
  categoryOf,
  complaintConfig,
  deadlinesFor,
  type Mechanism,
  type SupervisionLevel,
  transition,
} from "@propgov/core";
import type { cases, Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../../context.js";
import type { CaseActionSide } from "../../access/cases.js";
import { workingCalendarFor } from "../../calendar.js";
import { appendEvent, type CaseActor } from "../events.js";
import type { CaseRow, departmentsOf } from "../view.js";

/** The 12345 work-order steps (派单, 签收, 退单, 改派, 延期, 督办, 回访, 重复件), as the API receives them. */
export type WorkOrderActionInput =
  | {
      type: "dispatch" | "reassign";
      to: "community" | "departments";
      departmentIds?: string[] | undefined;
      priority?: CasePriority | undefined;
      note?: string | undefined;
      reason?: string | undefined;
    }
  | { type: "acknowledge"; departmentId?: string | undefined; note?: string | undefined }
  | { type: "return"; reason: string }
  | { type: "requestExtension"; dueAt: string; reason: string }
  | { type: "approveExtension"; note?: string | undefined }
  | { type: "refuseExtension"; reason: string }
  | { type: "supervise"; level: SupervisionLevel; dueAt: string; reason: string }
  | { type: "callback"; rating: CaseRating; comment?: string | undefined }
  | { type: "merge"; duplicateOf: string; note?: string | undefined };

/** An action on a case, as the API receives it. */
export type CaseActionInput =
  | { type: "contact"; note?: string | undefined }
  | { type: "resolve"; note?: string | undefined }
  | { type: "whistle"; departmentIds?: string[] | undefined; note?: string | undefined }
  | { type: "checkIn"; departmentId: string; note?: string | undefined }
  | { type: "complete"; departmentId: string; outcome: string; note?: string | undefined }
  | { type: "rate"; rating: CaseRating; comment?: string | undefined }
  | { type: "close"; note?: string | undefined }
  | { type: "reopen"; note?: string | undefined }
  | { type: "cancel"; reason: CancelReason; note?: string | undefined }
  | WorkOrderActionInput;

export type CaseActionType = CaseActionInput["type"];
export type CasePatch = Partial<typeof cases.$inferInsert>;

/** What an action sees: a locked case the state machine accepts the action on in principle. */
export interface ActionContext<I extends CaseActionInput> {
  tx: Tx;
  ctx: TenantServiceContext;
  mechanism: Mechanism;
  row: CaseRow;
  state: CaseState;
  /** The case's departments of the current round (not withdrawn). */
  steps: Awaited<ReturnType<typeof departmentsOf>>;
  input: I;
  actor: CaseActor;
  now: Date;
  at: string;
}

/** What an action does to the case: the row's patch and the event it appends. */
export interface ActionOutcome {
  patch: CasePatch;
  /** The event's status (the row's new status unless the action says otherwise). */
  status: CaseStatus;
  payload: Record<string, unknown>;
  /** What policies see besides category and round (e.g. department codes of a whistle). */
  policyPayload?: Record<string, unknown>;
  /** Writes after the row is updated (a second event, the duplicates that close with it). */
  after?: (updated: CaseRow) => Promise<unknown>;
}

/** One case action: who takes it, the timeline event it writes, and what it does. */
export interface CaseActionSpec<I extends CaseActionInput> {
  side: CaseActionSide;
  event: string;
  apply(c: ActionContext<I>): Promise<ActionOutcome>;
}

/** The actions of some types, each with its own input. */
export type CaseActionTable<T extends CaseActionType> = {
  [K in T]: CaseActionSpec<Extract<CaseActionInput, { type: K }>>;
};

/** The state machine's next state under an action that needs nothing but its type (409 if it may not). */
export const transitionOn = (
  c: ActionContext<CaseActionInput>,
  type:
    | "contact"
    | "resolve"
    | "close"
    | "cancel"
    | "acknowledge"
    | "return"
    | "approveExtension"
    | "refuseExtension"
    | "supervise"
    | "merge",
) => transition(c.state, { type }, c.at);

/** The note of an input, as the event's payload carries it. */
export const noted = (input: { note?: string | undefined }) => (input.note ? { note: input.note } : {});

/** The case's deadlines under its category and a priority (its own unless given). */
export const caseDeadlinesOf = (c: ActionContext<CaseActionInput>, priority: CasePriority = c.row.priority) =>
  deadlinesFor(c.mechanism, categoryOf(c.mechanism, c.row.category), priority);

/** Fresh deadlines from now (the holiday calendar applied), for a new round or a dispatch. */
export async function deadlinesFromNow(c: ActionContext<CaseActionInput>, priority?: CasePriority) {
  return caseDeadlines(
    caseDeadlinesOf(c, priority),
    c.at,
    c.ctx.tenant.timezone,
    await workingCalendarFor(c.tx, c.ctx),
  );
}

/** A reopened case: a new round in which the community answers again, with fresh deadlines from now. */
export const newRound = (c: ActionContext<CaseActionInput>, due: CaseDeadlines): CasePatch => ({
  round: c.row.round + 1,
  roundStartedAt: c.now,
  firstContactDueAt: new Date(due.firstContactDueAt),
  resolutionDueAt: new Date(due.resolutionDueAt),
  contactedAt: null,
  resolvedAt: null,
  resolvedOnSpot: null,
  closedAt: null,
});

/**
 * A rating, by the resident or taken on the phone by the 12345 desk's callback (回访即评价): an
 * unsatisfied one reopens the case under `reopenOnDissatisfaction`, with a `reopened` event after it.
 */
export async function rateCase(
  c: ActionContext<Extract<CaseActionInput, { type: "rate" | "callback" }>>,
  source: "resident" | "callback",
): Promise<ActionOutcome> {
  const { rating, comment } = c.input;
  const reopenOnDissatisfaction = complaintConfig(c.mechanism).reopenOnDissatisfaction;
  const next = transition(c.state, { type: c.input.type, rating, reopenOnDissatisfaction }, c.at);
  const due = next.reopened ? await deadlinesFromNow(c) : null;
  return {
    patch: {
      status: next.status,
      rating,
      ratedAt: c.now,
      ratingSource: source,
      ...(due ? newRound(c, due) : {}),
    },
    status: "rated",
    payload: {
      rating,
      ...(source === "callback" ? { source } : {}),
      ...(comment ? { comment } : {}),
    },
    ...(due ? { after: reopenedByRating(c, due) } : {}),
  };
}

/** The system's `reopened` event after an unsatisfied rating (resident or callback) reopened the case. */
export const reopenedByRating = (c: ActionContext<CaseActionInput>, due: CaseDeadlines) => () =>
  appendEvent(
    c.tx,
    c.ctx,
    c.mechanism,
    { ...c.row, round: c.row.round + 1 },
    { type: "system", id: null, name: null },
    {
      type: "reopened",
      at: new Date(c.now.getTime() + 1),
      status: "received",
      payload: { because: "unsatisfied", ...due },
    },
  );
