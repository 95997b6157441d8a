import { AppError, type PartyOrgKind } from "@propgov/core";
import { partyOrgs, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { partyOrgsWithin } from "../access/party-orgs.js";
import { type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { type PartyOrgView, partyOrgView, type Row } from "./view.js";

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

export async function findPartyOrg(
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
