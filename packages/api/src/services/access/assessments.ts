import { regions, type Tx } from "@propgov/db";
import { and, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { escapeLike } from "../search.js";
import { reachOf } from "./reach.js";

/** Which targets' results the caller may see: every one (null) for the county, else a test. */
export async function visibleTargets(
  tx: Tx,
  ctx: TenantServiceContext,
): Promise<((targetId: string) => boolean) | null> {
  const reach = await reachOf(tx, ctx);
  if (reach.kind === "county") return null;
  if (reach.kind === "company") return (id) => id === reach.companyId;
  if (reach.kind !== "region") return () => false;
  const within = new Set(
    (
      await tx
        .select({ id: regions.id })
        .from(regions)
        .where(
          and(eq(regions.tenantId, ctx.tenant.id), sql`${regions.path} like ${`${escapeLike(reach.path)}%`}`),
        )
    ).map((r) => r.id),
  );
  return (id) => within.has(id);
}
