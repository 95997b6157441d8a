import {
  AppError,
  type CreateInspectionInput,
  dateInZone,
  describeObligation,
  type Label,
  newId,
  type ObligationKind,
  type ObligationUnit,
  obligationMet,
} from "@propgov/core";
import { companies, compounds, contractInspections, contracts, regions, type Tx } from "@propgov/db";
import { and, asc, eq, gt, gte, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { assertMayWrite, lockReachableCompound, type Reach, reachOf } from "./access/reach.js";
import { actorIdOf, audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

export interface InspectionResultView {
  kind: ObligationKind;
  label: Label;
  unit: ObligationUnit;
  unitLabel: Label;
  /** The contract's promise on the day of the inspection. */
  promised: number;
  observed: number | null;
  passed: boolean;
  note: string | null;
}

export interface InspectionView {
  id: string;
  contractId: string;
  compoundId: string;
  compoundName: string;
  companyId: string;
  companyName: string;
  inspectedAt: Date;
  inspector: string;
  results: InspectionResultView[];
  /** Whether every obligation checked passed. */
  passed: boolean;
  note: string | null;
  recordedBy: string | null;
  createdAt: Date;
}

type Row = typeof contractInspections.$inferSelect;
interface JoinedRow {
  row: Row;
  compoundName: string;
  companyName: string;
}

const inspectionView = ({ row, compoundName, companyName }: JoinedRow): InspectionView => {
  const results = row.results.map((r) => {
    const { label, unit, unitLabel } = describeObligation({
      kind: r.kind as ObligationKind,
      value: r.promised,
    });
    return {
      kind: r.kind as ObligationKind,
      label,
      unit,
      unitLabel,
      promised: r.promised,
      observed: r.observed,
      passed: r.passed,
      note: r.note,
    };
  });
  return {
    id: row.id,
    contractId: row.contractId,
    compoundId: row.compoundId,
    compoundName,
    companyId: row.companyId,
    companyName,
    inspectedAt: row.inspectedAt,
    inspector: row.inspector,
    results,
    passed: results.every((r) => r.passed),
    note: row.note,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt,
  };
};

/**
 * Inspections a reach may read: the county all; region staff those of compounds in their subtree;
 * company staff their company's (the company of the contract inspected); committee members their
 * compound's. Anything else nothing.
 */
function inspectionsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return sql`exists (select 1 from ${compounds} c join ${regions} r on r.tenant_id = c.tenant_id and r.id = c.community_id where c.tenant_id = ${contractInspections.tenantId} and c.id = ${contractInspections.compoundId} and r.path like ${`${reach.path}%`})`;
    case "company":
      return eq(contractInspections.companyId, reach.companyId);
    case "compound":
      return eq(contractInspections.compoundId, reach.compoundId);
    default:
      return sql`false`;
  }
}

const joined = (tx: Tx) =>
  tx
    .select({ row: contractInspections, compoundName: compounds.name, companyName: companies.name })
    .from(contractInspections)
    .innerJoin(
      compounds,
      and(
        eq(compounds.tenantId, contractInspections.tenantId),
        eq(compounds.id, contractInspections.compoundId),
      ),
    )
    .innerJoin(
      companies,
      and(
        eq(companies.tenantId, contractInspections.tenantId),
        eq(companies.id, contractInspections.companyId),
      ),
    );

const unprocessable = (path: string, message: string) =>
  new AppError("unprocessable", message, { errors: [{ path, message }] });

/**
 * Records an inspection (履约检查) of a compound against the obligations of its contract in force
 * on the day inspected (in the county's zone). County administrators anywhere, region staff in
 * their subtree (else 422 naming `body.compoundId`). Each result names an obligation the contract
 * carries (422 naming `body.results.<i>.kind`); an observed value decides pass or fail by the
 * promise, and a `passed` that contradicts it is 422 naming `body.results.<i>.passed`.
 */
