import { compounds, contractInspections, regions } from "@propgov/db";
import { eq, type SQL, sql } from "drizzle-orm";
import type { Reach } from "./reach.js";

/**
 * Inspections a reach may read: the county all; region staff those of compounds in their subtree;
 * company staff their company's (the company of the contract inspected); committee members their
 * compound's. Anything else nothing.
 */
export function inspectionsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return sql`exists (select 1 from ${compounds} c join ${regions} r on r.tenant_id = c.tenant_id and r.id = c.community_id where c.tenant_id = ${contractInspections.tenantId} and c.id = ${contractInspections.compoundId} and r.path like ${`${reach.path}%`})`;
    case "company":
      return eq(contractInspections.companyId, reach.companyId);
    case "compound":
      return eq(contractInspections.compoundId, reach.compoundId);
    default:
      return sql`false`;
  }
}
