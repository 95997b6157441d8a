import { AppError } from "@propgov/core";
import { contractInspections } from "@propgov/db";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { inspectionsWithin } from "../access/inspections.js";
import { reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import { type InspectionView, inspectionView, joined } from "./view.js";

export interface ListInspectionsInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  contractId?: string | undefined;
  companyId?: string | undefined;
  /** Only inspections that found an obligation not met (`false`), or only clean ones (`true`). */
  passed?: boolean | undefined;
}

/** Inspections the caller may read, oldest recorded first. */
export async function listInspections(
  ctx: TenantServiceContext,
  input: ListInspectionsInput,
): Promise<Page<InspectionView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return joined(tx)
      .where(
        and(
          eq(contractInspections.tenantId, ctx.tenant.id),
          inspectionsWithin(reach),
          after ? gt(contractInspections.id, after) : undefined,
          input.compoundId ? eq(contractInspections.compoundId, input.compoundId) : undefined,
          input.contractId ? eq(contractInspections.contractId, input.contractId) : undefined,
          input.companyId ? eq(contractInspections.companyId, input.companyId) : undefined,
          input.passed === undefined
            ? undefined
            : input.passed
              ? sql`not jsonb_path_exists(${contractInspections.results}, '$[*] ? (@.passed == false)')`
              : sql`jsonb_path_exists(${contractInspections.results}, '$[*] ? (@.passed == false)')`,
        ),
      )
      .orderBy(asc(contractInspections.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(inspectionView), input.limit);
}

/** One inspection; 404 outside the caller's reach or county. */
export async function getInspection(ctx: TenantServiceContext, id: string): Promise<InspectionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const [row] = await joined(tx).where(
      and(
        eq(contractInspections.tenantId, ctx.tenant.id),
        eq(contractInspections.id, id),
        inspectionsWithin(reach),
      ),
    );
    if (!row) throw new AppError("not_found", `Inspection '${id}' was not found.`);
    return inspectionView(row);
  });
}
