import { AppError } from "@propgov/core";
import { committees, compounds, type Tx } from "@propgov/db";
import { and, asc, eq, gt, gte, isNotNull, isNull, lt, lte, or } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { compoundsWithin, type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { type CommitteeView, committeeView, type JoinedRow, joined } from "./view.js";

export async function findCommittee(
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
