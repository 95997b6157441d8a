import { type PolicyCaseTally, satisfiedRatings } from "@propgov/core";
import { rowsOf, type Tx } from "@propgov/db";
import { sql } from "drizzle-orm";
import { type PeriodCaseScope, relevantCase } from "./cases.js";

interface TallyRow {
  community_id: string;
  response_met: number;
  response_counted: number;
  resolution_met: number;
  resolution_counted: number;
  satisfaction_met: number;
  satisfaction_counted: number;
}

/**
 * Each community's counts behind the three rates of the period, over the cases the full slice
 * would hold (`relevantCase`), counted in one grouped select
 * exactly as core's `caseRates` counts them (cancelled cases never count; timestamps compared
 * at the policies' millisecond), in the order of each community's first case (received first,
 * then by id), the order in which `complaintHandling` meets the communities in a full slice.
 */
export async function loadCaseTallies(tx: Tx, s: PeriodCaseScope): Promise<PolicyCaseTally[]> {
  const at = sql`${s.atIso}::timestamptz`;
  const ms = (column: string) => sql.raw(`date_trunc('milliseconds', c.${column})`);
  const within = (column: string) =>
    sql`c.${sql.raw(column)} >= ${s.from}::timestamptz and c.${sql.raw(column)} < ${s.to}::timestamptz`;
  const met = (due: string, done: string) =>
    sql`(c.${sql.raw(done)} is not null and ${ms(done)} <= least(${ms(due)}, ${at}))`;
  const judged = (due: string, done: string) =>
    sql`c.status <> 'cancelled' and ${within(due)} and (${met(due, done)} or ${ms(due)} < ${at})`;
  const rated = sql`c.status <> 'cancelled' and c.rating is not null and ${within("rated_at")} and ${ms("rated_at")} <= ${at}`;
  const satisfied = sql`c.rating in (${sql.join(
    satisfiedRatings.map((r) => sql`${r}`),
    sql`, `,
  )})`;
  const rows = await tx.execute(sql`
    select c.community_id,
           count(*) filter (where ${judged("first_contact_due_at", "contacted_at")} and ${met("first_contact_due_at", "contacted_at")})::int as response_met,
           count(*) filter (where ${judged("first_contact_due_at", "contacted_at")})::int as response_counted,
           count(*) filter (where ${judged("resolution_due_at", "resolved_at")} and ${met("resolution_due_at", "resolved_at")})::int as resolution_met,
           count(*) filter (where ${judged("resolution_due_at", "resolved_at")})::int as resolution_counted,
           count(*) filter (where ${rated} and ${satisfied})::int as satisfaction_met,
           count(*) filter (where ${rated})::int as satisfaction_counted
      from cases c
     where ${relevantCase(s)}
     group by c.community_id
     order by min(c.received_at), (array_agg(c.id order by c.received_at, c.id))[1]`);
  return rowsOf<TallyRow>(rows).map((r) => ({
    communityId: r.community_id,
    responseMet: r.response_met,
    responseCounted: r.response_counted,
    resolutionMet: r.resolution_met,
    resolutionCounted: r.resolution_counted,
    satisfactionMet: r.satisfaction_met,
    satisfactionCounted: r.satisfaction_counted,
  }));
}
