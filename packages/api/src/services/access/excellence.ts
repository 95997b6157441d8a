import { contracts } from "@propgov/db";
import { eq, type SQL, sql } from "drizzle-orm";
import { compoundsWithin, type Reach } from "./reach.js";

/**
 * Contracts a reach may see (a condition on contracts joined with compounds): the county all;
 * region staff those of compounds in their subtree; company staff their company's. Others none.
 */
export function contractsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
      return undefined;
    case "region":
      return compoundsWithin(reach);
    case "company":
      return eq(contracts.companyId, reach.companyId);
    default:
      return sql`false`;
  }
}
