import {
  type CompanyQualification,
  type CreditGrade,
  type CultivateExcellenceConfig,
  configOf,
  cultivateExcellence,
  gradeAtLeast,
  isBrandCompany,
} from "@propgov/core";
import { companies, compounds, contracts, regions } from "@propgov/db";
import { and, asc, eq, gte, isNull, like, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { gradesOn } from "../credit/standing.js";
import { currentMechanism } from "../mechanism.js";
import { escapeLike } from "../search.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { regionAsked } from "./regions.js";

export interface LocalEnterpriseInput {
  /** The region whose compounds the first figure measures; the county when absent. */
  regionId?: string | undefined;
  /** The day, `YYYY-MM-DD`; today in the tenant's zone when absent. Its year is "this year". */
  on?: string | undefined;
}

interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

export interface ServedCompound {
  id: string;
  name: string;
  /** The companies serving it under a contract in force on the day, with whether each is local. */
  companies: { id: string; name: string; local: boolean }[];
}

export interface RatedCompany {
  id: string;
  name: string;
  grade: CreditGrade;
}

export interface BrandCompany {
  id: string;
  name: string;
  brandRank: number | null;
  qualification: CompanyQualification | null;
  enteredCountyYear: number | null;
}

export interface LocalEnterpriseReport {
  on: string;
  year: number;
  regionId: string | null;
  /** The mechanism's `cultivateExcellence.config.localEnterprises` the figures used. */
  settings: CultivateExcellenceConfig["localEnterprises"];
  /** Compounds under a contract in force on the day whose companies include a local one ÷ compounds under a contract in force. */
  localServedCompounds: Ratio & { counted: ServedCompound[]; notCounted: ServedCompound[] };
  /** Active local companies at `minCreditGrade` or better on the day ÷ active local companies. */
  localWellRated: Ratio & { counted: RatedCompany[]; notCounted: RatedCompany[] };
  /** Active brand companies that entered the county's market in the year of `on` ÷ active brand companies. */
  brandEnteredThisYear: Ratio & { counted: BrandCompany[]; notCounted: BrandCompany[] };
}

/**
 * 招大引强、培育本地企业: three figures on day `on`, each with its numerator, denominator and the
 * ids behind them. The compound share is measured in the region asked (the caller's own for
 * region staff; the county by default), by the contracts in force on the day exactly as the
 * coverage KPIs count them (not archived, startsOn ≤ on ≤ endsOn, active compounds); the company
 * figures are county-wide (the register is). Credit grades are the credit files' on the day.
 */
export async function localEnterpriseKpis(
  ctx: TenantServiceContext,
  input: LocalEnterpriseInput,
): Promise<LocalEnterpriseReport> {
  const on = input.on ?? tenantToday(ctx);
  const year = Number(on.slice(0, 4));
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const region = await regionAsked(tx, ctx, reach, input.regionId);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const config = configOf(
      cultivateExcellence,
      mechanism.policies.cultivateExcellence?.config,
    ) as CultivateExcellenceConfig;
    const settings = config.localEnterprises;

    const served = await tx
      .select({
        compoundId: compounds.id,
        compoundName: compounds.name,
        companyId: companies.id,
        companyName: companies.name,
        local: companies.local,
      })
      .from(contracts)
      .innerJoin(
        compounds,
        and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
      )
      .innerJoin(
        companies,
        and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
      )
      .innerJoin(
        regions,
        and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)),
      )
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          isNull(contracts.archivedAt),
          lte(contracts.startsOn, on),
          gte(contracts.endsOn, on),
          isNull(compounds.archivedAt),
          region ? like(regions.path, `${escapeLike(region.path)}%`) : undefined,
        ),
      )
      .orderBy(asc(compounds.name), asc(compounds.id), asc(companies.name), asc(companies.id));
    const byCompound = new Map<string, ServedCompound>();
    for (const s of served) {
      const entry = byCompound.get(s.compoundId) ?? { id: s.compoundId, name: s.compoundName, companies: [] };
      if (!entry.companies.some((c) => c.id === s.companyId))
        entry.companies.push({ id: s.companyId, name: s.companyName, local: s.local });
      byCompound.set(s.compoundId, entry);
    }
    const servedList = [...byCompound.values()];
    const locallyServed = servedList.filter((c) => c.companies.some((k) => k.local));
    const notLocallyServed = servedList.filter((c) => !c.companies.some((k) => k.local));

    const active = await tx
      .select({
        id: companies.id,
        name: companies.name,
        local: companies.local,
        brandRank: companies.brandRank,
        qualification: companies.qualification,
        enteredCountyYear: companies.enteredCountyYear,
      })
      .from(companies)
      .where(and(eq(companies.tenantId, ctx.tenant.id), isNull(companies.archivedAt)))
      .orderBy(asc(companies.name), asc(companies.id));
    const grades = await gradesOn(tx, ctx, on);
    const rated = active
      .filter((c) => c.local)
      .map((c) => ({ id: c.id, name: c.name, grade: grades.get(c.id) ?? ("B" as CreditGrade) }));
    const wellRated = rated.filter((c) => gradeAtLeast(c.grade, settings.minCreditGrade));
    const brands = active
      .filter((c) => isBrandCompany(c, settings))
      .map((c) => ({
        id: c.id,
        name: c.name,
        brandRank: c.brandRank,
        qualification: c.qualification,
        enteredCountyYear: c.enteredCountyYear,
      }));
    const entered = brands.filter((c) => c.enteredCountyYear === year);

    return {
      on,
      year,
      regionId: region?.id ?? null,
      settings,
      localServedCompounds: {
        ...ratio(locallyServed.length, servedList.length),
        counted: locallyServed,
        notCounted: notLocallyServed,
      },
      localWellRated: {
        ...ratio(wellRated.length, rated.length),
        counted: wellRated,
        notCounted: rated.filter((c) => !wellRated.includes(c)),
      },
      brandEnteredThisYear: {
        ...ratio(entered.length, brands.length),
        counted: entered,
        notCounted: brands.filter((c) => !entered.includes(c)),
      },
    };
  });
}
