import { AppError } from "@propgov/core";
import { disclosures, type Tx } from "@propgov/db";
import { and, desc, eq, isNull, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { disclosuresWithin } from "../access/disclosures.js";
import { type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import {
  type DisclosureView,
  disclosureView,
  type Joined,
  joined,
  type PublicDisclosureView,
  publicView,
} from "./view.js";

export interface ListDisclosuresInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  companyId?: string | undefined;
  item?: string | undefined;
  period?: string | undefined;
  includeWithdrawn?: boolean | undefined;
}

/** Disclosures the caller may see, newest first; withdrawn ones only on request. */
export async function listDisclosures(
  ctx: TenantServiceContext,
  input: ListDisclosuresInput,
): Promise<Page<DisclosureView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const rows = await joined(tx)
      .where(
        and(
          eq(disclosures.tenantId, ctx.tenant.id),
          disclosuresWithin(reach),
          after ? lt(disclosures.id, after) : undefined,
          input.includeWithdrawn ? undefined : isNull(disclosures.withdrawnAt),
          input.compoundId ? eq(disclosures.compoundId, input.compoundId) : undefined,
          input.companyId ? eq(disclosures.companyId, input.companyId) : undefined,
          input.item ? eq(disclosures.item, input.item) : undefined,
          input.period ? eq(disclosures.period, input.period) : undefined,
        ),
      )
      .orderBy(desc(disclosures.id))
      .limit(input.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r, id: r.d.id })),
      input.limit,
    );
    return { items: page.items.map(disclosureView), nextCursor: page.nextCursor };
  });
}

export async function findVisible(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
): Promise<Joined> {
  const [row] = await joined(tx).where(
    and(eq(disclosures.tenantId, ctx.tenant.id), eq(disclosures.id, id), disclosuresWithin(reach)),
  );
  if (!row) throw new AppError("not_found", `Disclosure '${id}' was not found.`);
  return row;
}

/** One disclosure the caller may see (404 otherwise, as for another tenant's). */
export async function getDisclosure(ctx: TenantServiceContext, id: string): Promise<DisclosureView> {
  return inTenant(ctx, async (tx) => {
    return disclosureView(await findVisible(tx, ctx, await reachOf(tx, ctx), id));
  });
}

export interface PublicDisclosuresInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  companyId?: string | undefined;
  item?: string | undefined;
}

/**
 * The public disclosure board (no login): published and not withdrawn disclosures of a compound
 * and/or a company, newest first, with no publisher or other personal data.
 */
export async function listPublicDisclosures(
  ctx: TenantServiceContext,
  input: PublicDisclosuresInput,
): Promise<Page<PublicDisclosureView>> {
  if (!input.compoundId && !input.companyId) {
    throw new AppError("bad_request", "Give compoundId, companyId or both.", {
      errors: [{ path: "query.compoundId", message: "Give compoundId, companyId or both." }],
    });
  }
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    joined(tx)
      .where(
        and(
          eq(disclosures.tenantId, ctx.tenant.id),
          isNull(disclosures.withdrawnAt),
          after ? lt(disclosures.id, after) : undefined,
          input.compoundId ? eq(disclosures.compoundId, input.compoundId) : undefined,
          input.companyId ? eq(disclosures.companyId, input.companyId) : undefined,
          input.item ? eq(disclosures.item, input.item) : undefined,
        ),
      )
      .orderBy(desc(disclosures.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(publicView), input.limit);
}
