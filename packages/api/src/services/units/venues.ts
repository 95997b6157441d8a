import {
  AppError,
  type CreateVenueInput,
  type Label,
  newId,
  type UpdateVenueInput,
  type VenuePurpose,
  venuePurposeLabels,
} from "@propgov/core";
import { type Tx, venues } from "@propgov/db";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf } from "../access/reach.js";
import { writerReach } from "../access/regions.js";
import { unitsWithin } from "../access/units.js";
import { audit } from "../audit.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { assertFitsMechanism, resolveUnit, unitFilter, unitName } from "./refs.js";

/** 阵地: an office for consultation and dispute mediation at a region or a compound. */
export interface VenueView {
  id: string;
  level: string;
  regionId: string | null;
  compoundId: string | null;
  /** The name of the region or compound. */
  unitName: string;
  name: string;
  address: string;
  areaM2: number;
  purpose: VenuePurpose[];
  purposeLabels: Label[];
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof venues.$inferSelect;

const venueView = ({ row, unitName }: { row: Row; unitName: string }): VenueView => ({
  id: row.id,
  level: row.level,
  regionId: row.regionId,
  compoundId: row.compoundId,
  unitName,
  name: row.name,
  address: row.address,
  areaM2: row.areaM2,
  purpose: row.purpose,
  purposeLabels: row.purpose.map((p) => venuePurposeLabels[p]),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

const selectVenues = (tx: Tx) => tx.select({ row: venues, unitName: unitName(venues) }).from(venues);

/** A venue the reach may see, else 404. */
async function findVenue(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string): Promise<VenueView> {
  const [row] = await selectVenues(tx).where(
    and(eq(venues.tenantId, ctx.tenant.id), eq(venues.id, id), unitsWithin(reach, venues)),
  );
  if (!row) throw new AppError("not_found", `Venue '${id}' was not found.`);
  return venueView(row);
}

/**
 * Inserts in the caller's transaction: checks the unit against the writer's reach (422 naming
 * `body.regionId` or `body.compoundId`) and writes the audit event.
 */
export async function insertVenue(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateVenueInput,
): Promise<VenueView> {
  const reach = await writerReach(tx, ctx);
  const unit = await resolveUnit(tx, ctx, reach, input);
  await assertFitsMechanism(tx, ctx, unit, { level: input.level });
  const now = ctx.deps.now();
  const id = newId("venue", now.getTime());
  await tx.insert(venues).values({
    tenantId: ctx.tenant.id,
    id,
    level: input.level,
    ...unit,
    name: input.name,
    address: input.address,
    areaM2: input.areaM2,
    purpose: input.purpose,
    createdAt: now,
    updatedAt: now,
  });
  const view = await findVenue(tx, ctx, { kind: "county" }, id);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "venue.create",
    targetType: "venue",
    targetId: id,
    after: view,
  });
  return view;
}

export function createVenue(ctx: TenantServiceContext, input: CreateVenueInput): Promise<VenueView> {
  return inTenant(ctx, (tx) => insertVenue(tx, ctx, input));
}

export interface ListVenuesInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  level?: string | undefined;
  /** Venues serving this purpose (among others). */
  purpose?: VenuePurpose | undefined;
  /** Venues at this region or at any unit under it (compounds through their community). */
  regionId?: string | undefined;
  compoundId?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** Venues in the caller's reach, oldest first; `q` searches names and addresses. */
export async function listVenues(
  ctx: TenantServiceContext,
  input: ListVenuesInput,
): Promise<Page<VenueView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return selectVenues(tx)
      .where(
        and(
          eq(venues.tenantId, ctx.tenant.id),
          unitsWithin(reach, venues),
          after ? gt(venues.id, after) : undefined,
          input.includeArchived ? undefined : isNull(venues.archivedAt),
          input.level ? eq(venues.level, input.level) : undefined,
          input.purpose ? sql`${input.purpose} = any(${venues.purpose})` : undefined,
          await unitFilter(tx, ctx, venues, input),
          textMatches(input.q, venues.name, venues.address),
        ),
      )
      .orderBy(asc(venues.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(venueView), input.limit);
}

export async function getVenue(ctx: TenantServiceContext, id: string): Promise<VenueView> {
  return inTenant(ctx, async (tx) => findVenue(tx, ctx, await reachOf(tx, ctx), id));
}

/** Changes a venue; `regionId` or `compoundId` moves it to that unit (checked like on create). */
export async function updateVenue(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateVenueInput,
): Promise<VenueView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findVenue(tx, ctx, reach, id);
    const moves = input.regionId !== undefined || input.compoundId !== undefined;
    const unit = moves ? await resolveUnit(tx, ctx, reach, input) : undefined;
    if (moves || input.level !== undefined) {
      await assertFitsMechanism(tx, ctx, unit ?? before, { level: input.level ?? before.level });
    }
    await tx
      .update(venues)
      .set({
        ...(input.level !== undefined ? { level: input.level } : {}),
        ...unit,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.areaM2 !== undefined ? { areaM2: input.areaM2 } : {}),
        ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(venues.tenantId, ctx.tenant.id), eq(venues.id, id)));
    const view = await findVenue(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "venue.update",
      targetType: "venue",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}

/** Soft delete: the venue leaves lists (unless asked for); its history stays. */
export async function archiveVenue(ctx: TenantServiceContext, id: string): Promise<VenueView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findVenue(tx, ctx, reach, id);
    if (before.archivedAt) return before;
    const now = ctx.deps.now();
    await tx
      .update(venues)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(venues.tenantId, ctx.tenant.id), eq(venues.id, id)));
    const view = await findVenue(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "venue.archive",
      targetType: "venue",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}
