import { committees, compounds, partyOrgs, regions, type Tx } from "@propgov/db";
import { and, eq, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { compoundsWithin, type Reach, regionsWithin } from "./reach.js";

/**
 * Party organisations a reach may see, by what they are attached to: region staff those of
 * communities, compounds and committees in their subtree, and company branches (they read the
 * whole register of companies); company staff their own company's branch and those of the
 * compounds they serve and their committees; committee members those of their compound.
 */
export function partyOrgsWithin(tx: Tx, ctx: TenantServiceContext, reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "none":
      return sql`false`;
  }
  const tenantId = ctx.tenant.id;
  const visibleCompounds = () =>
    tx
      .select({ id: compounds.id })
      .from(compounds)
      .where(and(eq(compounds.tenantId, tenantId), compoundsWithin(reach)));
  const visibleCommittees = tx
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.tenantId, tenantId), inArray(committees.compoundId, visibleCompounds())));
  return or(
    reach.kind === "region"
      ? inArray(
          partyOrgs.regionId,
          tx
            .select({ id: regions.id })
            .from(regions)
            .where(and(eq(regions.tenantId, tenantId), regionsWithin(reach))),
        )
      : undefined,
    inArray(partyOrgs.compoundId, visibleCompounds()),
    inArray(partyOrgs.committeeId, visibleCommittees),
    reach.kind === "region"
      ? isNotNull(partyOrgs.companyId)
      : reach.kind === "company"
        ? eq(partyOrgs.companyId, reach.companyId)
        : undefined,
  );
}
