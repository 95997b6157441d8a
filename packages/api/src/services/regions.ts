import {
  AppError,
  type CreateRegionInput,
  type Label,
  newId,
  type RegionKind,
  regionKindLabels,
  regionParentProblem,
  type UpdateRegionInput,
} from "@propgov/core";
import { compounds, PgCode, pgErrorCode, regions, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull, like, ne, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { assertMayWrite, type Reach, reachOf, regionsWithin } from "./access/reach.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { escapeLike, textMatches } from "./search.js";
import { inTenant } from "./tx.js";

export interface RegionView {
  id: string;
  kind: RegionKind;
  kindLabel: Label;
  parentId: string | null;
  name: string;
  code: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface RegionTreeNode {
  id: string;
  kind: RegionKind;
  kindLabel: Label;
  name: string;
  code: string | null;
  children: RegionTreeNode[];
}

type Row = typeof regions.$inferSelect;

export const regionView = (row: Row): RegionView => ({
  id: row.id,
  kind: row.kind,
  kindLabel: regionKindLabels[row.kind],
  parentId: row.parentId,
  name: row.name,
  code: row.code,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

/**
 * The reach of a writer: county administrators and region staff write (and the system principal:
 * demo data, seeds), everyone else gets 403.
 */
export async function writerReach(tx: Tx, ctx: TenantServiceContext): Promise<Reach> {
  const reach = await reachOf(tx, ctx);
  assertMayWrite(reach);
  return reach;
}

/** Whether a region (by its path) lies inside what the reach may change. */
export function pathWithin(reach: Reach, path: string): boolean {
  if (reach.kind === "county") return true;
  if (reach.kind === "region") return path.startsWith(reach.path);
  return false;
}

/** Rows whose path starts with `path`: the region and its whole subtree. */
export const subtreeOf = (path: string) => like(regions.path, `${escapeLike(path)}%`);

const codeConflict = (code: string) =>
  new AppError("conflict", `An active region with code '${code}' already exists.`, {
    errors: [{ path: "body.code", message: "Already taken by another active region." }],
  });

function codeTaken(error: unknown, code: string | null | undefined): never {
  if (pgErrorCode(error) === PgCode.uniqueViolation) throw codeConflict(code ?? "");
  throw error;
}

async function assertCodeFree(tx: Tx, ctx: TenantServiceContext, code: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: regions.id })
    .from(regions)
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.code, code),
        isNull(regions.archivedAt),
        exceptId ? ne(regions.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw codeConflict(code);
}

/** An active region the reach may change, to hang another region under; else 422 on `body.parentId`. */
async function resolveParent(tx: Tx, ctx: TenantServiceContext, reach: Reach, parentId: string) {
  const [parent] = await tx
    .select()
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, parentId), isNull(regions.archivedAt)));
  if (!parent || !pathWithin(reach, parent.path)) {
    throw new AppError("unprocessable", `No active region '${parentId}' to place this region under.`, {
      errors: [{ path: "body.parentId", message: "No active region with this id." }],
    });
  }
  return parent;
}

const kindProblem = (message: string) =>
  new AppError("unprocessable", message, { errors: [{ path: "body.parentId", message }] });

/**
 * Inserts in the caller's transaction (bulk import and demo data compose it): checks the parent
 * and the kind rules, that the code is free, that the caller may write there; writes the audit event.
 */
