import { compounds, lifecycleEvents } from "@propgov/db";
import { type SQL, sql } from "drizzle-orm";
import { compoundsWithin, type Reach } from "./reach.js";

/**
 * Events the reach may see: those of compounds it sees (as compounds are scoped), written as a
 * subquery so that locking an event locks only the event.
 */
export function eventsWithin(reach: Reach): SQL {
  const within = compoundsWithin(reach);
  return sql`exists (select 1 from ${compounds} where ${compounds.tenantId} = ${lifecycleEvents.tenantId} and ${compounds.id} = ${lifecycleEvents.compoundId}${within ? sql` and ${within}` : sql``})`;
}
