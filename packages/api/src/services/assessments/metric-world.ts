import {
  type AssessmentTargetKind,
  type CoverageData,
  coverageDataOf,
  endOfDayIn,
  evaluateAll,
  type Finding,
  type Mechanism,
  type Period,
  type PolicyCase,
  type PolicyView,
  partyEligibilityOf,
  periodWindow,
  targetRegionKinds,
} from "@propgov/core";
import { creditRecords, type Tx, tasks } from "@propgov/db";
import { and, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { asOfFor } from "../evaluations.js";
import { loadPolicyView } from "../policy-view/load.js";
import { tenantToday } from "../time.js";

/** One target of a template: a company, a township or street, a community, or a region's party secretary. */
export interface AssessmentTarget {
  type: AssessmentTargetKind;
  id: string;
  name: string;
  /** The region the target belongs to (itself for regions); null for companies. */
  regionId: string | null;
}

interface TaskRow {
  ownerUnitType: string;
  ownerUnitId: string;
  dueOn: string;
  status: string;
  submittedAt: Date | null;
}

interface CreditRow {
  id: string;
  companyId: string;
  category: string;
  effectiveOn: string;
}

/**
 * Everything a cycle's figures are computed from, read once in the caller's transaction: the
 * policy view of the period as of its last day (or today while it runs), the findings of the
 * mechanism's policies over it (run in memory, never stored), the tasks due in the period and
 * the bad credit records in force on the day.
 */
export interface MetricWorld {
  period: Period;
  asOf: string;
  /** The instant deadlines are judged at (the view's). */
  asAt: number;
  window: { from: number; to: number };
  view: PolicyView;
  findings: Finding[];
  tasks: TaskRow[];
  badCredit: CreditRow[];
  coverage: CoverageData;
  /** The county's party-eligibility threshold (see core's `partyEligibilityOf`). */
  partyEligibility: number;
  /** Compounds each company serves under a contract running at some time in the period. */
  served: Map<string, Set<string>>;
  /** Contracts of each company (running in the period). */
  contractsOf: Map<string, Set<string>>;
  /** Each region's subtree: the ids of the region and every region below it. */
  subtree: Map<string, Set<string>>;
  communityOf: Map<string, string>;
  /** The view's cases grouped once, so each target reads only its own. */
  casesByCompound: Map<string, PolicyCase[]>;
  casesByCommunity: Map<string, PolicyCase[]>;
  findingsByPolicy: Map<string, Finding[]>;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
};

/** Reads the world a cycle is computed from (see {@link MetricWorld}). */
export async function loadMetricWorld(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
  mechanism: Mechanism,
): Promise<MetricWorld> {
  const asOf = asOfFor(period, tenantToday(ctx));
  const view = await loadPolicyView(tx, ctx, asOf, period);
  const findings = evaluateAll(mechanism, view, period, ctx.deps.policies);
  const taskRows = await tx
    .select({
      ownerUnitType: tasks.ownerUnitType,
      ownerUnitId: tasks.ownerUnitId,
      dueOn: tasks.dueOn,
      status: tasks.status,
      submittedAt: tasks.submittedAt,
    })
    .from(tasks)
    .where(
      and(
        eq(tasks.tenantId, ctx.tenant.id),
        inArray(tasks.ownerUnitType, ["company", "region"]),
        gte(tasks.dueOn, period.start),
        lte(tasks.dueOn, period.end),
      ),
    );
  const badCredit = await tx
    .select({
      id: creditRecords.id,
      companyId: creditRecords.companyId,
      category: creditRecords.category,
      effectiveOn: creditRecords.effectiveOn,
    })
    .from(creditRecords)
    .where(
      and(
        eq(creditRecords.tenantId, ctx.tenant.id),
        eq(creditRecords.kind, "bad"),
        isNull(creditRecords.revokedAt),
        lte(creditRecords.effectiveOn, asOf),
        gte(creditRecords.expiresOn, asOf),
      ),
    );

  const served = new Map<string, Set<string>>();
  const contractsOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const k of view.contracts) {
    if (k.startsOn > period.end || k.endsOn < period.start) continue;
    add(served, k.companyId, k.compoundId);
    add(contractsOf, k.companyId, k.id);
  }
  const subtree = new Map<string, Set<string>>();
  for (const r of view.regions) {
    for (const ancestor of r.path.split("/").filter(Boolean)) add(subtree, ancestor, r.id);
  }

  // The three 100% goals on the day, from the view (the definitions are core's), with the
  // county's own party-eligibility threshold.
  const coverage = coverageDataOf(view);
  const partyEligibility = partyEligibilityOf(mechanism);

  return {
    period,
    asOf,
    asAt: view.asAt ? Date.parse(view.asAt) : endOfDayIn(asOf, ctx.tenant.timezone),
    window: periodWindow(period, ctx.tenant.timezone),
    view,
    findings,
    tasks: taskRows,
    badCredit,
    coverage,
    partyEligibility,
    served,
    contractsOf,
    subtree,
    communityOf: new Map(view.compounds.map((c) => [c.id, c.communityId])),
    casesByCompound: groupBy(view.cases ?? [], (c) => c.compoundId),
    casesByCommunity: groupBy(view.cases ?? [], (c) => c.communityId),
    findingsByPolicy: groupBy(findings, (f) => f.policy),
  };
}

/**
 * The targets of a kind in the period: companies with a contract running at some time in it;
 * townships and streets; communities. Sorted by name, then id, for a stable order.
 */
export function targetsOf(world: MetricWorld, kind: AssessmentTargetKind): AssessmentTarget[] {
  const byName = (a: AssessmentTarget, b: AssessmentTarget) =>
    a.name.localeCompare(b.name, "zh") || a.id.localeCompare(b.id);
  if (kind === "company") {
    return world.view.companies
      .filter((c) => world.served.has(c.id))
      .map((c) => ({ type: kind, id: c.id, name: c.name, regionId: null }))
      .sort(byName);
  }
  const kinds = targetRegionKinds[kind];
  return world.view.regions
    .filter((r) => kinds.includes(r.kind))
    .map((r) => ({ type: kind, id: r.id, name: targetName(world, kind, r), regionId: r.id }))
    .sort(byName);
}

/**
 * A region target's name: the region's; a secretary's, the secretary of the region's party
 * organisation (the community's 社区党组织 by its recorded name, else the region's 党（工）委 / 党组织).
 */
function targetName(
  world: MetricWorld,
  kind: Exclude<AssessmentTargetKind, "company">,
  region: { id: string; name: string; kind: string },
): string {
  if (kind === "townshipSecretary")
    return `${region.name}${region.kind === "street" ? "党工委" : "党委"}书记`;
  if (kind === "communitySecretary") {
    const org = world.view.partyOrgs.find((p) => p.kind === "communityCommittee" && p.regionId === region.id);
    return `${org?.name ?? `${region.name}党组织`}书记`;
  }
  return region.name;
}
