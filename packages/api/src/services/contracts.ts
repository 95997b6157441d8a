import {
  AppError,
  type ContractObligation,
  type ContractObligationInput,
  type CreateContractInput,
  describeObligation,
  isActiveOn,
  newId,
  type ProjectManager,
  type UpdateContractInput,
} from "@propgov/core";
import { companies, compounds, contractProjectManagers, contracts, type Tx } from "@propgov/db";
import { and, asc, eq, gt, gte, isNull, lte, ne, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import {
  assertMayWrite,
  compoundsWithin,
  lockReachableCompound,
  type Reach,
  reachOf,
} from "./access/reach.js";
import { actorIdOf, audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { textMatches } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

export interface ContractView {
  id: string;
  companyId: string;
  companyName: string;
  compoundId: string;
  compoundName: string;
  startsOn: string;
  endsOn: string;
  /** Yuan per m² per month. */
  feeStandard: number;
  projectManager: ProjectManager;
  /** Service obligations (服务承诺) complaints and inspections are checked against. */
  obligations: ContractObligation[];
  /** Not archived and today (in the tenant's time zone) lies in [startsOn, endsOn]. */
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface ProjectManagerEntryView {
  id: string;
  name: string;
  phone: string;
  since: Date;
  /** The user or API key that recorded the change; null for system imports. */
  recordedBy: string | null;
}

type Row = typeof contracts.$inferSelect;
interface JoinedRow {
  contract: Row;
  companyName: string;
  compoundName: string;
}

const contractView = (
  { contract: row, companyName, compoundName }: JoinedRow,
  day: string,
): ContractView => ({
  id: row.id,
  companyId: row.companyId,
  companyName,
  compoundId: row.compoundId,
  compoundName,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  feeStandard: Number(row.feeStandard),
  projectManager: { name: row.projectManagerName, phone: row.projectManagerPhone },
  obligations: row.obligations.map((o) =>
    describeObligation({ ...o, kind: o.kind as ContractObligation["kind"] }),
  ),
  active: row.archivedAt === null && isActiveOn(row, day),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

/**
 * Contracts a reach may see: the county all; region staff those of compounds in their subtree;
 * company staff their company's; committee members their compound's. A condition on the join
 * of contracts with compounds.
 */
function contractsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "company":
      return eq(contracts.companyId, reach.companyId);
    case "compound":
      return eq(contracts.compoundId, reach.compoundId);
    default:
      return compoundsWithin(reach);
  }
}

const joined = (tx: Tx) =>
  tx
    .select({ contract: contracts, companyName: companies.name, compoundName: compounds.name })
    .from(contracts)
    .innerJoin(
      companies,
      and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
    )
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    );

async function findContract(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<JoinedRow> {
  const query = joined(tx).where(
    and(eq(contracts.tenantId, ctx.tenant.id), eq(contracts.id, id), contractsWithin(reach)),
  );
  const [row] = lock ? await query.for("update", { of: contracts }) : await query;
  if (!row) throw new AppError("not_found", `Contract '${id}' was not found.`);
  return row;
}

/** The company a contract names: it must exist and be active (companies are a county-wide register). */
async function activeCompany(tx: Tx, ctx: TenantServiceContext, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name, archivedAt: companies.archivedAt })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId)));
  if (!row) {
    throw new AppError("unprocessable", `Company '${companyId}' was not found.`, {
      errors: [{ path: "body.companyId", message: "No such company." }],
    });
  }
  if (row.archivedAt) {
    throw new AppError("unprocessable", `Company '${companyId}' is archived.`, {
      errors: [{ path: "body.companyId", message: "The company is archived." }],
    });
  }
  return row;
}

/** A compound has at most one contract at a time: no two non-archived contracts may share a day. */
async function assertNoOverlap(
  tx: Tx,
  ctx: TenantServiceContext,
  compoundId: string,
  range: { startsOn: string; endsOn: string },
  exceptId?: string,
) {
  const [clash] = await tx
    .select({ id: contracts.id, startsOn: contracts.startsOn, endsOn: contracts.endsOn })
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, ctx.tenant.id),
        eq(contracts.compoundId, compoundId),
        isNull(contracts.archivedAt),
        lte(contracts.startsOn, range.endsOn),
        gte(contracts.endsOn, range.startsOn),
        exceptId ? ne(contracts.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(contracts.startsOn))
    .limit(1);
  if (clash) {
    throw new AppError(
      "conflict",
      `The compound already has contract '${clash.id}' from ${clash.startsOn} to ${clash.endsOn}; a compound has at most one contract at a time.`,
      {
        errors: [
          {
            path: "body.startsOn",
            message: `Overlaps contract ${clash.id} (${clash.startsOn} to ${clash.endsOn}).`,
          },
        ],
      },
    );
  }
}

async function recordProjectManager(
  tx: Tx,
  ctx: TenantServiceContext,
  contractId: string,
  manager: ProjectManager,
) {
  const now = ctx.deps.now();
  const p = ctx.principal;
  await tx.insert(contractProjectManagers).values({
    tenantId: ctx.tenant.id,
    id: newId("projectManagerEntry", now.getTime()),
    contractId,
    name: manager.name,
    phone: manager.phone,
    since: now,
    recordedBy: actorIdOf(p),
  });
}

const feeText = (fee: number) => fee.toFixed(2);

/** Obligations as stored: kind, value and the note when there is one. */
const obligationRows = (list: readonly ContractObligationInput[]) =>
  list.map((o) => ({ kind: o.kind, value: o.value, ...(o.note ? { note: o.note } : {}) }));

/**
 * Inserts a contract in the caller's transaction (with its first project-manager entry and the
 * audit event), after checking the company, the compound within the caller's reach, and that no
 * other contract of the compound overlaps.
 */
