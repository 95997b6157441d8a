import { AppError, type Category, categoryOf, checkInDueAt, newId, transition } from "@propgov/core";
import { caseDepartments, departments, type Tx } from "@propgov/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../../context.js";
import {
  type ActionContext,
  type CaseActionInput,
  type CaseActionTable,
  caseDeadlinesOf,
  noted,
} from "./types.js";

/** Departments summoned (属地吹哨), and their check-in (报到) and completion, each for itself. */
export const departmentActions: CaseActionTable<"whistle" | "checkIn" | "complete"> = {
  whistle: {
    side: "community",
    event: "whistled",
    async apply(c) {
      const { tx, ctx, row, at } = c;
      const category = categoryOf(c.mechanism, row.category);
      const departmentIds = await whistleTargets(tx, ctx, category, c.input.departmentIds);
      const next = transition(c.state, { type: "whistle", departmentIds }, at);
      const fresh = departmentIds.filter((id) => !c.steps.some((s) => s.departmentId === id));
      const dueAt = new Date(checkInDueAt(caseDeadlinesOf(c), at));
      await summon(c, fresh, dueAt);
      const codes = await tx
        .select({ id: departments.id, code: departments.code })
        .from(departments)
        .where(and(eq(departments.tenantId, ctx.tenant.id), inArray(departments.id, fresh)));
      return {
        patch: { status: next.status },
        status: next.status,
        payload: { ...noted(c.input), departmentIds: fresh, checkInDueAt: dueAt.toISOString() },
        policyPayload: { departments: fresh.map((id) => codes.find((d) => d.id === id)?.code ?? id) },
      };
    },
  },
  checkIn: {
    side: "summonedDepartment",
    event: "checkedIn",
    async apply(c) {
      const { next, step } = await markStep(c, { checkedInAt: c.now });
      return {
        patch: { status: next.status },
        status: next.status,
        payload: {
          ...noted(c.input),
          departmentId: c.input.departmentId,
          withinDeadline: c.now.getTime() <= step.checkInDueAt.getTime(),
        },
        policyPayload: { departments: [step.code] },
      };
    },
  },
  complete: {
    side: "summonedDepartment",
    event: "completed",
    async apply(c) {
      const { outcome } = c.input;
      const { next, step } = await markStep(c, { completedAt: c.now, outcome });
      return {
        patch: { status: next.status },
        status: next.status,
        payload: { ...noted(c.input), departmentId: c.input.departmentId, outcome },
        policyPayload: { departments: [step.code] },
      };
    },
  },
};

/** Summons departments in the case's current round: each checks in by `checkInDueAt`. */
export async function summon(
  c: ActionContext<CaseActionInput>,
  departmentIds: readonly string[],
  checkInDueAt: Date,
) {
  await c.tx.insert(caseDepartments).values(
    departmentIds.map((departmentId, i) => ({
      tenantId: c.ctx.tenant.id,
      id: newId("caseDepartment", c.now.getTime() + i),
      caseId: c.row.id,
      departmentId,
      round: c.row.round,
      notifiedAt: c.now,
      checkInDueAt,
    })),
  );
}

/** A summoned department's step checked in or completed. */
async function markStep(
  c: ActionContext<Extract<CaseActionInput, { type: "checkIn" | "complete" }>>,
  set: Partial<typeof caseDepartments.$inferInsert>,
) {
  const { departmentId } = c.input;
  const next = transition(c.state, { type: c.input.type, departmentId }, c.at);
  const step = c.steps.find((s) => s.departmentId === departmentId);
  if (!step) throw new Error("transition accepted a department that is not summoned");
  await c.tx
    .update(caseDepartments)
    .set(set)
    .where(and(eq(caseDepartments.tenantId, c.ctx.tenant.id), eq(caseDepartments.id, step.id)));
  return { next, step };
}

/**
 * Departments a whistle summons: those named (active departments of the roster), else the
 * category's default departments. Neither → 422 naming `body.departmentIds`.
 */
export async function whistleTargets(
  tx: Tx,
  ctx: TenantServiceContext,
  category: Category | undefined,
  named: string[] | undefined,
): Promise<string[]> {
  if (named && named.length > 0) {
    const found = await tx
      .select({ id: departments.id, archivedAt: departments.archivedAt })
      .from(departments)
      .where(and(eq(departments.tenantId, ctx.tenant.id), inArray(departments.id, named)));
    const missing = named.findIndex((id) => !found.some((d) => d.id === id && !d.archivedAt));
    if (missing >= 0) {
      throw new AppError("unprocessable", `Department '${named[missing]}' is not on the roster.`, {
        errors: [{ path: `body.departmentIds.${missing}`, message: "No such active department." }],
      });
    }
    return [...new Set(named)];
  }
  const codes = category?.departments ?? [];
  const rows =
    codes.length > 0
      ? await tx
          .select({ id: departments.id, code: departments.code })
          .from(departments)
          .where(
            and(
              eq(departments.tenantId, ctx.tenant.id),
              inArray(departments.code, codes),
              sql`${departments.archivedAt} is null`,
            ),
          )
      : [];
  if (rows.length === 0) {
    throw new AppError(
      "unprocessable",
      "The category names no default department on the roster; name the departments to summon.",
      { errors: [{ path: "body.departmentIds", message: "Required for this category." }] },
    );
  }
  // In the category's order.
  return codes.flatMap((code) => rows.filter((r) => r.code === code).map((r) => r.id));
}
