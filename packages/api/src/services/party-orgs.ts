import {
  AppError,
  type CreatePartyOrgInput,
  type Label,
  newId,
  type PartyOrgKind,
  partyOrgKindLabels,
  type UpdatePartyOrgInput,
  unprocessable,
} from "@propgov/core";
import { committees, companies, compounds, partyOrgs, regions, type Tx } from "@propgov/db";
import { and, asc, eq, gt, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import {
  assertCountyWide,
  assertMayWrite,
  compoundsWithin,
  type Reach,
  reachOf,
  regionsWithin,
} from "./access/reach.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { textMatches } from "./search.js";
import { inTenant } from "./tx.js";

export interface PartyOrgView {
  id: string;
  kind: PartyOrgKind;
  kindLabel: Label;
  name: string | null;
  regionId: string | null;
  compoundId: string | null;
  companyId: string | null;
  committeeId: string | null;
  memberCount: number;
  formedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof partyOrgs.$inferSelect;

export const partyOrgView = (row: Row): PartyOrgView => ({
  id: row.id,
  kind: row.kind,
  kindLabel: partyOrgKindLabels[row.kind],
  name: row.name,
  regionId: row.regionId,
  compoundId: row.compoundId,
  companyId: row.companyId,
  committeeId: row.committeeId,
  memberCount: row.memberCount,
  formedOn: row.formedOn,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

const COMPANY_BRANCHES = "company party branches (the register of companies is county-wide)";

/**
 * Party organisations a reach may see, by what they are attached to: region staff those of
 * communities, compounds and committees in their subtree, and company branches (they read the
 * whole register of companies); company staff their own company's branch and those of the
 * compounds they serve and their committees; committee members those of their compound.
 */
function partyOrgsWithin(tx: Tx, ctx: TenantServiceContext, reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "none":
      return sql`false`;
  }
  const tenantId = ctx.tenant.id;
  const visibleCompounds = () =>
    tx
      .select({ id: compounds.id })
      .from(compounds)
      .where(and(eq(compounds.tenantId, tenantId), compoundsWithin(reach)));
  const visibleCommittees = tx
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.tenantId, tenantId), inArray(committees.compoundId, visibleCompounds())));
  return or(
    reach.kind === "region"
      ? inArray(
          partyOrgs.regionId,
          tx
            .select({ id: regions.id })
            .from(regions)
            .where(and(eq(regions.tenantId, tenantId), regionsWithin(reach))),
        )
      : undefined,
    inArray(partyOrgs.compoundId, visibleCompounds()),
    inArray(partyOrgs.committeeId, visibleCommittees),
    reach.kind === "region"
      ? isNotNull(partyOrgs.companyId)
      : reach.kind === "company"
        ? eq(partyOrgs.companyId, reach.companyId)
        : undefined,
  );
}

/**
 * Checks what a new party organisation attaches to: it exists, is active, lies within the
 * caller's reach, and (for a community party organisation) is a community.
 */