export async function insertContract(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreateContractInput,
): Promise<ContractView> {
  const company = await activeCompany(tx, ctx, input.companyId);
  const compound = await lockReachableCompound(tx, ctx, reach, input.compoundId);
  await assertNoOverlap(tx, ctx, compound.id, input);
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(contracts)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("contract", now.getTime()),
      companyId: company.id,
      compoundId: compound.id,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      feeStandard: feeText(input.feeStandard),
      projectManagerName: input.projectManager.name,
      projectManagerPhone: input.projectManager.phone,
      obligations: obligationRows(input.obligations ?? []),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await recordProjectManager(tx, ctx, row.id, input.projectManager);
  const view = contractView(
    { contract: row, companyName: company.name, compoundName: compound.name },
    tenantToday(ctx),
  );
  await audit(tx, ctx, ctx.tenant.id, {
    action: "contract.create",
    targetType: "contract",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createContract(ctx: TenantServiceContext, input: CreateContractInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    return insertContract(tx, ctx, reach, input);
  });
}

export interface ListContractsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  companyId?: string | undefined;
  compoundId?: string | undefined;
  activeOn?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listContracts(
  ctx: TenantServiceContext,
  input: ListContractsInput,
): Promise<Page<ContractView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return joined(tx)
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          contractsWithin(reach),
          after ? gt(contracts.id, after) : undefined,
          input.includeArchived ? undefined : isNull(contracts.archivedAt),
          input.companyId ? eq(contracts.companyId, input.companyId) : undefined,
          input.compoundId ? eq(contracts.compoundId, input.compoundId) : undefined,
          input.activeOn
            ? and(lte(contracts.startsOn, input.activeOn), gte(contracts.endsOn, input.activeOn))
            : undefined,
          textMatches(input.q, companies.name, compounds.name, contracts.projectManagerName),
        ),
      )
      .orderBy(asc(contracts.id))
      .limit(input.limit + 1);
  });
  const day = tenantToday(ctx);
  return toPage(
    rows.map((r) => contractView(r, day)),
    input.limit,
  );
}

export async function getContract(ctx: TenantServiceContext, id: string): Promise<ContractView> {
  return inTenant(ctx, async (tx) =>
    contractView(await findContract(tx, ctx, await reachOf(tx, ctx), id), tenantToday(ctx)),
  );
}

export async function updateContract(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateContractInput,
): Promise<ContractView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findContract(tx, ctx, reach, id, true);
    const range = {
      startsOn: input.startsOn ?? before.contract.startsOn,
      endsOn: input.endsOn ?? before.contract.endsOn,
    };
    if (range.endsOn < range.startsOn) {
      throw new AppError("unprocessable", "The contract would end before it starts.", {
        errors: [
          {
            path: input.endsOn !== undefined ? "body.endsOn" : "body.startsOn",
            message: `Ends (${range.endsOn}) before it starts (${range.startsOn}).`,
          },
        ],
      });
    }
    const datesChange =
      range.startsOn !== before.contract.startsOn || range.endsOn !== before.contract.endsOn;
    if (datesChange && !before.contract.archivedAt) {
      await tx
        .select({ id: compounds.id })
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, before.contract.compoundId)))
        .for("update");
      await assertNoOverlap(tx, ctx, before.contract.compoundId, range, id);
    }
    const manager = input.projectManager;
    const managerChanges =
      manager !== undefined &&
      (manager.name !== before.contract.projectManagerName ||
        manager.phone !== before.contract.projectManagerPhone);
    const [row] = await tx
      .update(contracts)
      .set({
        ...(input.startsOn !== undefined ? { startsOn: input.startsOn } : {}),
        ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
        ...(input.feeStandard !== undefined ? { feeStandard: feeText(input.feeStandard) } : {}),
        ...(manager ? { projectManagerName: manager.name, projectManagerPhone: manager.phone } : {}),
        ...(input.obligations !== undefined ? { obligations: obligationRows(input.obligations) } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(contracts.tenantId, ctx.tenant.id), eq(contracts.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Contract '${id}' was not found.`);
    if (manager && managerChanges) await recordProjectManager(tx, ctx, id, manager);
    const day = tenantToday(ctx);
    const view = contractView({ ...before, contract: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "contract.update",
      targetType: "contract",
      targetId: id,
      before: contractView(before, day),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the contract leaves lists (unless asked for) and no longer blocks its compound. */
export async function archiveContract(ctx: TenantServiceContext, id: string): Promise<ContractView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findContract(tx, ctx, reach, id, true);
    const day = tenantToday(ctx);
    if (before.contract.archivedAt) return contractView(before, day);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(contracts)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(contracts.tenantId, ctx.tenant.id), eq(contracts.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Contract '${id}' was not found.`);
    const view = contractView({ ...before, contract: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "contract.archive",
      targetType: "contract",
      targetId: id,
      before: contractView(before, day),
      after: view,
    });
    return view;
  });
}

/** The project managers of a contract over time, oldest first (append-only history). */
export async function listProjectManagers(
  ctx: TenantServiceContext,
  id: string,
): Promise<ProjectManagerEntryView[]> {
  return inTenant(ctx, async (tx) => {
    await findContract(tx, ctx, await reachOf(tx, ctx), id);
    const rows = await tx
      .select()
      .from(contractProjectManagers)
      .where(
        and(eq(contractProjectManagers.tenantId, ctx.tenant.id), eq(contractProjectManagers.contractId, id)),
      )
      .orderBy(asc(contractProjectManagers.since), asc(contractProjectManagers.id));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      since: r.since,
      recordedBy: r.recordedBy,
    }));
  });
}
