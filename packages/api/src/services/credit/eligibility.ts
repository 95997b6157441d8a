import {
  type CreditGrade,
  type CultivateExcellenceConfig,
  configOf,
  cultivateExcellence,
  type Eligibility,
  type EligibilityPurpose,
  eligibility,
  FIRST_INSTANT,
  type JointIncentiveDecision,
  jointIncentiveDecision,
  LAST_INSTANT,
  satisfiedRatings,
  shiftDate,
  shiftMonths,
  startOfDayIn,
} from "@propgov/core";
import { cases, contracts, type Tx } from "@propgov/db";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { readableCompany } from "../access/credit.js";
import { reachOf } from "../access/reach.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { creditConfigOf } from "./config.js";
import { recordsOf } from "./records.js";
import { standingOf } from "./standing.js";
import { type CreditCompany, creditToday } from "./view.js";

export interface EligibilityView extends Eligibility {
  company: CreditCompany;
  for: EligibilityPurpose;
  on: string;
  score: number;
  grade: CreditGrade;
  /** 联合激励: granted only with the grade, residents' satisfaction and a clean recent record. */
  jointIncentives: JointIncentiveDecision;
}

/** `GET /credit/companies/{id}/eligibility?for=&on=`: may it bid, or be put up for an award? */
export async function creditEligibility(
  ctx: TenantServiceContext,
  companyId: string,
  input: { for: EligibilityPurpose; on?: string },
): Promise<EligibilityView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const company = await readableCompany(tx, ctx, reach, companyId);
    return eligibilityOf(tx, ctx, company, input.for, input.on ?? creditToday(ctx));
  });
}

/**
 * Whether `company` may bid or be put up for an award on day `on`, with the reasons when not:
 * its grade and bad records in force against the county's credit config. In the caller's
 * transaction; the company is known to exist and be readable.
 */
export async function eligibilityOf(
  tx: Tx,
  ctx: TenantServiceContext,
  company: CreditCompany,
  purpose: EligibilityPurpose,
  on: string,
): Promise<EligibilityView> {
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const config = creditConfigOf(mechanism);
  const { standing, inForce: live } = standingOf(
    ctx,
    company,
    await recordsOf(tx, ctx, company.id),
    on,
    config,
  );
  const verdict = eligibility(purpose, standing.grade, live, config);
  const rules = (
    configOf(cultivateExcellence, mechanism.policies.cultivateExcellence?.config) as CultivateExcellenceConfig
  ).jointIncentives;
  // Windows reaching back before the first day there is start on it.
  const windowEnd = shiftMonths(on, -rules.windowMonths);
  const from = windowEnd === undefined ? FIRST_DAY : shiftDate(windowEnd, 1);
  const cleanSince = shiftMonths(on, -rules.cleanCreditMonths) ?? FIRST_DAY;
  const decision = jointIncentiveDecision({
    grade: standing.grade,
    allowed: verdict.allowed,
    satisfaction: { from, to: on, ...(await companySatisfaction(tx, ctx, company.id, from, on)) },
    recentBadRecords: live.filter((r) => r.kind === "bad" && r.effectiveOn > cleanSince).length,
    rules,
    config,
  });
  return {
    company,
    for: purpose,
    on,
    score: standing.score,
    grade: standing.grade,
    ...verdict,
    incentives: decision.incentives,
    jointIncentives: decision,
  };
}

const FIRST_DAY = "0001-01-01";

/**
 * Residents' satisfaction with a company (群众满意度): the cases rated from `from` to `to` (tenant
 * days, inclusive; cancelled cases left out) at compounds the company served on the day of the
 * rating (a contract, not archived, running that day); satisfied = satisfied or basically satisfied.
 */
export async function companySatisfaction(
  tx: Tx,
  ctx: TenantServiceContext,
  companyId: string,
  from: string,
  to: string,
): Promise<{ rated: number; satisfied: number }> {
  const tz = ctx.tenant.timezone;
  // Cut to the instants a timestamp holds: the first day's start in a zone east of UTC is in year 0,
  // and the last day has no day after it.
  const start = new Date(Math.max(startOfDayIn(from, tz), FIRST_INSTANT));
  const end =
    to >= "9999-12-31" ? undefined : new Date(Math.min(startOfDayIn(shiftDate(to, 1), tz), LAST_INSTANT));
  const ratedDay = sql`(${cases.ratedAt} at time zone ${tz})::date`;
  const [row] = await tx
    .select({
      rated: sql<number>`count(*)::int`,
      satisfied: sql<number>`(count(*) filter (where ${inArray(cases.rating, [...satisfiedRatings])}))::int`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, ctx.tenant.id),
        gte(cases.ratedAt, start),
        end === undefined ? undefined : lt(cases.ratedAt, end),
        sql`${cases.status} <> 'cancelled'`,
        sql`exists (select 1 from ${contracts} where ${contracts.tenantId} = ${cases.tenantId} and ${contracts.compoundId} = ${cases.compoundId} and ${contracts.companyId} = ${companyId} and ${contracts.archivedAt} is null and ${contracts.startsOn} <= ${ratedDay} and ${contracts.endsOn} >= ${ratedDay})`,
      ),
    );
  return { rated: Number(row?.rated ?? 0), satisfied: Number(row?.satisfied ?? 0) };
}
