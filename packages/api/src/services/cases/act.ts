import { AppError, assertAllowed, type Mechanism } from "@propgov/core";
import { cases, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { mayAct } from "../access/cases.js";
import { caseReachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { communityActions } from "./actions/community.js";
import { departmentActions } from "./actions/departments.js";
import { dispatchActions } from "./actions/dispatch.js";
import type {
  ActionContext,
  CaseActionInput,
  CaseActionSpec,
  CaseActionTable,
  CaseActionType,
} from "./actions/types.js";
import { workOrderActions } from "./actions/work-orders.js";
import { appendEvent, type CaseActor, caseActorOf } from "./events.js";
import { lockCase } from "./read.js";
import { type CaseRow, type CaseView, caseViews, departmentsOf, stateOf } from "./view.js";

/** Every case action: who takes it, the event it writes, what it does. */
export const caseActions: CaseActionTable<CaseActionType> = {
  ...communityActions,
  ...departmentActions,
  ...dispatchActions,
  ...workOrderActions,
};

/** The timeline event each case action writes. */
export const caseActionEventTypes = Object.fromEntries(
  Object.entries(caseActions).map(([type, spec]) => [type, spec.event]),
) as Record<CaseActionType, string>;

/**
 * Applies one action to a locked case: checks it against the state machine (409 naming the
 * current status and the allowed actions), lets the action's entry update the departments and
 * say what changes, appends its event, updates the row, then writes what follows (a `reopened`
 * event when an unsatisfied rating reopens the case). Returns the updated row.
 */
export async function applyAction(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  row: CaseRow,
  input: CaseActionInput,
  actor: CaseActor,
): Promise<CaseRow> {
  const steps = (await departmentsOf(tx, ctx.tenant.id, [row.id])).filter(
    (s) => s.round === row.round && !s.withdrawnAt,
  );
  const state = stateOf(row, steps);
  // The status first: a whistle on a closed case is a 409, whatever departments it names.
  assertAllowed(state, input.type);
  const now = ctx.deps.now();
  const c: ActionContext<CaseActionInput> = {
    tx,
    ctx,
    mechanism,
    row,
    state,
    steps,
    input,
    actor,
    now,
    at: now.toISOString(),
  };
  const spec = caseActions[input.type] as CaseActionSpec<CaseActionInput>;
  const outcome = await spec.apply(c);
  await appendEvent(tx, ctx, mechanism, row, actor, {
    type: spec.event,
    at: now,
    status: outcome.status,
    payload: outcome.payload,
    policyPayload: outcome.policyPayload ?? {},
  });
  const [updated] = await tx
    .update(cases)
    .set({ updatedAt: now, ...outcome.patch })
    .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, row.id)))
    .returning();
  if (!updated) throw new Error("update returned nothing");
  await outcome.after?.(updated);
  return updated;
}

/** A staff action on a case (`POST /cases/{id}/…`), with the access rules of its reach. */
export async function actOnCase(
  ctx: TenantServiceContext,
  id: string,
  input: CaseActionInput,
): Promise<CaseView> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    const row = await lockCase(tx, ctx, reach, id);
    const departmentId =
      "departmentId" in input && typeof input.departmentId === "string" ? input.departmentId : undefined;
    const current =
      reach.kind === "department"
        ? (await departmentsOf(tx, ctx.tenant.id, [row.id]))
            .filter((s) => s.round === row.round && !s.withdrawnAt)
            .map((s) => s.departmentId)
        : [];
    if (!mayAct(reach, caseActions[input.type].side, departmentId, row, current)) {
      throw new AppError("forbidden", "Your role may not take this action on the case.");
    }
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const updated = await applyAction(tx, ctx, mechanism, row, input, caseActorOf(ctx));
    await audit(tx, ctx, ctx.tenant.id, {
      action: `case.${input.type}`,
      targetType: "case",
      targetId: row.id,
      before: { status: row.status, round: row.round },
      after: { status: updated.status, round: updated.round },
    });
    const [view] = await caseViews(tx, ctx, reach, [updated], mechanism);
    if (!view) throw new Error("no view");
    return view;
  });
}
