import { type ObligationKind, type Period, type PolicyInspection, periodWindow } from "@propgov/core";
import { contractInspections, type Tx } from "@propgov/db";
import { and, asc, eq, gte, lt, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { instantOfDay } from "../time.js";

/**
 * The inspections of contracts (履约检查) an evaluation of `period` judges: those made in the
 * period (the county's zone) up to the view's instant. One query on `(tenant, inspected_at)`.
 */
export async function inspectionFacts(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
  asOf: string,
): Promise<PolicyInspection[]> {
  const window = periodWindow(period, ctx.tenant.timezone);
  const rows = await tx
    .select({
      id: contractInspections.id,
      contractId: contractInspections.contractId,
      compoundId: contractInspections.compoundId,
      companyId: contractInspections.companyId,
      inspectedAt: contractInspections.inspectedAt,
      inspector: contractInspections.inspector,
      results: contractInspections.results,
    })
    .from(contractInspections)
    .where(
      and(
        eq(contractInspections.tenantId, ctx.tenant.id),
        gte(contractInspections.inspectedAt, new Date(window.from)),
        lt(contractInspections.inspectedAt, new Date(window.to)),
        lte(contractInspections.inspectedAt, instantOfDay(ctx, asOf)),
      ),
    )
    .orderBy(asc(contractInspections.inspectedAt), asc(contractInspections.id));
  return rows.map((r) => ({
    ...r,
    inspectedAt: r.inspectedAt.toISOString(),
    results: r.results.map((x) => ({
      kind: x.kind as ObligationKind,
      promised: x.promised,
      observed: x.observed,
      passed: x.passed,
    })),
  }));
}
