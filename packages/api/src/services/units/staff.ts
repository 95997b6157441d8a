import { AppError, type CreateStaffInput, newId, type UpdateStaffInput } from "@propgov/core";
import { staff, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf } from "../access/reach.js";
import { writerReach } from "../access/regions.js";
import { unitsWithin } from "../access/units.js";
import { audit } from "../audit.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { assertActiveUser, assertFitsMechanism, resolveUnit, unitFilter, unitName } from "./refs.js";

/**
 * 三支队伍的专职人员: a member of a staff team serving a region or a compound. The phone is a work
 * contact, shown in full: only staff roles read this register.
 */
export interface StaffView {
  id: string;
  name: string;
  phone: string;
  team: string;
  dedicated: boolean;
  regionId: string | null;
  compoundId: string | null;
  /** The name of the region or compound. */
  unitName: string;
  userId: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof staff.$inferSelect;

const staffView = ({ row, unitName }: { row: Row; unitName: string }): StaffView => ({
  id: row.id,
  name: row.name,
  phone: row.phone,
  team: row.team,
  dedicated: row.dedicated,
  regionId: row.regionId,
  compoundId: row.compoundId,
  unitName,
  userId: row.userId,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

const selectStaff = (tx: Tx) => tx.select({ row: staff, unitName: unitName(staff) }).from(staff);

/** A staff member the reach may see, else 404. */
async function findStaff(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string): Promise<StaffView> {
  const [row] = await selectStaff(tx).where(
    and(eq(staff.tenantId, ctx.tenant.id), eq(staff.id, id), unitsWithin(reach, staff)),
  );
  if (!row) throw new AppError("not_found", `Staff member '${id}' was not found.`);
  return staffView(row);
}

/**
 * Inserts in the caller's transaction: checks the unit against the writer's reach (422 naming
 * `body.regionId` or `body.compoundId`) and the linked user (422 naming `body.userId`).
 */
export async function insertStaff(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateStaffInput,
): Promise<StaffView> {
  const reach = await writerReach(tx, ctx);
  const unit = await resolveUnit(tx, ctx, reach, input);
  await assertFitsMechanism(tx, ctx, unit, { team: input.team });
  if (input.userId) await assertActiveUser(tx, ctx, input.userId, "body.userId");
  const now = ctx.deps.now();
  const id = newId("staff", now.getTime());
  await tx.insert(staff).values({
    tenantId: ctx.tenant.id,
    id,
    name: input.name,
    phone: input.phone,
    team: input.team,
    dedicated: input.dedicated,
    ...unit,
    userId: input.userId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const view = await findStaff(tx, ctx, { kind: "county" }, id);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "staff.create",
    targetType: "staff",
    targetId: id,
    after: view,
  });
  return view;
}

export function createStaff(ctx: TenantServiceContext, input: CreateStaffInput): Promise<StaffView> {
  return inTenant(ctx, (tx) => insertStaff(tx, ctx, input));
}

export interface ListStaffInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  team?: string | undefined;
  dedicated?: boolean | undefined;
  /** Staff of this region or of any unit under it (compounds through their community). */
  regionId?: string | undefined;
  compoundId?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** Staff in the caller's reach, oldest first; `q` searches names and phones. */
export async function listStaff(ctx: TenantServiceContext, input: ListStaffInput): Promise<Page<StaffView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return selectStaff(tx)
      .where(
        and(
          eq(staff.tenantId, ctx.tenant.id),
          unitsWithin(reach, staff),
          after ? gt(staff.id, after) : undefined,
          input.includeArchived ? undefined : isNull(staff.archivedAt),
          input.team ? eq(staff.team, input.team) : undefined,
          input.dedicated === undefined ? undefined : eq(staff.dedicated, input.dedicated),
          await unitFilter(tx, ctx, staff, input),
          textMatches(input.q, staff.name, staff.phone),
        ),
      )
      .orderBy(asc(staff.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(staffView), input.limit);
}

export async function getStaff(ctx: TenantServiceContext, id: string): Promise<StaffView> {
  return inTenant(ctx, async (tx) => findStaff(tx, ctx, await reachOf(tx, ctx), id));
}

/** Changes a staff member; `regionId` or `compoundId` moves them to that unit (checked like on create). */
export async function updateStaff(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateStaffInput,
): Promise<StaffView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findStaff(tx, ctx, reach, id);
    const moves = input.regionId !== undefined || input.compoundId !== undefined;
    const unit = moves ? await resolveUnit(tx, ctx, reach, input) : undefined;
    if (moves || input.team !== undefined) {
      await assertFitsMechanism(tx, ctx, unit ?? before, { team: input.team ?? before.team });
    }
    if (input.userId) await assertActiveUser(tx, ctx, input.userId, "body.userId");
    await tx
      .update(staff)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.team !== undefined ? { team: input.team } : {}),
        ...(input.dedicated !== undefined ? { dedicated: input.dedicated } : {}),
        ...unit,
        ...(input.userId !== undefined ? { userId: input.userId } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(staff.tenantId, ctx.tenant.id), eq(staff.id, id)));
    const view = await findStaff(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "staff.update",
      targetType: "staff",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}

/** Soft delete: the person leaves lists (unless asked for); their history stays. */
export async function archiveStaff(ctx: TenantServiceContext, id: string): Promise<StaffView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findStaff(tx, ctx, reach, id);
    if (before.archivedAt) return before;
    const now = ctx.deps.now();
    await tx
      .update(staff)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(staff.tenantId, ctx.tenant.id), eq(staff.id, id)));
    const view = await findStaff(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "staff.archive",
      targetType: "staff",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}
