import { companies } from "@propgov/db";
import { eq, type SQL, sql } from "drizzle-orm";
import type { Reach } from "./reach.js";

/**
 * Companies a reach may see, their register and their credit files alike: the county, region
 * staff and department officers every company (a company's credit standing is public on the
 * board anyway, and townships and departments weigh it in bidding and inspections); company staff
 * only their own company (others 404).
 */
export function companiesWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "region":
    case "department":
      return undefined;
    case "company":
      return eq(companies.id, reach.companyId);
    default:
      return sql`false`;
  }
}
