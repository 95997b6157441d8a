import {
  AppError,
  acknowledgeDueAt,
  type CasePriority,
  type CaseRating,
  type CaseState,
  caseDeadlines,
  checkInDueAt,
  complaintHandlingConfigSchema,
  type Mechanism,
  newId,
  type SupervisionLevel,
  transition,
} from "@propgov/core";
import { caseAssignments, caseDepartments, cases, type Tx } from "@propgov/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { caseReachOf, type Reach } from "./access/reach.js";
import { workingCalendarFor } from "./calendar.js";
import {
  appendEvent,
  type CaseActor,
  type CaseRow,
  categoryOf,
  deadlinesFor,
  lockCase,
  whistleTargets,
} from "./cases.js";

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

type Unit = { type: "community" | "department"; id: string };

/** Ends the case's open assignments (returned or reassigned) and withdraws its current departments. */
async function endAssignments(
  tx: Tx,
  ctx: TenantServiceContext,
  row: CaseRow,
  now: Date,
  reason: "returned" | "reassigned",
  returning?: { units: Unit[] | "all"; why: string },
) {
  const open = await tx
    .select()
    .from(caseAssignments)
    .where(
      and(
        eq(caseAssignments.tenantId, ctx.tenant.id),
        eq(caseAssignments.caseId, row.id),
        isNull(caseAssignments.endedAt),
      ),
    );
  for (const a of open) {
    const returned =
      returning &&
      (returning.units === "all" || returning.units.some((u) => u.type === a.unitType && u.id === a.unitId));
    await tx
      .update(caseAssignments)
      .set({
        endedAt: now,
        endReason: returned ? "returned" : reason === "returned" ? "reassigned" : reason,
        returnReason: returned ? returning.why : null,
      })
      .where(and(eq(caseAssignments.tenantId, ctx.tenant.id), eq(caseAssignments.id, a.id)));
  }
  await tx
    .update(caseDepartments)
    .set({ withdrawnAt: now })
    .where(
      and(
        eq(caseDepartments.tenantId, ctx.tenant.id),
        eq(caseDepartments.caseId, row.id),
        eq(caseDepartments.round, row.round),
        isNull(caseDepartments.withdrawnAt),
      ),
    );
  return open;
}

/** The unit the caller acts for on a case dispatched to it: its department, else the community. */
function actingUnits(reach: Reach, row: CaseRow, departmentId: string | undefined): Unit[] | "all" {
  if (reach.kind === "department") return [{ type: "department", id: reach.departmentId }];
  if (row.assignment === "departments")
    return departmentId ? [{ type: "department", id: departmentId }] : "all";
  return [{ type: "community", id: row.communityId }];
}

/**
 * Applies one work-order step to a locked case the state machine has accepted in principle:
 * `transition` refuses (409) what the state does not allow; the row, the assignments and the
 * departments are updated, and the event is appended with actor, time and reason.
 */
