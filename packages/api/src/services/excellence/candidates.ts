import {
  type CreditGrade,
  type CultivateExcellenceConfig,
  configOf,
  cultivateExcellence,
  type DisclosureJudge,
  gatherExcellenceEvidence,
  judgeCandidate,
  type Label,
  type Mechanism,
  type Period,
  type PolicyCase,
  type PolicyDisclosure,
  type PolicyView,
  parsePeriod,
} from "@propgov/core";
import { companies, compounds, contracts, type Tx } from "@propgov/db";
import { and, asc, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { contractsWithin } from "../access/excellence.js";
import { reachOf } from "../access/reach.js";
import { gradesOn } from "../credit/standing.js";
import { asOfFor } from "../evaluations.js";
import { currentMechanism } from "../mechanism.js";
import { loadPolicyView } from "../policy-view/load.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { type CandidatesView, type ContractEvaluation, contractOf, contractQuery } from "./view.js";

/** The cultivateExcellence config of the tenant's mechanism (defaults where it says nothing). */
export const excellenceConfig = (mechanism: Mechanism) =>
  configOf(cultivateExcellence, mechanism.policies.cultivateExcellence?.config) as CultivateExcellenceConfig;

/** How the disclosure criterion is judged in this tenant: its informationDisclosure policy, if it runs. */
function disclosureJudge(ctx: TenantServiceContext, mechanism: Mechanism): DisclosureJudge {
  const policy = ctx.deps.policies.get("informationDisclosure");
  const entry = mechanism.policies.informationDisclosure;
  if (!policy || !entry?.enabled) {
    const reason: Label = {
      zh: "本县机制未启用信息公示制度，公示是否齐全暂无法评价。",
      en: "The county's mechanism does not enable informationDisclosure: completeness cannot be judged.",
    };
    return { unavailable: reason };
  }
  return { policy, config: configOf(policy, entry.config), context: { mechanism } };
}

interface YearJudge {
  year: number;
  period: Period;
  view: PolicyView;
  config: CultivateExcellenceConfig;
  policyEnabled: boolean;
  disclosures: DisclosureJudge;
  /** The view's contracts by id, and its cases and disclosures by compound (each contract reads its own). */
  contracts: Map<string, PolicyView["contracts"][number]>;
  /** Each company's credit grade on the assessment day (信用档案). */
  creditGrades: Map<string, CreditGrade>;
  casesOf: Map<string, PolicyCase[]>;
  disclosuresOf: Map<string, PolicyDisclosure[]>;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string | null) => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
};

/**
 * Reads what a year is judged on, in the caller's transaction: the county's policy view for the
 * year (its cases, disclosures and project-manager changes) as of the year's last day, or today
 * while the year runs, and the tenant's configs.
 */
export async function yearJudge(tx: Tx, ctx: TenantServiceContext, year: number): Promise<YearJudge> {
  const period = parsePeriod(String(year));
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const view = await loadPolicyView(tx, ctx, asOfFor(period, tenantToday(ctx)), period);
  return {
    year,
    period,
    view,
    config: excellenceConfig(mechanism),
    policyEnabled: mechanism.policies.cultivateExcellence?.enabled === true,
    disclosures: disclosureJudge(ctx, mechanism),
    contracts: new Map(view.contracts.map((k) => [k.id, k])),
    casesOf: groupBy(view.cases ?? [], (c) => c.compoundId),
    disclosuresOf: groupBy(view.disclosures ?? [], (d) => d.compoundId),
    creditGrades: await gradesOn(tx, ctx, view.asOf),
  };
}

/** One contract judged for the year; null when the view does not hold it (archived). */
export function judgeContract(judge: YearJudge, contractId: string): ContractEvaluation | null {
  const contract = judge.contracts.get(contractId);
  if (!contract) return null;
  const evidence = gatherExcellenceEvidence({
    contract,
    // Only the compound's cases and disclosures: the same judgement, without reading the county's.
    view: {
      ...judge.view,
      cases: judge.casesOf.get(contract.compoundId) ?? [],
      disclosures: judge.disclosuresOf.get(contract.compoundId) ?? [],
    },
    year: judge.period,
    config: judge.config,
    disclosures: judge.disclosures,
    // The company's credit grade on the assessment day; every company has one (the base score).
    creditGrade: judge.creditGrades.get(contract.companyId) ?? null,
  });
  return {
    year: judge.year,
    assessedOn: judge.view.asOf,
    ...judgeCandidate(evidence, judge.config),
    evidence,
  };
}

/**
 * `GET /excellence/candidates?year=`: every contract the caller may see that runs at some time in
 * the year (not archived), of local companies or the others when `local` is given, judged by the
 * criteria, split into candidates (all met), pending (none
 * failed, some not yet evaluable) and not eligible; each with its figures.
 */
export async function listCandidates(
  ctx: TenantServiceContext,
  input: { year: number; local?: boolean | undefined },
): Promise<CandidatesView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const judge = await yearJudge(tx, ctx, input.year);
    const rows = await contractQuery(tx)
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          sql`${contracts.archivedAt} is null`,
          sql`${contracts.startsOn} <= ${judge.period.end}`,
          sql`${contracts.endsOn} >= ${judge.period.start}`,
          contractsWithin(reach),
          input.local === undefined ? undefined : eq(companies.local, input.local),
        ),
      )
      .orderBy(asc(companies.name), asc(compounds.name), asc(contracts.id));
    const out: CandidatesView = {
      year: input.year,
      assessedOn: judge.view.asOf,
      policyEnabled: judge.policyEnabled,
      candidates: [],
      pending: [],
      notEligible: [],
    };
    for (const row of rows) {
      const evaluation = judgeContract(judge, row.id);
      if (!evaluation) continue;
      const entry = { contract: contractOf(row), evaluation };
      if (evaluation.eligible) out.candidates.push(entry);
      else if (evaluation.pending) out.pending.push(entry);
      else out.notEligible.push(entry);
    }
    return out;
  });
}
