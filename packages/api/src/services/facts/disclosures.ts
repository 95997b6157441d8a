import {
  cadenceWindowsEnding,
  disclosureCadences,
  MAX_DISCLOSURE_GRACE_DAYS,
  type Period,
  type PolicyDisclosure,
  shiftDate,
} from "@propgov/core";
import { disclosures, type Tx } from "@propgov/db";
import { and, asc, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { instantOfDay } from "../time.js";

/**
 * The disclosures an evaluation of `period` (as of `asOf`) judges, for the policy view: those for
 * any window (month, quarter, year) that can fall due in the period — ending from the period's
 * start less the most grace days a config may give, to its end — published by the view's instant
 * and not withdrawn by then. One query, on the `(tenant, …, period)` indexes.
 */
export async function disclosureFacts(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
  asOf: string,
): Promise<PolicyDisclosure[]> {
  const at = instantOfDay(ctx, asOf);
  const from = shiftDate(period.start, -MAX_DISCLOSURE_GRACE_DAYS);
  const labels = disclosureCadences.flatMap((cadence) =>
    cadenceWindowsEnding(cadence, from, period.end).map((w) => w.label),
  );
  const rows = await tx
    .select({
      id: disclosures.id,
      compoundId: disclosures.compoundId,
      companyId: disclosures.companyId,
      item: disclosures.item,
      period: disclosures.period,
      publishedAt: disclosures.publishedAt,
    })
    .from(disclosures)
    .where(
      and(
        eq(disclosures.tenantId, ctx.tenant.id),
        inArray(disclosures.period, labels),
        lte(disclosures.publishedAt, at),
        or(isNull(disclosures.withdrawnAt), gt(disclosures.withdrawnAt, at)),
      ),
    )
    .orderBy(asc(disclosures.publishedAt), asc(disclosures.id));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
}
