import { newId, type ProjectManager } from "@propgov/core";
import { contractProjectManagers, type Tx } from "@propgov/db";
import { and, asc, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { actorIdOf } from "../audit.js";
import { inTenant } from "../tx.js";
import { findContract } from "./read.js";
import type { ProjectManagerEntryView } from "./view.js";

export async function recordProjectManager(
  tx: Tx,
  ctx: TenantServiceContext,
  contractId: string,
  manager: ProjectManager,
) {
  const now = ctx.deps.now();
  const p = ctx.principal;
  await tx.insert(contractProjectManagers).values({
    tenantId: ctx.tenant.id,
    id: newId("projectManagerEntry", now.getTime()),
    contractId,
    name: manager.name,
    phone: manager.phone,
    since: now,
    recordedBy: actorIdOf(p),
  });
}

/** The project managers of a contract over time, oldest first (append-only history). */
export async function listProjectManagers(
  ctx: TenantServiceContext,
  id: string,
): Promise<ProjectManagerEntryView[]> {
  return inTenant(ctx, async (tx) => {
    await findContract(tx, ctx, await reachOf(tx, ctx), id);
    const rows = await tx
      .select()
      .from(contractProjectManagers)
      .where(
        and(eq(contractProjectManagers.tenantId, ctx.tenant.id), eq(contractProjectManagers.contractId, id)),
      )
      .orderBy(asc(contractProjectManagers.since), asc(contractProjectManagers.id));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      since: r.since,
      recordedBy: r.recordedBy,
    }));
  });
}
