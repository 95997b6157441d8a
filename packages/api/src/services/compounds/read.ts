import { AppError, type ServiceMode } from "@propgov/core";
import { compounds, regions, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull, not, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { compoundsWithin, type Reach, reachOf } from "../access/reach.js";
import { subtreeOf } from "../access/regions.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { type CompoundView, committeeInTerm, selectCompounds, toViews } from "./view.js";

/** One compound the reach may see, else 404. */
export async function findCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
): Promise<CompoundView> {
  const rows = await selectCompounds(tx, ctx).where(
    and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id), compoundsWithin(reach)),
  );
  const [view] = await toViews(tx, ctx, rows);
  if (!view) throw new AppError("not_found", `Compound '${id}' was not found.`);
  return view;
}

export interface ListCompoundsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  /** Compounds anywhere under this region (the region itself or any descendant holds their community). */
  regionId?: string | undefined;
  communityId?: string | undefined;
  serviceMode?: ServiceMode | undefined;
  /** With (true) or without (false) an owners' committee in term today. */
  hasCommittee?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

/** Compounds in the caller's reach, oldest first. */
export async function listCompounds(
  ctx: TenantServiceContext,
  input: ListCompoundsInput,
): Promise<Page<CompoundView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    let under: SQL | undefined;
    if (input.regionId) {
      const [region] = await tx
        .select({ path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, input.regionId)));
      if (!region) return { items: [], nextCursor: null };
      under = subtreeOf(region.path);
    }
    const today = tenantToday(ctx);
    const rows = await selectCompounds(tx, ctx)
      .where(
        and(
          eq(compounds.tenantId, ctx.tenant.id),
          compoundsWithin(reach),
          after ? gt(compounds.id, after) : undefined,
          input.includeArchived ? undefined : isNull(compounds.archivedAt),
          under,
          input.communityId ? eq(compounds.communityId, input.communityId) : undefined,
          input.serviceMode ? eq(compounds.serviceMode, input.serviceMode) : undefined,
          input.hasCommittee === undefined
            ? undefined
            : input.hasCommittee
              ? committeeInTerm(today)
              : not(committeeInTerm(today)),
          textMatches(input.q, compounds.name, compounds.address),
        ),
      )
      .orderBy(asc(compounds.id))
      .limit(input.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r, id: r.compound.id })),
      input.limit,
    );
    return { items: await toViews(tx, ctx, page.items), nextCursor: page.nextCursor };
  });
}

export async function getCompound(ctx: TenantServiceContext, id: string): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => findCompound(tx, ctx, await reachOf(tx, ctx), id));
}
