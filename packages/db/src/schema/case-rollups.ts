import { date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * Case KPI aggregates (the 三率 and the volumes) per county × community × day × category × kind,
 * kept by a trigger on `cases` in the same transaction as every case change (migration
 * `case_rollups_rls_grants`), so `GET kpis/cases` reads a few hundred rows instead of a month of
 * cases. Each count is filed under the day (in the county's time zone) of the instant it is about:
 * `received`/`cancelled` under the receipt day, `fc*` under the first-contact deadline's day,
 * `res*` under the resolution deadline's day, `rated`/`satisfied` under the rating's day.
 * Counts never judged against "now" live here; the KPI service reads today's deadlines and the
 * overdue counts from `cases` itself (a day's rows, and the open cases, by their indexes).
 * `propgov rollups verify` compares them with a full recompute and `propgov rollups rebuild`
 * recomputes them (needed after a county's time zone changes).
 */
export const caseRollups = pgTable(
  "case_rollups",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    communityId: text("community_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    category: text("category").notNull(),
    kind: text("kind").notNull(),
    /** Cases received on the day. */
    received: integer("received").notNull().default(0),
    /** Of those, cancelled (duplicate or invalid). */
    cancelled: integer("cancelled").notNull().default(0),
    /** Live cases (not cancelled, merged or awaiting dispatch) whose first-contact deadline falls on the day… */
    fcDue: integer("fc_due").notNull().default(0),
    /** …and of them, contacted by it. */
    fcMet: integer("fc_met").notNull().default(0),
    /** Live cases whose resolution deadline falls on the day, and of them resolved by it. */
    resDue: integer("res_due").notNull().default(0),
    resMet: integer("res_met").notNull().default(0),
    /** Live cases rated on the day, and of them satisfied or basically satisfied. */
    rated: integer("rated").notNull().default(0),
    satisfied: integer("satisfied").notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: "case_rollups_pkey",
      columns: [t.tenantId, t.day, t.communityId, t.category, t.kind],
    }),
    tenantIsolation("case_rollups"),
  ],
).enableRLS();