async function assertAttachment(tx: Tx, ctx: TenantServiceContext, reach: Reach, input: CreatePartyOrgInput) {
  const tenantId = ctx.tenant.id;
  if (input.kind === "communityCommittee") {
    const id = input.regionId ?? "";
    const [row] = await tx
      .select({ kind: regions.kind, archivedAt: regions.archivedAt })
      .from(regions)
      .where(and(eq(regions.tenantId, tenantId), eq(regions.id, id), regionsWithin(reach)));
    if (!row) {
      throw unprocessable("body.regionId", "No such region within your reach.", {
        detail: `Region '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt)
      throw unprocessable("body.regionId", "The region is archived.", {
        detail: `Region '${id}' is archived.`,
      });
    if (row.kind !== "community") {
      throw unprocessable(
        "body.regionId",
        `A community party organisation attaches to a community, not a ${row.kind}.`,
        {
          detail: `Region '${id}' is a ${row.kind}; a community party organisation attaches to a community.`,
        },
      );
    }
  } else if (input.kind === "compoundBranch") {
    const id = input.compoundId ?? "";
    const [row] = await tx
      .select({ archivedAt: compounds.archivedAt })
      .from(compounds)
      .where(and(eq(compounds.tenantId, tenantId), eq(compounds.id, id), compoundsWithin(reach)));
    if (!row) {
      throw unprocessable("body.compoundId", "No such compound within your reach.", {
        detail: `Compound '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt) {
      throw unprocessable("body.compoundId", "The compound is archived.", {
        detail: `Compound '${id}' is archived.`,
      });
    }
  } else if (input.kind === "companyBranch") {
    assertCountyWide(reach, COMPANY_BRANCHES);
    const id = input.companyId ?? "";
    const [row] = await tx
      .select({ archivedAt: companies.archivedAt })
      .from(companies)
      .where(and(eq(companies.tenantId, tenantId), eq(companies.id, id)));
    if (!row)
      throw unprocessable("body.companyId", "No such company.", { detail: `Company '${id}' was not found.` });
    if (row.archivedAt) {
      throw unprocessable("body.companyId", "The company is archived.", {
        detail: `Company '${id}' is archived.`,
      });
    }
  } else {
    const id = input.committeeId ?? "";
    const [row] = await tx
      .select({ archivedAt: committees.archivedAt })
      .from(committees)
      .innerJoin(
        compounds,
        and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
      )
      .where(and(eq(committees.tenantId, tenantId), eq(committees.id, id), compoundsWithin(reach)));
    if (!row) {
      throw unprocessable("body.committeeId", "No such committee within your reach.", {
        detail: `Committee '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt) {
      throw unprocessable("body.committeeId", "The committee is archived.", {
        detail: `Committee '${id}' is archived.`,
      });
    }
  }
}

/**
 * Inserts a party organisation in the caller's transaction (with its audit event), after
 * checking what it attaches to against the caller's reach.
 */
export async function insertPartyOrg(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreatePartyOrgInput,
): Promise<PartyOrgView> {
  await assertAttachment(tx, ctx, reach, input);
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(partyOrgs)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("partyOrg", now.getTime()),
      kind: input.kind,
      name: input.name ?? null,
      regionId: input.kind === "communityCommittee" ? (input.regionId ?? null) : null,
      compoundId: input.kind === "compoundBranch" ? (input.compoundId ?? null) : null,
      companyId: input.kind === "companyBranch" ? (input.companyId ?? null) : null,
      committeeId: input.kind === "committeeBranch" ? (input.committeeId ?? null) : null,
      memberCount: input.memberCount,
      formedOn: input.formedOn ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = partyOrgView(row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "partyOrg.create",
    targetType: "partyOrg",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createPartyOrg(ctx: TenantServiceContext, input: CreatePartyOrgInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    return insertPartyOrg(tx, ctx, reach, input);
  });
}

export interface ListPartyOrgsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  kind?: PartyOrgKind | undefined;
  regionId?: string | undefined;
  compoundId?: string | undefined;
  companyId?: string | undefined;
  committeeId?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listPartyOrgs(
  ctx: TenantServiceContext,
  input: ListPartyOrgsInput,
): Promise<Page<PartyOrgView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return tx
      .select()
      .from(partyOrgs)
      .where(
        and(
          eq(partyOrgs.tenantId, ctx.tenant.id),
          partyOrgsWithin(tx, ctx, reach),
          after ? gt(partyOrgs.id, after) : undefined,
          input.includeArchived ? undefined : isNull(partyOrgs.archivedAt),
          input.kind ? eq(partyOrgs.kind, input.kind) : undefined,
          input.regionId ? eq(partyOrgs.regionId, input.regionId) : undefined,
          input.compoundId ? eq(partyOrgs.compoundId, input.compoundId) : undefined,
          input.companyId ? eq(partyOrgs.companyId, input.companyId) : undefined,
          input.committeeId ? eq(partyOrgs.committeeId, input.committeeId) : undefined,
          textMatches(input.q, partyOrgs.name),
        ),
      )
      .orderBy(asc(partyOrgs.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(partyOrgView), input.limit);
}

async function findPartyOrg(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<Row> {
  const query = tx
    .select()
    .from(partyOrgs)
    .where(and(eq(partyOrgs.tenantId, ctx.tenant.id), eq(partyOrgs.id, id), partyOrgsWithin(tx, ctx, reach)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Party organisation '${id}' was not found.`);
  return row;
}

export async function getPartyOrg(ctx: TenantServiceContext, id: string): Promise<PartyOrgView> {
  return inTenant(ctx, async (tx) => partyOrgView(await findPartyOrg(tx, ctx, await reachOf(tx, ctx), id)));
}

/** A party organisation the caller may change: within its reach, and company branches only county-wide. */
async function findWritable(tx: Tx, ctx: TenantServiceContext, id: string) {
  const reach = await reachOf(tx, ctx);
  assertMayWrite(reach);
  const row = await findPartyOrg(tx, ctx, reach, id, true);
  if (row.kind === "companyBranch") assertCountyWide(reach, COMPANY_BRANCHES);
  return row;
}

export async function updatePartyOrg(
  ctx: TenantServiceContext,
  id: string,
  input: UpdatePartyOrgInput,
): Promise<PartyOrgView> {
  return inTenant(ctx, async (tx) => {
    const before = await findWritable(tx, ctx, id);
    const [row] = await tx
      .update(partyOrgs)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.memberCount !== undefined ? { memberCount: input.memberCount } : {}),
        ...(input.formedOn !== undefined ? { formedOn: input.formedOn } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(partyOrgs.tenantId, ctx.tenant.id), eq(partyOrgs.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Party organisation '${id}' was not found.`);
    const view = partyOrgView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "partyOrg.update",
      targetType: "partyOrg",
      targetId: id,
      before: partyOrgView(before),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the organisation leaves lists (unless asked for) and no longer counts for coverage. */
export async function archivePartyOrg(ctx: TenantServiceContext, id: string): Promise<PartyOrgView> {
  return inTenant(ctx, async (tx) => {
    const before = await findWritable(tx, ctx, id);
    if (before.archivedAt) return partyOrgView(before);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(partyOrgs)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(partyOrgs.tenantId, ctx.tenant.id), eq(partyOrgs.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Party organisation '${id}' was not found.`);
    const view = partyOrgView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "partyOrg.archive",
      targetType: "partyOrg",
      targetId: id,
      before: partyOrgView(before),
      after: view,
    });
    return view;
  });
}
