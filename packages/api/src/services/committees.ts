import {
  AppError,
  type CommitteeMember,
  type CreateCommitteeInput,
  inTermOn,
  newId,
  type UpdateCommitteeInput,
} from "@propgov/core";
import { committees, compounds, type Tx } from "@propgov/db";
import { and, asc, eq, gt, gte, isNotNull, isNull, lt, lte, ne, or } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import {
  assertMayWrite,
  compoundsWithin,
  lockReachableCompound,
  type Reach,
  reachOf,
} from "./access/reach.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { textMatches } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

export interface CommitteeView {
  id: string;
  compoundId: string;
  compoundName: string;
  formedOn: string;
  termEndsOn: string;
  members: CommitteeMember[];
  /** Not archived, and today (in the tenant's time zone) lies in [formedOn, termEndsOn]. */
  inTerm: boolean;
  partyMemberCount: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof committees.$inferSelect;
interface JoinedRow {
  committee: Row;
  compoundName: string;
}

const committeeView = ({ committee: row, compoundName }: JoinedRow, day: string): CommitteeView => ({
  id: row.id,
  compoundId: row.compoundId,
  compoundName,
  formedOn: row.formedOn,
  termEndsOn: row.termEndsOn,
  members: row.members,
  inTerm: row.archivedAt === null && inTermOn(row, day),
  partyMemberCount: row.members.filter((m) => m.isPartyMember).length,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

/**
 * Committees are seen with their compound: the county all, region staff those in their subtree,
 * company staff those of compounds they serve, committee members their own compound's.
 */
const joined = (tx: Tx) =>
  tx
    .select({ committee: committees, compoundName: compounds.name })
    .from(committees)
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
    );

async function findCommittee(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<JoinedRow> {
  const query = joined(tx).where(
    and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, id), compoundsWithin(reach)),
  );
  const [row] = lock ? await query.for("update", { of: committees }) : await query;
  if (!row) throw new AppError("not_found", `Committee '${id}' was not found.`);
  return row;
}

/** At most one committee in term per compound: no two non-archived terms may share a day. */
async function assertNoOverlap(
  tx: Tx,
  ctx: TenantServiceContext,
  compoundId: string,
  term: { formedOn: string; termEndsOn: string },
  exceptId?: string,
) {
  const [clash] = await tx
    .select({ id: committees.id, formedOn: committees.formedOn, termEndsOn: committees.termEndsOn })
    .from(committees)
    .where(
      and(
        eq(committees.tenantId, ctx.tenant.id),
        eq(committees.compoundId, compoundId),
        isNull(committees.archivedAt),
        lte(committees.formedOn, term.termEndsOn),
        gte(committees.termEndsOn, term.formedOn),
        exceptId ? ne(committees.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(committees.formedOn))
    .limit(1);
  if (clash) {
    throw new AppError(
      "conflict",
      `The compound already has committee '${clash.id}' in term from ${clash.formedOn} to ${clash.termEndsOn}; a compound has at most one committee in term.`,
      {
        errors: [
          {
            path: "body.formedOn",
            message: `The term overlaps committee ${clash.id} (${clash.formedOn} to ${clash.termEndsOn}).`,
          },
        ],
      },
    );
  }
}

/**
 * Inserts a committee in the caller's transaction (with its audit event), after checking the
 * compound within the caller's reach and that no other committee of it is in term meanwhile.
 */
export async function insertCommittee(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreateCommitteeInput,
): Promise<CommitteeView> {
  const compound = await lockReachableCompound(tx, ctx, reach, input.compoundId);
  await assertNoOverlap(tx, ctx, compound.id, input);
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(committees)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("committee", now.getTime()),
      compoundId: compound.id,
      formedOn: input.formedOn,
      termEndsOn: input.termEndsOn,
      members: input.members,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = committeeView({ committee: row, compoundName: compound.name }, tenantToday(ctx));
  await audit(tx, ctx, ctx.tenant.id, {
    action: "committee.create",
    targetType: "committee",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createCommittee(ctx: TenantServiceContext, input: CreateCommitteeInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    return insertCommittee(tx, ctx, reach, input);
  });
}

export interface ListCommitteesInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  compoundId?: string | undefined;
  inTerm?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

export async function listCommittees(
  ctx: TenantServiceContext,
  input: ListCommitteesInput,
): Promise<Page<CommitteeView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const day = tenantToday(ctx);
  const inTermToday = and(
    isNull(committees.archivedAt),
    lte(committees.formedOn, day),
    gte(committees.termEndsOn, day),
  );
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return joined(tx)
      .where(
        and(
          eq(committees.tenantId, ctx.tenant.id),
          compoundsWithin(reach),
          after ? gt(committees.id, after) : undefined,
          input.includeArchived ? undefined : isNull(committees.archivedAt),
          input.compoundId ? eq(committees.compoundId, input.compoundId) : undefined,
          input.inTerm === undefined
            ? undefined
            : input.inTerm
              ? inTermToday
              : or(
                  isNotNull(committees.archivedAt),
                  gt(committees.formedOn, day),
                  lt(committees.termEndsOn, day),
                ),
          textMatches(input.q, compounds.name),
        ),
      )
      .orderBy(asc(committees.id))
      .limit(input.limit + 1);
  });
  return toPage(
    rows.map((r) => committeeView(r, day)),
    input.limit,
  );
}

export async function getCommittee(ctx: TenantServiceContext, id: string): Promise<CommitteeView> {
  return inTenant(ctx, async (tx) =>
    committeeView(await findCommittee(tx, ctx, await reachOf(tx, ctx), id), tenantToday(ctx)),
  );
}

export async function updateCommittee(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateCommitteeInput,
): Promise<CommitteeView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findCommittee(tx, ctx, reach, id, true);
    const term = {
      formedOn: input.formedOn ?? before.committee.formedOn,
      termEndsOn: input.termEndsOn ?? before.committee.termEndsOn,
    };
    if (term.termEndsOn <= term.formedOn) {
      throw new AppError("unprocessable", "The term would end before the committee was formed.", {
        errors: [
          {
            path: input.termEndsOn !== undefined ? "body.termEndsOn" : "body.formedOn",
            message: `The term ends (${term.termEndsOn}) before the committee was formed (${term.formedOn}).`,
          },
        ],
      });
    }
    const termChanges =
      term.formedOn !== before.committee.formedOn || term.termEndsOn !== before.committee.termEndsOn;
    if (termChanges && !before.committee.archivedAt) {
      await tx
        .select({ id: compounds.id })
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, before.committee.compoundId)))
        .for("update");
      await assertNoOverlap(tx, ctx, before.committee.compoundId, term, id);
    }
    const [row] = await tx
      .update(committees)
      .set({
        ...(input.formedOn !== undefined ? { formedOn: input.formedOn } : {}),
        ...(input.termEndsOn !== undefined ? { termEndsOn: input.termEndsOn } : {}),
        ...(input.members !== undefined ? { members: input.members } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Committee '${id}' was not found.`);
    const day = tenantToday(ctx);
    const view = committeeView({ ...before, committee: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "committee.update",
      targetType: "committee",
      targetId: id,
      before: committeeView(before, day),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the committee leaves lists (unless asked for) and no longer counts as in term. */
export async function archiveCommittee(ctx: TenantServiceContext, id: string): Promise<CommitteeView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findCommittee(tx, ctx, reach, id, true);
    const day = tenantToday(ctx);
    if (before.committee.archivedAt) return committeeView(before, day);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(committees)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Committee '${id}' was not found.`);
    const view = committeeView({ ...before, committee: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "committee.archive",
      targetType: "committee",
      targetId: id,
      before: committeeView(before, day),
      after: view,
    });
    return view;
  });
}
