import { AppError, levelMisfit, teamMisfit, unprocessable } from "@propgov/core";
import { compounds, regions, type Tx, users } from "@propgov/db";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Reach } from "../access/reach.js";
import { pathWithin } from "../access/regions.js";
import { outer, type UnitColumns, unitUnder } from "../access/units.js";
import { currentMechanism } from "../mechanism.js";

/**
 * Bodies, staff and venues belong to a unit: a region (township, street, community) or a
 * compound, exactly one. These helpers name, filter and check units for the three of them; who
 * sees which units is in access/units.ts, the names tasks and meetings show in names.ts.
 */

export interface UnitRef {
  regionId: string | null;
  compoundId: string | null;
}

/** The name of a row's unit (its region's or its compound's), as a column of the select. */
export const unitName = (t: UnitColumns) =>
  sql<string>`coalesce(
    (select r.name from ${regions} r where r.tenant_id = ${outer(t.tenantId)} and r.id = ${outer(t.regionId)}),
    (select c.name from ${compounds} c where c.tenant_id = ${outer(t.tenantId)} and c.id = ${outer(t.compoundId)}))`;

/** The `regionId` filter of a list: units of that region's subtree; an unknown region matches nothing. */
export async function unitFilter(
  tx: Tx,
  ctx: TenantServiceContext,
  t: UnitColumns,
  input: { regionId?: string | undefined; compoundId?: string | undefined },
): Promise<SQL | undefined> {
  const conditions: SQL[] = [];
  if (input.regionId) {
    const [region] = await tx
      .select({ path: regions.path })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, input.regionId)));
    conditions.push(region ? unitUnder(t, region.path) : sql`false`);
  }
  if (input.compoundId) conditions.push(eq(t.compoundId, input.compoundId));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/**
 * The unit a row is put at, checked: it exists, is active and lies within what the writer may
 * change. A unit outside the reach reads as unknown: 422 naming `body.regionId` or `body.compoundId`.
 */
export async function resolveUnit(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: { regionId?: string | undefined; compoundId?: string | undefined },
): Promise<UnitRef> {
  const tenantId = ctx.tenant.id;
  if (input.regionId !== undefined) {
    const id = input.regionId;
    const [row] = await tx
      .select({ path: regions.path, archivedAt: regions.archivedAt })
      .from(regions)
      .where(and(eq(regions.tenantId, tenantId), eq(regions.id, id)));
    if (!row || !pathWithin(reach, row.path)) {
      throw unprocessable("body.regionId", "No such region within your reach.", {
        detail: `Region '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt)
      throw unprocessable("body.regionId", "The region is archived.", {
        detail: `Region '${id}' is archived.`,
      });
    return { regionId: id, compoundId: null };
  }
  const id = input.compoundId ?? "";
  const [row] = await tx
    .select({ path: regions.path, archivedAt: compounds.archivedAt })
    .from(compounds)
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .where(and(eq(compounds.tenantId, tenantId), eq(compounds.id, id)));
  if (!row || !pathWithin(reach, row.path)) {
    throw unprocessable("body.compoundId", "No such compound within your reach.", {
      detail: `Compound '${id}' was not found in your part of the county.`,
    });
  }
  if (row.archivedAt) {
    throw unprocessable("body.compoundId", "The compound is archived.", {
      detail: `Compound '${id}' is archived.`,
    });
  }
  return { regionId: null, compoundId: id };
}

/** An active user of the tenant, else 422 naming `path`. */
export async function assertActiveUser(tx: Tx, ctx: TenantServiceContext, userId: string, path: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, userId), isNull(users.disabledAt)));
  if (!row) {
    throw new AppError("unprocessable", `User '${userId}' is not an active user of this county.`, {
      errors: [{ path, message: "No active user with this id." }],
    });
  }
}

/**
 * 422 naming `body.level` (bodies, venues) or `body.team` (staff) when the value does not fit the
 * county's current mechanism at the unit: the mechanism has no such level or team, or it belongs
 * to another kind of unit (a community-level venue at a compound, say). The unit is already known
 * to exist.
 */
export async function assertFitsMechanism(
  tx: Tx,
  ctx: TenantServiceContext,
  unit: UnitRef,
  value: { level: string } | { team: string },
): Promise<void> {
  const { levels } = (await currentMechanism(tx, ctx)).document;
  let kind: "compound" | (typeof regions.$inferSelect)["kind"] = "compound";
  if (unit.regionId !== null) {
    const [row] = await tx
      .select({ kind: regions.kind })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, unit.regionId)));
    if (!row) return;
    kind = row.kind;
  }
  const [field, misfit] =
    "level" in value
      ? ["level", levelMisfit(levels, value.level, kind)]
      : ["team", teamMisfit(levels, value.team, kind)];
  if (misfit) {
    throw new AppError("unprocessable", misfit.en, {
      errors: [{ path: `body.${field}`, message: misfit.en }],
      extensions: { reason: misfit },
    });
  }
}
