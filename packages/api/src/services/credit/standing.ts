import {
  type CreditAppealFacts,
  type CreditConfig,
  type CreditGrade,
  creditScore,
  gradeRank,
} from "@propgov/core";
import { companies, type Tx } from "@propgov/db";
import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { loadCreditConfig } from "./config.js";
import { factsOf, type LoadedRecord, recordsOf } from "./records.js";
import type { CreditCompany, CreditStanding } from "./view.js";

/** The standing of one company on `on`, from its records (pure over what was read). */
export function standingOf(
  ctx: TenantServiceContext,
  company: CreditCompany,
  rows: LoadedRecord[],
  on: string,
  config: CreditConfig,
) {
  const result = creditScore(
    rows.map((r) => factsOf(ctx, r)),
    on,
    config,
  );
  return {
    standing: {
      company,
      on,
      base: result.base,
      score: result.score,
      grade: result.grade,
      good: result.good,
      bad: result.bad,
    } satisfies CreditStanding,
    inForce: result.inForce as (LoadedRecord & { revokedOn: string | null; appeals: CreditAppealFacts[] })[],
  };
}

/** The active companies (or all, archived ones too) that `condition` keeps, ranked by their standing on `on`. */
export async function rankWithin(
  tx: Tx,
  ctx: TenantServiceContext,
  condition: SQL | undefined,
  on: string,
  grade?: CreditGrade,
  options: { includeArchived?: boolean } = {},
): Promise<CreditStanding[]> {
  const config = await loadCreditConfig(tx, ctx);
  const list = await tx
    .select({ id: companies.id, name: companies.name, uscc: companies.uscc })
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, ctx.tenant.id),
        options.includeArchived ? undefined : isNull(companies.archivedAt),
        condition,
      ),
    )
    .orderBy(asc(companies.name), asc(companies.id));
  const byCompany = new Map<string, LoadedRecord[]>();
  for (const r of await recordsOf(tx, ctx)) {
    const l = byCompany.get(r.companyId);
    if (l) l.push(r);
    else byCompany.set(r.companyId, [r]);
  }
  return list
    .map((c) => standingOf(ctx, c, byCompany.get(c.id) ?? [], on, config).standing)
    .filter((s) => grade === undefined || s.grade === grade)
    .sort((a, b) => b.score - a.score || gradeRank(a.grade) - gradeRank(b.grade));
}

/**
 * Every company's grade on `on` (archived ones too: their contracts may still be judged), in the
 * caller's transaction; cultivateExcellence's `minCreditGrade` criterion reads it.
 */
export async function gradesOn(
  tx: Tx,
  ctx: TenantServiceContext,
  on: string,
): Promise<Map<string, CreditGrade>> {
  const all = await rankWithin(tx, ctx, undefined, on, undefined, { includeArchived: true });
  return new Map(all.map((s) => [s.company.id, s.grade]));
}