export async function applyWorkOrderAction(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  row: CaseRow,
  state: CaseState,
  input: WorkOrderActionInput,
  actor: CaseActor,
): Promise<CaseRow> {
  const now = ctx.deps.now();
  const at = now.toISOString();
  const patch: Partial<typeof cases.$inferInsert> = { updatedAt: now };
  const payload: Record<string, unknown> = {};
  const policyPayload: Record<string, unknown> = {};
  let eventType: string = input.type;
  let eventStatus = row.status;
  let after: (updated: CaseRow) => Promise<unknown> = async () => undefined;

  switch (input.type) {
    case "dispatch":
    case "reassign": {
      const departmentIds =
        input.to === "departments"
          ? await whistleTargets(tx, ctx, categoryOf(mechanism, row.category), input.departmentIds)
          : [];
      const next = transition(
        state,
        input.to === "community"
          ? { type: input.type, to: "community" }
          : { type: input.type, to: "departments", departmentIds },
        at,
      );
      if (input.type === "reassign") await endAssignments(tx, ctx, row, now, "reassigned");
      const priority = input.type === "dispatch" ? (input.priority ?? row.priority) : row.priority;
      const deadlines = deadlinesFor(mechanism, categoryOf(mechanism, row.category), priority);
      // The unit's clock starts at the dispatch: the time with the dispatcher counts against nobody.
      const due = caseDeadlines(deadlines, at, ctx.tenant.timezone, await workingCalendarFor(tx, ctx));
      const ackDue = new Date(acknowledgeDueAt(mechanism.workOrders, priority, at));
      const units: Unit[] =
        input.to === "community"
          ? [{ type: "community", id: row.communityId }]
          : departmentIds.map((id) => ({ type: "department", id }));
      await tx.insert(caseAssignments).values(
        units.map((u, i) => ({
          tenantId: ctx.tenant.id,
          id: newId("caseAssignment", now.getTime() + i),
          caseId: row.id,
          unitType: u.type,
          unitId: u.id,
          assignedAt: now,
          acknowledgeDueAt: ackDue,
        })),
      );
      if (input.to === "departments") {
        const checkIn = new Date(checkInDueAt(deadlines, at));
        await tx.insert(caseDepartments).values(
          departmentIds.map((departmentId, i) => ({
            tenantId: ctx.tenant.id,
            id: newId("caseDepartment", now.getTime() + i),
            caseId: row.id,
            departmentId,
            round: row.round,
            notifiedAt: now,
            checkInDueAt: checkIn,
          })),
        );
        policyPayload.departments = departmentIds;
      }
      Object.assign(patch, {
        status: next.status,
        priority,
        assignment: input.to,
        dispatchedAt: now,
        acknowledgeDueAt: ackDue,
        acknowledgedAt: null,
        contactedAt: null,
        roundStartedAt: now,
        firstContactDueAt: new Date(due.firstContactDueAt),
        resolutionDueAt: new Date(due.resolutionDueAt),
      });
      eventType = input.type === "dispatch" ? "dispatched" : "reassigned";
      eventStatus = next.status;
      Object.assign(payload, {
        to: input.to,
        units,
        priority,
        acknowledgeDueAt: ackDue.toISOString(),
        ...due,
        ...(input.note ? { note: input.note } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      });
      break;
    }
    case "acknowledge": {
      transition(state, { type: "acknowledge" }, at);
      const reach = await caseReachOf(tx, ctx);
      const units = actingUnits(reach, row, input.departmentId);
      const open = await tx
        .select()
        .from(caseAssignments)
        .where(
          and(
            eq(caseAssignments.tenantId, ctx.tenant.id),
            eq(caseAssignments.caseId, row.id),
            isNull(caseAssignments.endedAt),
          ),
        );
      const mine = open.filter(
        (a) =>
          !a.acknowledgedAt &&
          (units === "all" || units.some((u) => u.type === a.unitType && u.id === a.unitId)),
      );
      if (mine.length === 0) {
        throw new AppError("conflict", "Your unit has already acknowledged this case.", {
          extensions: {
            currentStatus: row.status,
            allowedActions: [],
            reason: "case_already_acknowledged_by_unit",
          },
        });
      }
      await tx
        .update(caseAssignments)
        .set({ acknowledgedAt: now })
        .where(
          and(
            eq(caseAssignments.tenantId, ctx.tenant.id),
            inArray(
              caseAssignments.id,
              mine.map((a) => a.id),
            ),
          ),
        );
      const stillWaiting = open.some((a) => !a.acknowledgedAt && !mine.includes(a));
      if (!stillWaiting) patch.acknowledgedAt = now;
      eventType = "acknowledged";
      Object.assign(payload, {
        units: mine.map((a) => ({ type: a.unitType, id: a.unitId })),
        within24h: now.getTime() - (row.dispatchedAt?.getTime() ?? now.getTime()) <= 24 * 3_600_000,
        withinDeadline: mine.every((a) => now.getTime() <= a.acknowledgeDueAt.getTime()),
        ...(input.note ? { note: input.note } : {}),
      });
      break;
    }
    case "return": {
      const next = transition(state, { type: "return" }, at);
      const reach = await caseReachOf(tx, ctx);
      const units = actingUnits(reach, row, undefined);
      await endAssignments(tx, ctx, row, now, "returned", { units, why: input.reason });
      const count = row.returnCount + 1;
      Object.assign(patch, {
        status: next.status,
        assignment: null,
        acknowledgeDueAt: null,
        acknowledgedAt: null,
        contactedAt: null,
        returnCount: count,
      });
      eventType = "returned";
      eventStatus = next.status;
      Object.assign(payload, {
        reason: input.reason,
        units: units === "all" ? "all" : units,
        returnCount: count,
        bouncing: count > mechanism.workOrders.bounceLimit,
      });
      break;
    }
    case "requestExtension": {
      transition(
        state,
        { type: "requestExtension", dueAt: input.dueAt, currentDueAt: row.resolutionDueAt.toISOString() },
        at,
      );
      Object.assign(patch, {
        extensionDueAt: new Date(input.dueAt),
        extensionRequestedAt: now,
        extensionReason: input.reason,
      });
      eventType = "extensionRequested";
      Object.assign(payload, {
        dueAt: new Date(input.dueAt).toISOString(),
        currentDueAt: row.resolutionDueAt.toISOString(),
        reason: input.reason,
      });
      break;
    }
    case "approveExtension":
    case "refuseExtension": {
      transition(state, { type: input.type }, at);
      const asked = row.extensionDueAt as Date;
      Object.assign(patch, { extensionDueAt: null, extensionRequestedAt: null, extensionReason: null });
      if (input.type === "approveExtension") {
        // The deadline moves only now, on approval.
        patch.resolutionDueAt = asked;
        patch.extensionCount = row.extensionCount + 1;
        eventType = "extensionApproved";
        Object.assign(payload, {
          from: row.resolutionDueAt.toISOString(),
          to: asked.toISOString(),
          ...(input.note ? { note: input.note } : {}),
        });
      } else {
        eventType = "extensionRefused";
        Object.assign(payload, { requestedDueAt: asked.toISOString(), reason: input.reason });
      }
      break;
    }
    case "supervise": {
      transition(state, { type: "supervise" }, at);
      if (Date.parse(input.dueAt) <= now.getTime()) {
        throw new AppError("unprocessable", "A supervision's due date lies in the future.", {
          errors: [{ path: "body.dueAt", message: "Not later than now." }],
        });
      }
      Object.assign(patch, {
        supervisionLevel: input.level,
        supervisedAt: row.supervisedAt ?? now,
        supervisionDueAt: new Date(input.dueAt),
      });
      eventType = "supervised";
      Object.assign(payload, {
        level: input.level,
        dueAt: new Date(input.dueAt).toISOString(),
        reason: input.reason,
        ...(row.supervisionLevel ? { previousLevel: row.supervisionLevel } : {}),
      });
      break;
    }
    case "callback": {
      const parsed = complaintHandlingConfigSchema.safeParse(
        mechanism.policies.complaintHandling?.config ?? {},
      );
      const reopenOnDissatisfaction = parsed.success ? parsed.data.reopenOnDissatisfaction : true;
      const next = transition(state, { type: "callback", rating: input.rating, reopenOnDissatisfaction }, at);
      // The phone answer counts as the resident's rating (回访即评价).
      Object.assign(patch, { rating: input.rating, ratedAt: now, ratingSource: "callback" });
      eventType = "rated";
      eventStatus = "rated";
      Object.assign(payload, {
        rating: input.rating,
        source: "callback",
        ...(input.comment ? { comment: input.comment } : {}),
      });
      if (next.reopened) {
        const deadlines = deadlinesFor(mechanism, categoryOf(mechanism, row.category), row.priority);
        const due = caseDeadlines(deadlines, at, ctx.tenant.timezone, await workingCalendarFor(tx, ctx));
        Object.assign(patch, {
          status: "received",
          round: row.round + 1,
          roundStartedAt: now,
          firstContactDueAt: new Date(due.firstContactDueAt),
          resolutionDueAt: new Date(due.resolutionDueAt),
          contactedAt: null,
          resolvedAt: null,
          resolvedOnSpot: null,
          closedAt: null,
        });
        after = () =>
          appendEvent(
            tx,
            ctx,
            mechanism,
            { ...row, round: row.round + 1 },
            { type: "system", id: null, name: null },
            {
              type: "reopened",
              at: new Date(now.getTime() + 1),
              status: "received",
              payload: { because: "unsatisfied", ...due },
            },
          );
      } else {
        patch.status = next.status;
      }
      break;
    }
    case "merge": {
      if (input.duplicateOf === row.id) {
        throw new AppError("unprocessable", "A case cannot repeat itself.", {
          errors: [{ path: "body.duplicateOf", message: "The case itself." }],
        });
      }
      const next = transition(state, { type: "merge" }, at);
      const reach = await caseReachOf(tx, ctx);
      let original: CaseRow;
      try {
        original = await lockCase(tx, ctx, reach, input.duplicateOf);
      } catch {
        throw new AppError("unprocessable", `Case '${input.duplicateOf}' was not found.`, {
          errors: [{ path: "body.duplicateOf", message: "No such case within your reach." }],
        });
      }
      if (original.status === "merged" || original.status === "cancelled") {
        throw new AppError(
          "unprocessable",
          `Case ${original.number} is ${original.status}; merge into its original.`,
          {
            errors: [{ path: "body.duplicateOf", message: `The case is ${original.status}.` }],
          },
        );
      }
      await endAssignments(tx, ctx, row, now, "reassigned");
      const closedAlready = original.status === "closed";
      Object.assign(patch, {
        status: closedAlready ? "closed" : next.status,
        duplicateOfId: original.id,
        assignment: null,
        ...(closedAlready ? { closedAt: now } : {}),
      });
      eventType = "merged";
      eventStatus = closedAlready ? "closed" : next.status;
      Object.assign(payload, {
        duplicateOf: original.id,
        originalNumber: original.number,
        ...(input.note ? { note: input.note } : {}),
      });
      after = () =>
        appendEvent(tx, ctx, mechanism, original, actor, {
          type: "duplicateMerged",
          at: now,
          status: original.status,
          payload: { duplicate: row.id, duplicateNumber: row.number },
        });
      break;
    }
  }

  await appendEvent(tx, ctx, mechanism, row, actor, {
    type: eventType,
    at: now,
    status: eventStatus,
    payload,
    policyPayload,
  });
  const [updated] = await tx
    .update(cases)
    .set(patch)
    .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, row.id)))
    .returning();
  if (!updated) throw new Error("update returned nothing");
  await after(updated);
  return updated;
}

/** Closes the repeat complaints (重复件) merged into a case that has just closed, each with its event. */
export async function closeDuplicatesOf(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  original: CaseRow,
) {
  const now = ctx.deps.now();
  const closed = await tx
    .update(cases)
    .set({ status: "closed", closedAt: now, updatedAt: now })
    .where(
      and(
        eq(cases.tenantId, ctx.tenant.id),
        eq(cases.duplicateOfId, original.id),
        eq(cases.status, "merged"),
      ),
    )
    .returning();
  for (const d of closed) {
    await appendEvent(
      tx,
      ctx,
      mechanism,
      d,
      { type: "system", id: null, name: null },
      {
        type: "closed",
        at: now,
        status: "closed",
        payload: { withOriginal: original.id, originalNumber: original.number },
      },
    );
  }
}