export async function createInspection(
  ctx: TenantServiceContext,
  input: CreateInspectionInput,
): Promise<InspectionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const compound = await lockReachableCompound(tx, ctx, reach, input.compoundId);
    const inspectedAt = new Date(input.inspectedAt);
    const now = ctx.deps.now();
    if (inspectedAt.getTime() > now.getTime()) {
      throw unprocessable("body.inspectedAt", "An inspection is recorded after it took place, not before.");
    }
    const day = dateInZone(inspectedAt, ctx.tenant.timezone);
    const [contract] = await tx
      .select({ contract: contracts, companyName: companies.name })
      .from(contracts)
      .innerJoin(
        companies,
        and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
      )
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          eq(contracts.compoundId, compound.id),
          isNull(contracts.archivedAt),
          lte(contracts.startsOn, day),
          gte(contracts.endsOn, day),
        ),
      )
      .limit(1);
    if (!contract) {
      throw unprocessable("body.compoundId", `The compound had no contract in force on ${day}.`);
    }
    const promises = new Map(contract.contract.obligations.map((o) => [o.kind, o.value]));
    const errors: { path: string; message: string }[] = [];
    const results = input.results.map((r, i) => {
      const promised = promises.get(r.kind);
      if (promised === undefined) {
        errors.push({
          path: `body.results.${i}.kind`,
          message: `The contract carries no '${r.kind}' obligation.`,
        });
        return null;
      }
      const met = r.observed === undefined ? undefined : obligationMet(r.kind, promised, r.observed);
      if (met !== undefined && r.passed !== undefined && met !== r.passed) {
        errors.push({
          path: `body.results.${i}.passed`,
          message: `Observed ${r.observed} against a promise of ${promised}: that ${met ? "passes" : "fails"}.`,
        });
      }
      return {
        kind: r.kind,
        promised,
        observed: r.observed ?? null,
        passed: met ?? r.passed ?? false,
        note: r.note ?? null,
      };
    });
    if (errors.length > 0) {
      throw new AppError("unprocessable", errors.map((e) => e.message).join(" "), { errors });
    }
    const [row] = await tx
      .insert(contractInspections)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("inspection", now.getTime()),
        contractId: contract.contract.id,
        compoundId: compound.id,
        companyId: contract.contract.companyId,
        inspectedAt,
        inspector: input.inspector,
        results: results.filter((r) => r !== null),
        note: input.note ?? null,
        recordedBy: actorIdOf(ctx.principal),
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const view = inspectionView({ row, compoundName: compound.name, companyName: contract.companyName });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "inspection.create",
      targetType: "inspection",
      targetId: row.id,
      after: view,
    });
    return view;
  });
}

export interface ListInspectionsInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  contractId?: string | undefined;
  companyId?: string | undefined;
  /** Only inspections that found an obligation not met (`false`), or only clean ones (`true`). */
  passed?: boolean | undefined;
}

/** Inspections the caller may read, oldest recorded first. */
export async function listInspections(
  ctx: TenantServiceContext,
  input: ListInspectionsInput,
): Promise<Page<InspectionView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return joined(tx)
      .where(
        and(
          eq(contractInspections.tenantId, ctx.tenant.id),
          inspectionsWithin(reach),
          after ? gt(contractInspections.id, after) : undefined,
          input.compoundId ? eq(contractInspections.compoundId, input.compoundId) : undefined,
          input.contractId ? eq(contractInspections.contractId, input.contractId) : undefined,
          input.companyId ? eq(contractInspections.companyId, input.companyId) : undefined,
          input.passed === undefined
            ? undefined
            : input.passed
              ? sql`not jsonb_path_exists(${contractInspections.results}, '$[*] ? (@.passed == false)')`
              : sql`jsonb_path_exists(${contractInspections.results}, '$[*] ? (@.passed == false)')`,
        ),
      )
      .orderBy(asc(contractInspections.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(inspectionView), input.limit);
}

/** One inspection; 404 outside the caller's reach or county. */
export async function getInspection(ctx: TenantServiceContext, id: string): Promise<InspectionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const [row] = await joined(tx).where(
      and(
        eq(contractInspections.tenantId, ctx.tenant.id),
        eq(contractInspections.id, id),
        inspectionsWithin(reach),
      ),
    );
    if (!row) throw new AppError("not_found", `Inspection '${id}' was not found.`);
    return inspectionView(row);
  });
}
