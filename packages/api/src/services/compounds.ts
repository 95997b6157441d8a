import {
  AppError,
  type CreateCompoundInput,
  type FieldError,
  type GridInput,
  type Label,
  newId,
  type ServiceMode,
  serviceModeLabels,
  type UpdateCompoundInput,
} from "@propgov/core";
import { committees, compounds, grids, regions, type Tx, users } from "@propgov/db";
import { and, asc, eq, gt, inArray, isNull, not, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { compoundsWithin, type Reach, reachOf } from "./access/reach.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { pathWithin, subtreeOf, writerReach } from "./regions.js";
import { textMatches } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

/** A grid's guarantor as shown: a user of the tenant (by display name) or a named person with a phone. */
export type GuarantorView =
  | { userId: string; name: string; phone: null }
  | { userId: null; name: string; phone: string };

export interface GridView {
  id: string;
  name: string;
  guarantor: GuarantorView | null;
}

export interface CompoundView {
  id: string;
  name: string;
  address: string;
  communityId: string;
  communityName: string;
  buildings: number;
  households: number;
  location: { lat: number; lng: number } | null;
  serviceMode: ServiceMode;
  serviceModeLabel: Label;
  /** When the self-management arrangement (自管) started; null unless self-managed with a recorded start. */
  selfManagedSince: string | null;
  residentPartyMembers: number;
  grids: GridView[];
  /** 包保责任人 answerable for the whole compound. */
  guarantor: GuarantorView | null;
  /** Whether an owners' committee is in term today (in the tenant's time zone). */
  hasCommittee: boolean;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type CompoundRow = typeof compounds.$inferSelect;
interface Loaded {
  compound: CompoundRow;
  communityName: string;
  hasCommittee: boolean;
  guarantorUserName: string | null;
}

/** Today in the tenant's time zone, as `YYYY-MM-DD`. */

/** The compound has a non-archived committee in term on `day` (formedOn ≤ day ≤ termEndsOn). */
const committeeInTerm = (day: string): SQL<boolean> =>
  sql<boolean>`exists (select 1 from ${committees} m where m.tenant_id = ${compounds.tenantId} and m.compound_id = ${compounds.id} and m.archived_at is null and m.formed_on <= ${day}::date and m.term_ends_on >= ${day}::date)`;

/** Compounds with their community's name and committee status, in one select. */
function selectCompounds(tx: Tx, ctx: TenantServiceContext) {
  return tx
    .select({
      compound: compounds,
      communityName: regions.name,
      hasCommittee: committeeInTerm(tenantToday(ctx)),
      guarantorUserName: users.displayName,
    })
    .from(compounds)
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .leftJoin(users, and(eq(users.tenantId, compounds.tenantId), eq(users.id, compounds.guarantorUserId)));
}

/** Views of loaded compounds, their grids fetched in one query. */
async function toViews(tx: Tx, ctx: TenantServiceContext, loaded: Loaded[]): Promise<CompoundView[]> {
  const ids = loaded.map((l) => l.compound.id);
  const gridRows =
    ids.length === 0
      ? []
      : await tx
          .select({ grid: grids, userName: users.displayName })
          .from(grids)
          .leftJoin(users, and(eq(users.tenantId, grids.tenantId), eq(users.id, grids.guarantorUserId)))
          .where(and(eq(grids.tenantId, ctx.tenant.id), inArray(grids.compoundId, ids)))
          .orderBy(asc(grids.position), asc(grids.id));
  const byCompound = new Map<string, GridView[]>();
  for (const { grid, userName } of gridRows) {
    const list = byCompound.get(grid.compoundId) ?? [];
    list.push({ id: grid.id, name: grid.name, guarantor: guarantorView(grid, userName) });
    byCompound.set(grid.compoundId, list);
  }
  return loaded.map(({ compound: c, communityName, hasCommittee, guarantorUserName }) => ({
    id: c.id,
    name: c.name,
    address: c.address,
    communityId: c.communityId,
    communityName,
    buildings: c.buildings,
    households: c.households,
    location: c.lat !== null && c.lng !== null ? { lat: c.lat, lng: c.lng } : null,
    serviceMode: c.serviceMode,
    serviceModeLabel: serviceModeLabels[c.serviceMode],
    selfManagedSince: c.selfManagedSince,
    residentPartyMembers: c.residentPartyMembers,
    grids: byCompound.get(c.id) ?? [],
    guarantor: guarantorView(c, guarantorUserName),
    hasCommittee: Boolean(hasCommittee),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    archivedAt: c.archivedAt,
  }));
}

/** The guarantor of a grid or a compound (the same three columns on both). */
function guarantorView(
  row: { guarantorUserId: string | null; guarantorName: string | null; guarantorPhone: string | null },
  userName: string | null,
): GuarantorView | null {
  if (row.guarantorUserId) return { userId: row.guarantorUserId, name: userName ?? "", phone: null };
  if (row.guarantorName && row.guarantorPhone) {
    return { userId: null, name: row.guarantorName, phone: row.guarantorPhone };
  }
  return null;
}

/** One compound the reach may see, else 404. */
export async function findCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
): Promise<CompoundView> {
  const rows = await selectCompounds(tx, ctx).where(
    and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id), compoundsWithin(reach)),
  );
  const [view] = await toViews(tx, ctx, rows);
  if (!view) throw new AppError("not_found", `Compound '${id}' was not found.`);
  return view;
}

