import type { Period, PolicyView } from "@propgov/core";
import type { Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { assessmentFacts, bulletinFacts } from "../facts/assessments.js";
import { disclosureFacts } from "../facts/disclosures.js";
import { inspectionFacts } from "../facts/inspections.js";
import { lifecycleFacts } from "../facts/lifecycle.js";
import { meetingFacts } from "../facts/meetings.js";
import { instantOfDay } from "../time.js";

import { loadCaseTallies } from "./case-tallies.js";
import { type CaseNarrowing, loadPeriodCases, periodCaseScope } from "./cases.js";
import { loadContracts } from "./contracts.js";
import { unitScope, type ViewOptions, type ViewScope, viewScope } from "./scope.js";
import {
  compoundRowsOf,
  compoundsOf,
  loadBodies,
  loadCommittees,
  loadCompanies,
  loadDepartments,
  loadGrids,
  loadPartyOrgs,
  loadRegions,
  loadStaff,
  loadVenues,
} from "./slices.js";

export type { ViewOptions } from "./scope.js";

type PeriodFacts = Pick<
  PolicyView,
  | "asAt"
  | "cases"
  | "meetings"
  | "disclosures"
  | "lifecycleEvents"
  | "assessmentCards"
  | "bulletins"
  | "inspections"
  | "caseTallies"
>;

/**
 * The period's facts, for evaluations only (never in a scope): its cases with `asAt`, the instant
 * deadlines are judged at, and the governance facts asked for.
 */
async function loadPeriodFacts(
  scope: ViewScope,
  asOf: string,
  period: Period,
  narrow: CaseNarrowing | undefined,
): Promise<PeriodFacts> {
  const { tx, ctx, wanted } = scope;
  const periodCases = wanted.has("cases") ? await periodCasesOf(tx, ctx, asOf, period, narrow) : undefined;
  return {
    ...(periodCases ?? { asAt: instantOfDay(ctx, asOf).toISOString() }),
    ...(wanted.has("meetings") ? { meetings: await meetingFacts(tx, ctx, period, asOf) } : {}),
    ...(wanted.has("disclosures") ? { disclosures: await disclosureFacts(tx, ctx, period, asOf) } : {}),
    ...(wanted.has("lifecycleEvents")
      ? { lifecycleEvents: await lifecycleFacts(tx, ctx, period, asOf) }
      : {}),
    ...(wanted.has("assessmentCards") ? { assessmentCards: await assessmentFacts(tx, ctx, period) } : {}),
    ...(wanted.has("bulletins") ? { bulletins: await bulletinFacts(tx, ctx, period) } : {}),
    ...(wanted.has("inspections") ? { inspections: await inspectionFacts(tx, ctx, period, asOf) } : {}),
  };
}

/**
 * The read-only county policies judge, on day `asOf` (`YYYY-MM-DD`), read in the caller's
 * transaction with one set-based select per slice asked for (however large the county): active
 * regions, compounds with their guarantor, their grids, companies, contracts with the number (and
 * days) of project-manager changes recorded by that day, committees, party organisations formed by
 * then, departments, bodies, staff and venues. Archived rows are left out. With a `period` (an
 * evaluation) it also holds the period's cases, meetings, disclosures, lifecycle events,
 * scorecards and contract inspections, and `asAt`, the instant deadlines are judged at. A slice not asked for is empty;
 * with a `scope` (event hooks) every slice is narrowed to the event's subject, and a slice whose
 * scope is empty costs no query. One loader a slice, called in turn in the caller's transaction.
 */
export async function loadPolicyView(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period?: Period,
  options: ViewOptions = {},
): Promise<PolicyView> {
  const scope = viewScope(tx, ctx, asOf, options);
  const compoundRows = await compoundRowsOf(scope);
  const units = unitScope(scope, compoundRows);
  const regions = await loadRegions(units);
  const grids = await loadGrids(scope);
  const companies = await loadCompanies(scope);
  const contracts = scope.want("contracts")
    ? await loadContracts(tx, ctx, scope.day, scope.scoped, scope.inScope)
    : [];
  const committees = await loadCommittees(scope);
  const partyOrgs = await loadPartyOrgs(units);
  const departments = await loadDepartments(scope);
  const bodies = await loadBodies(units);
  const staff = await loadStaff(units);
  const venues = await loadVenues(units);
  const facts =
    period && !scope.scoped ? await loadPeriodFacts(scope, asOf, period, options.narrowCases) : {};

  return {
    tenant: {
      id: ctx.tenant.id,
      slug: ctx.tenant.slug,
      name: ctx.tenant.name,
      timezone: ctx.tenant.timezone,
    },
    asOf,
    ...facts,
    regions,
    compounds: compoundsOf(scope, compoundRows),
    grids,
    companies,
    contracts,
    committees,
    partyOrgs,
    departments,
    bodies,
    staff,
    venues,
  };
}

/** The period's cases: every relevant one, or (narrowed) the tallies and the cases that can yield a finding. */
async function periodCasesOf(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period: Period,
  narrow: CaseNarrowing | undefined,
): Promise<Pick<PolicyView, "asAt" | "cases" | "caseTallies">> {
  const loaded = await loadPeriodCases(tx, ctx, asOf, period, narrow);
  if (!narrow) return loaded;
  return { ...loaded, caseTallies: await loadCaseTallies(tx, periodCaseScope(ctx, asOf, period)) };
}
