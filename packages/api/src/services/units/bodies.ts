import { AppError, type CreateBodyInput, newId, type UpdateBodyInput } from "@propgov/core";
import { bodies, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf } from "../access/reach.js";
import { writerReach } from "../access/regions.js";
import { unitsWithin } from "../access/units.js";
import { audit } from "../audit.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { assertFitsMechanism, resolveUnit, unitFilter, unitName } from "./refs.js";

/** 物业管理机构: a property-management body of a mechanism level at a region or a compound. */
export interface BodyView {
  id: string;
  level: string;
  regionId: string | null;
  compoundId: string | null;
  /** The name of the region or compound. */
  unitName: string;
  name: string;
  establishedOn: string | null;
  contact: { name: string; phone: string } | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof bodies.$inferSelect;

const bodyView = ({ row, unitName }: { row: Row; unitName: string }): BodyView => ({
  id: row.id,
  level: row.level,
  regionId: row.regionId,
  compoundId: row.compoundId,
  unitName,
  name: row.name,
  establishedOn: row.establishedOn,
  contact: row.contactName && row.contactPhone ? { name: row.contactName, phone: row.contactPhone } : null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

const selectBodies = (tx: Tx) => tx.select({ row: bodies, unitName: unitName(bodies) }).from(bodies);

/** A body the reach may see, else 404. */
async function findBody(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string): Promise<BodyView> {
  const [row] = await selectBodies(tx).where(
    and(eq(bodies.tenantId, ctx.tenant.id), eq(bodies.id, id), unitsWithin(reach, bodies)),
  );
  if (!row) throw new AppError("not_found", `Body '${id}' was not found.`);
  return bodyView(row);
}

/**
 * Inserts in the caller's transaction: checks the unit against the writer's reach (422 naming
 * `body.regionId` or `body.compoundId`) and writes the audit event.
 */
export async function insertBody(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateBodyInput,
): Promise<BodyView> {
  const reach = await writerReach(tx, ctx);
  const unit = await resolveUnit(tx, ctx, reach, input);
  await assertFitsMechanism(tx, ctx, unit, { level: input.level });
  const now = ctx.deps.now();
  const id = newId("body", now.getTime());
  await tx.insert(bodies).values({
    tenantId: ctx.tenant.id,
    id,
    level: input.level,
    ...unit,
    name: input.name,
    establishedOn: input.establishedOn ?? null,
    contactName: input.contact?.name ?? null,
    contactPhone: input.contact?.phone ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const view = await findBody(tx, ctx, { kind: "county" }, id);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "body.create",
    targetType: "body",
    targetId: id,
    after: view,
  });
  return view;
}

export function createBody(ctx: TenantServiceContext, input: CreateBodyInput): Promise<BodyView> {
  return inTenant(ctx, (tx) => insertBody(tx, ctx, input));
}

export interface ListBodiesInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  level?: string | undefined;
  /** Bodies at this region or at any unit under it (compounds through their community). */
  regionId?: string | undefined;
  compoundId?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** Bodies in the caller's reach, oldest first. */
export async function listBodies(ctx: TenantServiceContext, input: ListBodiesInput): Promise<Page<BodyView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return selectBodies(tx)
      .where(
        and(
          eq(bodies.tenantId, ctx.tenant.id),
          unitsWithin(reach, bodies),
          after ? gt(bodies.id, after) : undefined,
          input.includeArchived ? undefined : isNull(bodies.archivedAt),
          input.level ? eq(bodies.level, input.level) : undefined,
          await unitFilter(tx, ctx, bodies, input),
          textMatches(input.q, bodies.name),
        ),
      )
      .orderBy(asc(bodies.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(bodyView), input.limit);
}

export async function getBody(ctx: TenantServiceContext, id: string): Promise<BodyView> {
  return inTenant(ctx, async (tx) => findBody(tx, ctx, await reachOf(tx, ctx), id));
}

/** Changes a body; `regionId` or `compoundId` moves it to that unit (checked like on create). */
export async function updateBody(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateBodyInput,
): Promise<BodyView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findBody(tx, ctx, reach, id);
    const moves = input.regionId !== undefined || input.compoundId !== undefined;
    const unit = moves ? await resolveUnit(tx, ctx, reach, input) : undefined;
    if (moves || input.level !== undefined) {
      await assertFitsMechanism(tx, ctx, unit ?? before, { level: input.level ?? before.level });
    }
    await tx
      .update(bodies)
      .set({
        ...(input.level !== undefined ? { level: input.level } : {}),
        ...unit,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.establishedOn !== undefined ? { establishedOn: input.establishedOn } : {}),
        ...(input.contact !== undefined
          ? { contactName: input.contact?.name ?? null, contactPhone: input.contact?.phone ?? null }
          : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(bodies.tenantId, ctx.tenant.id), eq(bodies.id, id)));
    const view = await findBody(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "body.update",
      targetType: "body",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}

/** Soft delete: the body leaves lists (unless asked for); its history stays. */
export async function archiveBody(ctx: TenantServiceContext, id: string): Promise<BodyView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findBody(tx, ctx, reach, id);
    if (before.archivedAt) return before;
    const now = ctx.deps.now();
    await tx
      .update(bodies)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(bodies.tenantId, ctx.tenant.id), eq(bodies.id, id)));
    const view = await findBody(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "body.archive",
      targetType: "body",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}
