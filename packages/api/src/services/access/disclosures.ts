import { disclosures } from "@propgov/db";
import { eq, type SQL, sql } from "drizzle-orm";
import type { Reach } from "./reach.js";

const NOTHING = sql`false`;

/**
 * The disclosures a reach may see (a condition on `disclosures`): the county (and departments)
 * all; region staff those of compounds in their subtree, and companies' own disclosures when the
 * company serves a compound there; company staff their company's, and those of the compounds it
 * serves; a committee member those of their compound.
 */
export function disclosuresWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region": {
      const path = `${reach.path}%`;
      return sql`(exists (select 1 from compounds c join regions r on r.tenant_id = c.tenant_id and r.id = c.community_id where c.tenant_id = "disclosures"."tenant_id" and c.id = "disclosures"."compound_id" and r.path like ${path})
        or ("disclosures"."compound_id" is null and exists (select 1 from contracts k join compounds c on c.tenant_id = k.tenant_id and c.id = k.compound_id join regions r on r.tenant_id = c.tenant_id and r.id = c.community_id where k.tenant_id = "disclosures"."tenant_id" and k.company_id = "disclosures"."company_id" and k.archived_at is null and r.path like ${path})))`;
    }
    case "company":
      return sql`("disclosures"."company_id" = ${reach.companyId} or exists (select 1 from contracts k where k.tenant_id = "disclosures"."tenant_id" and k.compound_id = "disclosures"."compound_id" and k.company_id = ${reach.companyId} and k.archived_at is null))`;
    case "compound":
      return eq(disclosures.compoundId, reach.compoundId);
    default:
      return NOTHING;
  }
}
