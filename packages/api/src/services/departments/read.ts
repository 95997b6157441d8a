import { AppError, type DepartmentKind } from "@propgov/core";
import { departments, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { type DepartmentView, departmentView, type Row } from "./view.js";

export interface ListDepartmentsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  kind?: DepartmentKind | undefined;
  includeArchived?: boolean | undefined;
}

export async function listDepartments(
  ctx: TenantServiceContext,
  input: ListDepartmentsInput,
): Promise<Page<DepartmentView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(departments)
      .where(
        and(
          eq(departments.tenantId, ctx.tenant.id),
          after ? gt(departments.id, after) : undefined,
          input.includeArchived ? undefined : isNull(departments.archivedAt),
          input.kind ? eq(departments.kind, input.kind) : undefined,
          textMatches(input.q, departments.nameZh, departments.nameEn, departments.code),
        ),
      )
      .orderBy(asc(departments.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(departmentView), input.limit);
}

export async function findDepartment(tx: Tx, ctx: TenantServiceContext, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(departments)
    .where(and(eq(departments.tenantId, ctx.tenant.id), eq(departments.id, id)));
  if (!row) throw new AppError("not_found", `Department '${id}' was not found.`);
  return row;
}

export async function getDepartment(ctx: TenantServiceContext, id: string): Promise<DepartmentView> {
  return inTenant(ctx, async (tx) => departmentView(await findDepartment(tx, ctx, id)));
}
