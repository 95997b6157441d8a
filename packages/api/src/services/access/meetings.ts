import { committees, meetings } from "@propgov/db";
import { type SQL, sql } from "drizzle-orm";
import type { Reach } from "./reach.js";
import { unitUnder } from "./units.js";

const participates = (unitType: string, unitId: string) =>
  sql`${meetings.participants} @> ${JSON.stringify([{ unitType, unitId }])}::jsonb`;

/**
 * Meetings the reach may see (a condition on `meetings`): the county all; region staff those at
 * a unit of their subtree (a region in it, or a compound whose community is in it); company staff
 * the meetings of compounds under their company's contracts and those their company takes part
 * in; a committee member those of their compound and those its committee takes part in. Department
 * officers see none (their role is refused on the routes).
 */
export function meetingsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
      return undefined;
    case "region":
      return unitUnder(meetings, reach.path);
    case "company":
      return sql`(exists (select 1 from contracts k where k.tenant_id = ${meetings.tenantId} and k.compound_id = ${meetings.compoundId} and k.company_id = ${reach.companyId} and k.archived_at is null) or ${participates("company", reach.companyId)})`;
    case "compound":
      return sql`(${meetings.compoundId} = ${reach.compoundId} or exists (select 1 from ${committees} k where k.tenant_id = ${meetings.tenantId} and k.compound_id = ${reach.compoundId} and ${meetings.participants} @> jsonb_build_array(jsonb_build_object('unitType', 'committee', 'unitId', k.id))))`;
    default:
      return sql`false`;
  }
}