/**
 * Checks what a compound refers to: the community (an active community the caller may write in;
 * one outside its reach reads as unknown), the guarantors (active users of the tenant), and on
 * update the ids of the grids (grids of this compound). Collects every problem into one 422.
 */
async function checkReferences(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: { communityId?: string | undefined; grids?: GridInput[] | undefined },
  existingGridIds: ReadonlySet<string>,
): Promise<void> {
  const errors: FieldError[] = [];
  if (input.communityId !== undefined) {
    const [community] = await tx
      .select({ kind: regions.kind, path: regions.path })
      .from(regions)
      .where(
        and(
          eq(regions.tenantId, ctx.tenant.id),
          eq(regions.id, input.communityId),
          isNull(regions.archivedAt),
        ),
      );
    if (!community || !pathWithin(reach, community.path)) {
      errors.push({ path: "body.communityId", message: "No active community with this id." });
    } else if (community.kind !== "community") {
      errors.push({
        path: "body.communityId",
        message: `A compound belongs to a community, not to a ${community.kind}.`,
      });
    }
  }
  const gridInputs = input.grids ?? [];
  const userIds = [...new Set(gridInputs.flatMap((g) => (g.guarantor?.userId ? [g.guarantor.userId] : [])))];
  const activeUsers = new Set(
    userIds.length === 0
      ? []
      : (
          await tx
            .select({ id: users.id })
            .from(users)
            .where(
              and(eq(users.tenantId, ctx.tenant.id), inArray(users.id, userIds), isNull(users.disabledAt)),
            )
        ).map((u) => u.id),
  );
  const seen = new Set<string>();
  gridInputs.forEach((grid, i) => {
    if (grid.id !== undefined) {
      if (!existingGridIds.has(grid.id)) {
        errors.push({
          path: `body.grids.${i}.id`,
          message: "Not a grid of this compound (leave id out for a new grid).",
        });
      } else if (seen.has(grid.id)) {
        errors.push({ path: `body.grids.${i}.id`, message: "The same grid appears twice." });
      }
      seen.add(grid.id);
    }
    const userId = grid.guarantor?.userId;
    if (userId !== undefined && !activeUsers.has(userId)) {
      errors.push({ path: `body.grids.${i}.guarantor.userId`, message: "No active user with this id." });
    }
  });
  if (errors.length > 0) {
    throw new AppError("unprocessable", errors.map((e) => `${e.path}: ${e.message}`).join("; "), { errors });
  }
}

const guarantorColumns = (grid: GridInput) => ({
  guarantorUserId: grid.guarantor?.userId ?? null,
  guarantorName: grid.guarantor?.userId ? null : (grid.guarantor?.name ?? null),
  guarantorPhone: grid.guarantor?.userId ? null : (grid.guarantor?.phone ?? null),
});

