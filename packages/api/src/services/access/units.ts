import { compounds, regions } from "@propgov/db";
import { type AnyColumn, getTableName, type SQL, sql } from "drizzle-orm";
import { escapeLike } from "../search.js";
import type { Reach } from "./reach.js";

/** The unit columns of a table whose rows belong to a unit: a region or a compound, exactly one. */
export interface UnitColumns {
  tenantId: AnyColumn;
  regionId: AnyColumn;
  compoundId: AnyColumn;
}

/**
 * A column with its table's name. In a select from one table drizzle writes bare column names,
 * and inside a correlated subquery a bare `tenant_id` would bind to the subquery's own table.
 */
export const outer = (column: AnyColumn): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/**
 * Rows whose unit lies under a region path: a region of that subtree, or a compound whose
 * community lies in it.
 */
export function unitUnder(t: UnitColumns, path: string): SQL {
  const pattern = `${escapeLike(path)}%`;
  return sql`(exists (select 1 from ${regions} r where r.tenant_id = ${outer(t.tenantId)} and r.id = ${outer(t.regionId)} and r.path like ${pattern})
    or exists (select 1 from ${compounds} c join ${regions} r on r.tenant_id = c.tenant_id and r.id = c.community_id
      where c.tenant_id = ${outer(t.tenantId)} and c.id = ${outer(t.compoundId)} and r.path like ${pattern}))`;
}

/**
 * Rows the reach may see: the county and department officers all of them, region staff those
 * of units in their subtree, nobody else anything (their roles are refused on the route anyway).
 */
export function unitsWithin(reach: Reach, t: UnitColumns): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return unitUnder(t, reach.path);
    default:
      return sql`false`;
  }
}
