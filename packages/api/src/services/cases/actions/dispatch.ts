import { AppError, acknowledgeDueAt, categoryOf, checkInDueAt, newId, transition } from "@propgov/core";
import { caseAssignments, caseDepartments, type Tx } from "@propgov/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../../context.js";
import { caseReachOf, type Reach } from "../../access/reach.js";
import type { CaseRow } from "../view.js";
import { summon, whistleTargets } from "./departments.js";
import {
  type ActionContext,
  type ActionOutcome,
  type CaseActionInput,
  type CaseActionTable,
  caseDeadlinesOf,
  deadlinesFromNow,
  noted,
  transitionOn,
} from "./types.js";

type Unit = { type: "community" | "department"; id: string };

/** The 12345 desk's dispatch (派单) and reassignment (改派), and the unit's acknowledgement (签收) and return (退单). */
export const dispatchActions: CaseActionTable<"dispatch" | "reassign" | "acknowledge" | "return"> = {
  dispatch: { side: "countyDesk", event: "dispatched", apply: dispatchTo },
  reassign: { side: "countyDesk", event: "reassigned", apply: dispatchTo },
  acknowledge: {
    side: "dispatchedUnit",
    event: "acknowledged",
    async apply(c) {
      const { tx, ctx, row, now } = c;
      transitionOn(c, "acknowledge");
      const units = actingUnits(await caseReachOf(tx, ctx), row, c.input.departmentId);
      const open = await openAssignments(tx, ctx, row);
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
      return {
        patch: stillWaiting ? {} : { acknowledgedAt: now },
        status: row.status,
        payload: {
          units: mine.map((a) => ({ type: a.unitType, id: a.unitId })),
          within24h: now.getTime() - (row.dispatchedAt?.getTime() ?? now.getTime()) <= 24 * 3_600_000,
          withinDeadline: mine.every((a) => now.getTime() <= a.acknowledgeDueAt.getTime()),
          ...noted(c.input),
        },
      };
    },
  },
  return: {
    side: "dispatchedUnit",
    event: "returned",
    async apply(c) {
      const { tx, ctx, row, now, mechanism } = c;
      const next = transitionOn(c, "return");
      const units = actingUnits(await caseReachOf(tx, ctx), row, undefined);
      await endAssignments(tx, ctx, row, now, "returned", { units, why: c.input.reason });
      const count = row.returnCount + 1;
      return {
        patch: {
          status: next.status,
          assignment: null,
          acknowledgeDueAt: null,
          acknowledgedAt: null,
          contactedAt: null,
          returnCount: count,
        },
        status: next.status,
        payload: {
          reason: c.input.reason,
          units: units === "all" ? "all" : units,
          returnCount: count,
          bouncing: count > mechanism.workOrders.bounceLimit,
        },
      };
    },
  },
};

/** Dispatches (or reassigns) the case to its community or to departments; the units' clocks start now. */
async function dispatchTo(
  c: ActionContext<Extract<CaseActionInput, { type: "dispatch" | "reassign" }>>,
): Promise<ActionOutcome> {
  const { tx, ctx, row, now, at, input, mechanism } = c;
  const departmentIds =
    input.to === "departments"
      ? await whistleTargets(tx, ctx, categoryOf(mechanism, row.category), input.departmentIds)
      : [];
  const next = transition(
    c.state,
    input.to === "community"
      ? { type: input.type, to: "community" }
      : { type: input.type, to: "departments", departmentIds },
    at,
  );
  if (input.type === "reassign") await endAssignments(tx, ctx, row, now, "reassigned");
  const priority = input.type === "dispatch" ? (input.priority ?? row.priority) : row.priority;
  // The unit's clock starts at the dispatch: the time with the dispatcher counts against nobody.
  const due = await deadlinesFromNow(c, priority);
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
    await summon(c, departmentIds, new Date(checkInDueAt(caseDeadlinesOf(c, priority), at)));
  }
  return {
    patch: {
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
    },
    status: next.status,
    payload: {
      to: input.to,
      units,
      priority,
      acknowledgeDueAt: ackDue.toISOString(),
      ...due,
      ...noted(input),
      ...(input.reason ? { reason: input.reason } : {}),
    },
    policyPayload: input.to === "departments" ? { departments: departmentIds } : {},
  };
}

const openAssignments = (tx: Tx, ctx: TenantServiceContext, row: CaseRow) =>
  tx
    .select()
    .from(caseAssignments)
    .where(
      and(
        eq(caseAssignments.tenantId, ctx.tenant.id),
        eq(caseAssignments.caseId, row.id),
        isNull(caseAssignments.endedAt),
      ),
    );

/** Ends the case's open assignments (returned or reassigned) and withdraws its current departments. */
export async function endAssignments(
  tx: Tx,
  ctx: TenantServiceContext,
  row: CaseRow,
  now: Date,
  reason: "returned" | "reassigned",
  returning?: { units: Unit[] | "all"; why: string },
) {
  const open = await openAssignments(tx, ctx, row);
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