/** Makes the compound's grids exactly `wanted`: known ids updated in place, new ones added, the rest deleted. */
async function replaceGrids(tx: Tx, ctx: TenantServiceContext, compoundId: string, wanted: GridInput[]) {
  const now = ctx.deps.now();
  const keep = wanted.flatMap((g) => (g.id ? [g.id] : []));
  await tx
    .delete(grids)
    .where(
      and(
        eq(grids.tenantId, ctx.tenant.id),
        eq(grids.compoundId, compoundId),
        keep.length > 0 ? not(inArray(grids.id, keep)) : undefined,
      ),
    );
  for (const [position, grid] of wanted.entries()) {
    if (grid.id) {
      await tx
        .update(grids)
        .set({ name: grid.name, ...guarantorColumns(grid), position, updatedAt: now })
        .where(
          and(eq(grids.tenantId, ctx.tenant.id), eq(grids.compoundId, compoundId), eq(grids.id, grid.id)),
        );
    } else {
      await tx.insert(grids).values({
        tenantId: ctx.tenant.id,
        id: newId("grid", now.getTime()),
        compoundId,
        name: grid.name,
        ...guarantorColumns(grid),
        position,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}

/**
 * Inserts a compound with its grids in the caller's transaction (demo data too; the bulk import
 * writes the same rows and events set-based, `imports/compounds.ts`): checks the community and the guarantors, that the
 * caller may write in that community, and writes the audit event. A context without a principal
 * is the system and acts county-wide. Throws 422 naming `body.communityId` or
 * `body.grids.N.guarantor.userId`, 403 when the caller's role does not write.
 */
export async function insertCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateCompoundInput,
): Promise<CompoundView> {
  const reach = await writerReach(tx, ctx);
  await checkReferences(tx, ctx, reach, input, new Set());
  const now = ctx.deps.now();
  const id = newId("compound", now.getTime());
  await tx.insert(compounds).values({
    tenantId: ctx.tenant.id,
    id,
    name: input.name,
    address: input.address,
    communityId: input.communityId,
    buildings: input.buildings,
    households: input.households,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    serviceMode: input.serviceMode,
    selfManagedSince: input.selfManagedSince ?? null,
    residentPartyMembers: input.residentPartyMembers ?? 0,
    createdAt: now,
    updatedAt: now,
  });
  await replaceGrids(tx, ctx, id, input.grids ?? []);
  const view = await findCompound(tx, ctx, { kind: "county" }, id);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "compound.create",
    targetType: "compound",
    targetId: id,
    after: view,
  });
  return view;
}

export function createCompound(ctx: TenantServiceContext, input: CreateCompoundInput): Promise<CompoundView> {
  return inTenant(ctx, (tx) => insertCompound(tx, ctx, input));
}

export interface ListCompoundsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  /** Compounds anywhere under this region (the region itself or any descendant holds their community). */
  regionId?: string | undefined;
  communityId?: string | undefined;
  serviceMode?: ServiceMode | undefined;
  /** With (true) or without (false) an owners' committee in term today. */
  hasCommittee?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

/** Compounds in the caller's reach, oldest first. */
export async function listCompounds(
  ctx: TenantServiceContext,
  input: ListCompoundsInput,
): Promise<Page<CompoundView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    let under: SQL | undefined;
    if (input.regionId) {
      const [region] = await tx
        .select({ path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, input.regionId)));
      if (!region) return { items: [], nextCursor: null };
      under = subtreeOf(region.path);
    }
    const today = tenantToday(ctx);
    const rows = await selectCompounds(tx, ctx)
      .where(
        and(
          eq(compounds.tenantId, ctx.tenant.id),
          compoundsWithin(reach),
          after ? gt(compounds.id, after) : undefined,
          input.includeArchived ? undefined : isNull(compounds.archivedAt),
          under,
          input.communityId ? eq(compounds.communityId, input.communityId) : undefined,
          input.serviceMode ? eq(compounds.serviceMode, input.serviceMode) : undefined,
          input.hasCommittee === undefined
            ? undefined
            : input.hasCommittee
              ? committeeInTerm(today)
              : not(committeeInTerm(today)),
          textMatches(input.q, compounds.name, compounds.address),
        ),
      )
      .orderBy(asc(compounds.id))
      .limit(input.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r, id: r.compound.id })),
      input.limit,
    );
    return { items: await toViews(tx, ctx, page.items), nextCursor: page.nextCursor };
  });
}

export async function getCompound(ctx: TenantServiceContext, id: string): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => findCompound(tx, ctx, await reachOf(tx, ctx), id));
}

/** Changes a compound; `grids`, when given, replaces the set (known ids keep their identity). */
export async function updateCompound(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateCompoundInput,
): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findCompound(tx, ctx, reach, id);
    const communityChanges = input.communityId !== undefined && input.communityId !== before.communityId;
    const mode = input.serviceMode ?? before.serviceMode;
    if (input.selfManagedSince && mode !== "selfManaged") {
      throw new AppError("unprocessable", "Only a self-managed compound has a self-management start date.", {
        errors: [
          {
            path: "body.selfManagedSince",
            message: `The compound's service mode is '${mode}': set serviceMode to selfManaged as well.`,
          },
        ],
      });
    }
    await checkReferences(
      tx,
      ctx,
      reach,
      { communityId: communityChanges ? input.communityId : undefined, grids: input.grids },
      new Set(before.grids.map((g) => g.id)),
    );
    await tx
      .update(compounds)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.communityId !== undefined ? { communityId: input.communityId } : {}),
        ...(input.buildings !== undefined ? { buildings: input.buildings } : {}),
        ...(input.households !== undefined ? { households: input.households } : {}),
        ...(input.location !== undefined
          ? { lat: input.location?.lat ?? null, lng: input.location?.lng ?? null }
          : {}),
        ...(input.serviceMode !== undefined ? { serviceMode: input.serviceMode } : {}),
        // Leaving self-management ends its arrangement: the start date goes with it.
        ...(input.selfManagedSince !== undefined || mode !== "selfManaged"
          ? { selfManagedSince: mode === "selfManaged" ? (input.selfManagedSince ?? null) : null }
          : {}),
        ...(input.residentPartyMembers !== undefined
          ? { residentPartyMembers: input.residentPartyMembers }
          : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
    if (input.grids !== undefined) await replaceGrids(tx, ctx, id, input.grids);
    const view = await findCompound(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "compound.update",
      targetType: "compound",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}

/** Soft delete: the compound leaves lists (unless asked for); its history stays. */
export async function archiveCompound(ctx: TenantServiceContext, id: string): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findCompound(tx, ctx, reach, id);
    if (before.archivedAt) return before;
    const now = ctx.deps.now();
    await tx
      .update(compounds)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
    const view = await findCompound(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "compound.archive",
      targetType: "compound",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}