export async function insertRegion(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateRegionInput,
): Promise<RegionView> {
  const reach = await writerReach(tx, ctx);
  const parent = input.parentId ? await resolveParent(tx, ctx, reach, input.parentId) : null;
  const problem = regionParentProblem(input.kind, parent?.kind ?? null);
  if (problem) throw kindProblem(problem);
  if (!parent && reach.kind !== "county") {
    throw new AppError("forbidden", "Only county administrators add townships and streets.");
  }
  if (input.code) await assertCodeFree(tx, ctx, input.code);

  const now = ctx.deps.now();
  const id = newId("region", now.getTime());
  const [row] = await tx
    .insert(regions)
    .values({
      tenantId: ctx.tenant.id,
      id,
      kind: input.kind,
      parentId: parent?.id ?? null,
      name: input.name,
      code: input.code ?? null,
      path: `${parent?.path ?? ""}${id}/`,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = regionView(row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "region.create",
    targetType: "region",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createRegion(ctx: TenantServiceContext, input: CreateRegionInput) {
  try {
    return await inTenant(ctx, (tx) => insertRegion(tx, ctx, input));
  } catch (error) {
    codeTaken(error, input.code);
  }
}

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
async function findRegion(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id), regionsWithin(reach)));
  if (!row) throw new AppError("not_found", `Region '${id}' was not found.`);
  return row;
}

/** A region the reach may change: region staff see their own region but change only what lies under it. */
async function findWritableRegion(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string) {
  const row = await findRegion(tx, ctx, reach, id);
  if (reach.kind === "region" && row.id === reach.regionId) {
    throw new AppError("forbidden", "Region staff change the regions under their own, not their own region.");
  }
  return row;
}

export async function getRegion(ctx: TenantServiceContext, id: string): Promise<RegionView> {
  return inTenant(ctx, async (tx) => regionView(await findRegion(tx, ctx, await reachOf(tx, ctx), id)));
}

/**
 * Renames, recodes or moves a region. Moving (a community to another township or street)
 * rewrites the path of the region and of its whole subtree in the same transaction.
 */
export async function updateRegion(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateRegionInput,
): Promise<RegionView> {
  try {
    return await inTenant(ctx, async (tx) => {
      const reach = await writerReach(tx, ctx);
      const before = await findWritableRegion(tx, ctx, reach, id);

      let parentId = before.parentId;
      let path = before.path;
      if (input.parentId !== undefined && input.parentId !== before.parentId) {
        const parent = input.parentId ? await resolveParent(tx, ctx, reach, input.parentId) : null;
        const problem = regionParentProblem(before.kind, parent?.kind ?? null);
        if (problem) throw kindProblem(problem);
        if (parent?.path.startsWith(before.path)) throw kindProblem("A region cannot move under itself.");
        if (!parent && reach.kind !== "county") {
          throw new AppError("forbidden", "Only county administrators place regions at the top.");
        }
        parentId = parent?.id ?? null;
        path = `${parent?.path ?? ""}${before.id}/`;
      }
      if (input.code && input.code !== before.code && !before.archivedAt) {
        await assertCodeFree(tx, ctx, input.code, id);
      }

      const now = ctx.deps.now();
      const [row] = await tx
        .update(regions)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.code !== undefined ? { code: input.code } : {}),
          parentId,
          path,
          updatedAt: now,
        })
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
        .returning();
      if (!row) throw new AppError("not_found", `Region '${id}' was not found.`);
      if (path !== before.path) {
        // Everything under the region keeps its own tail and takes the new head.
        await tx
          .update(regions)
          .set({
            path: sql`${path}::text || substr(${regions.path}, ${before.path.length + 1}::int)`,
            updatedAt: now,
          })
          .where(and(eq(regions.tenantId, ctx.tenant.id), subtreeOf(before.path), ne(regions.id, id)));
      }
      const view = regionView(row);
      await audit(tx, ctx, ctx.tenant.id, {
        action: "region.update",
        targetType: "region",
        targetId: id,
        before: regionView(before),
        after: view,
      });
      return view;
    });
  } catch (error) {
    codeTaken(error, input.code);
  }
}

/** Soft delete; refused (409) while active regions or compounds hang under it. */
export async function archiveRegion(ctx: TenantServiceContext, id: string): Promise<RegionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findWritableRegion(tx, ctx, reach, id);
    if (before.archivedAt) return regionView(before);
    const [child] = await tx
      .select({ id: regions.id })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.parentId, id), isNull(regions.archivedAt)))
      .limit(1);
    if (child) {
      throw new AppError(
        "conflict",
        "The region still has active regions under it: archive or move them first.",
      );
    }
    const [compound] = await tx
      .select({ id: compounds.id })
      .from(compounds)
      .where(
        and(
          eq(compounds.tenantId, ctx.tenant.id),
          eq(compounds.communityId, id),
          isNull(compounds.archivedAt),
        ),
      )
      .limit(1);
    if (compound) {
      throw new AppError("conflict", "The region still has active compounds: archive or move them first.");
    }
    const now = ctx.deps.now();
    const [row] = await tx
      .update(regions)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Region '${id}' was not found.`);
    const view = regionView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "region.archive",
      targetType: "region",
      targetId: id,
      before: regionView(before),
      after: view,
    });
    return view;
  });
}
