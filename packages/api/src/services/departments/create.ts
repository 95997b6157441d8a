import { AppError, type CreateDepartmentInput, newId } from "@propgov/core";
import { departments, PgCode, pgErrorCode, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { type DepartmentView, departmentView } from "./view.js";

export function codeTaken(error: unknown, code: string | undefined): never {
  if (pgErrorCode(error) === PgCode.uniqueViolation) {
    throw new AppError("conflict", `A department with code '${code}' already exists.`, {
      errors: [{ path: "body.code", message: "Already taken." }],
    });
  }
  throw error;
}

/** Inserts in the caller's transaction (bulk import and demo data compose it). */
export async function insertDepartment(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateDepartmentInput,
): Promise<DepartmentView> {
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(departments)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("department", now.getTime()),
      code: input.code,
      nameZh: input.name.zh,
      nameEn: input.name.en,
      kind: input.kind,
      contactName: input.contact?.name ?? null,
      contactPhone: input.contact?.phone ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = departmentView(row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "department.create",
    targetType: "department",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createDepartment(ctx: TenantServiceContext, input: CreateDepartmentInput) {
  try {
    return await inTenant(ctx, async (tx) => {
      assertCountyWide(await reachOf(tx, ctx), "the department roster");
      return insertDepartment(tx, ctx, input);
    });
  } catch (error) {
    codeTaken(error, input.code);
  }
}
