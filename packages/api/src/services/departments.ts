import {
  AppError,
  type CreateDepartmentInput,
  type DepartmentKind,
  newId,
  type UpdateDepartmentInput,
} from "@propgov/core";
import { departments, PgCode, pgErrorCode, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { assertCountyWide, reachOf } from "./access/reach.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { textMatches } from "./search.js";
import { inTenant } from "./tx.js";

export interface DepartmentView {
  id: string;
  code: string;
  name: { zh: string; en: string };
  kind: DepartmentKind;
  contact: { name: string; phone: string } | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof departments.$inferSelect;

export const departmentView = (row: Row): DepartmentView => ({
  id: row.id,
  code: row.code,
  name: { zh: row.nameZh, en: row.nameEn },
  kind: row.kind,
  contact: row.contactName && row.contactPhone ? { name: row.contactName, phone: row.contactPhone } : null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

function codeTaken(error: unknown, code: string | undefined): never {
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

async function findDepartment(tx: Tx, ctx: TenantServiceContext, id: string): Promise<Row> {
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
