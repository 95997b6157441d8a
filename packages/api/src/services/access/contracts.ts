import { contracts } from "@propgov/db";
import { eq, type SQL } from "drizzle-orm";
import { compoundsWithin, type Reach } from "./reach.js";

/**
 * Contracts a reach may see: the county all; region staff those of compounds in their subtree;
 * company staff their company's; committee members their compound's. A condition on the join
 * of contracts with compounds.
 */
export function contractsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "company":
      return eq(contracts.companyId, reach.companyId);
    case "compound":
      return eq(contracts.compoundId, reach.compoundId);
    default:
      return compoundsWithin(reach);
  }
}
