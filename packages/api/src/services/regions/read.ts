import { AppError, type RegionKind, regionKindLabels } from "@propgov/core";
import { regions, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf, regionsWithin } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { type RegionTreeNode, type RegionView, type Row, regionView } from "./view.js";

export interface ListRegionsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  kind?: RegionKind | undefined;
  parentId?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** Regions in the caller's reach, oldest first. */
export async function listRegions(
  ctx: TenantServiceContext,
  input: ListRegionsInput,
): Promise<Page<RegionView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return tx
      .select()
      .from(regions)
      .where(
        and(
          eq(regions.tenantId, ctx.tenant.id),
          regionsWithin(reach),
          after ? gt(regions.id, after) : undefined,
          input.includeArchived ? undefined : isNull(regions.archivedAt),
          input.kind ? eq(regions.kind, input.kind) : undefined,
          input.parentId ? eq(regions.parentId, input.parentId) : undefined,
          textMatches(input.q, regions.name, regions.code),
        ),
      )
      .orderBy(asc(regions.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(regionView), input.limit);
}

/**
 * The active tree in the caller's reach, nested: the county's townships and streets with their
 * communities; for region staff, their own region with everything under it. Siblings sort by
 * code, then name.
 */
export async function regionTree(ctx: TenantServiceContext): Promise<RegionTreeNode[]> {
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return tx
      .select()
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), regionsWithin(reach), isNull(regions.archivedAt)))
      .orderBy(sql`${regions.code} asc nulls last`, asc(regions.name), asc(regions.id));
  });
  const nodes = new Map<string, RegionTreeNode>();
  for (const row of rows) {
    nodes.set(row.id, {
      id: row.id,
      kind: row.kind,
      kindLabel: regionKindLabels[row.kind],
      name: row.name,
      code: row.code,
      children: [],
    });
  }
  const roots: RegionTreeNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id) as RegionTreeNode;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** A region the reach may see, else 404. */
export async function findRegion(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id), regionsWithin(reach)));
  if (!row) throw new AppError("not_found", `Region '${id}' was not found.`);
  return row;
}

/** A region the reach may change: region staff see their own region but change only what lies under it. */
export async function findWritableRegion(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string) {
  const row = await findRegion(tx, ctx, reach, id);
  if (reach.kind === "region" && row.id === reach.regionId) {
    throw new AppError("forbidden", "Region staff change the regions under their own, not their own region.");
  }
  return row;
}

export async function getRegion(ctx: TenantServiceContext, id: string): Promise<RegionView> {
  return inTenant(ctx, async (tx) => regionView(await findRegion(tx, ctx, await reachOf(tx, ctx), id)));
}
