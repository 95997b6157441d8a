import { AppError, type UpdateDepartmentInput } from "@propgov/core";
import { departments } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { codeTaken } from "./create.js";
import { findDepartment } from "./read.js";
import { type DepartmentView, departmentView } from "./view.js";

export async function updateDepartment(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateDepartmentInput,
): Promise<DepartmentView> {
  try {
    return await inTenant(ctx, async (tx) => {
      assertCountyWide(await reachOf(tx, ctx), "the department roster");
      const before = await findDepartment(tx, ctx, id);
      const [row] = await tx
        .update(departments)
        .set({
          ...(input.name ? { nameZh: input.name.zh, nameEn: input.name.en } : {}),
          ...(input.kind ? { kind: input.kind } : {}),
          ...(input.contact !== undefined
            ? { contactName: input.contact?.name ?? null, contactPhone: input.contact?.phone ?? null }
            : {}),
          updatedAt: ctx.deps.now(),
        })
        .where(and(eq(departments.tenantId, ctx.tenant.id), eq(departments.id, id)))
        .returning();
      if (!row) throw new AppError("not_found", `Department '${id}' was not found.`);
      const view = departmentView(row);
      await audit(tx, ctx, ctx.tenant.id, {
        action: "department.update",
        targetType: "department",
        targetId: id,
        before: departmentView(before),
        after: view,
      });
      return view;
    });
  } catch (error) {
    codeTaken(error, undefined);
  }
}

/** Soft delete: the department leaves lists (unless asked for) but its history stays. */
export async function archiveDepartment(ctx: TenantServiceContext, id: string): Promise<DepartmentView> {
  return inTenant(ctx, async (tx) => {
    assertCountyWide(await reachOf(tx, ctx), "the department roster");
    const before = await findDepartment(tx, ctx, id);
    if (before.archivedAt) return departmentView(before);
    const [row] = await tx
      .update(departments)
      .set({ archivedAt: ctx.deps.now(), updatedAt: ctx.deps.now() })
      .where(and(eq(departments.tenantId, ctx.tenant.id), eq(departments.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Department '${id}' was not found.`);
    const view = departmentView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "department.archive",
      targetType: "department",
      targetId: id,
      before: departmentView(before),
      after: view,
    });
    return view;
  });
}
