import { AppError, type CaseStatus } from "@propgov/core";
import { cases } from "@propgov/db";
import { and, desc, eq, gte, inArray, lte, notInArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Open311Request, Open311Token } from "../../open311/format.js";
import { withTenantDb } from "../shards.js";
import { inTenant } from "../tx.js";
import { tokenStatus } from "../unrouted-requests.js";
import { OPEN311_MAX_REQUESTS } from "./constants.js";
import { type Open311RequestQuery, requestFilter } from "./query.js";
import { type Open311Links, requestViews } from "./view.js";

const CLOSED: CaseStatus[] = ["closed", "cancelled"];

/** `GET requests`: at most 1000 cases, newest first; never the reporter's name or phone. */
export async function listOpen311Requests(
  ctx: TenantServiceContext,
  query: Open311RequestQuery,
  links: Open311Links,
): Promise<Open311Request[]> {
  const filter = requestFilter(query, ctx.deps.now());
  const t = ctx.tenant.id;
  return withTenantDb(ctx.deps, t, async (tx) => {
    const open = !("from" in filter) || (filter.statuses?.includes("open") ?? true);
    const closed = !("from" in filter) || (filter.statuses?.includes("closed") ?? true);
    const condition =
      "from" in filter
        ? and(
            eq(cases.tenantId, t),
            gte(cases.receivedAt, filter.from),
            lte(cases.receivedAt, filter.to),
            filter.codes ? inArray(cases.category, filter.codes) : undefined,
            open && !closed ? notInArray(cases.status, CLOSED) : undefined,
            closed && !open ? inArray(cases.status, CLOSED) : undefined,
          )
        : and(eq(cases.tenantId, t), inArray(cases.number, filter.numbers));
    const rows = await tx
      .select()
      .from(cases)
      .where(condition)
      .orderBy(desc(cases.receivedAt), desc(cases.id))
      .limit(OPEN311_MAX_REQUESTS);
    return requestViews(tx, ctx, rows, links);
  });
}

/** `GET requests/{service_request_id}`: one case by its number, as a list of one; unknown → 404. */
export async function getOpen311Request(
  ctx: TenantServiceContext,
  number: string,
  links: Open311Links,
): Promise<Open311Request[]> {
  const t = ctx.tenant.id;
  const found = await withTenantDb(ctx.deps, t, async (tx) => {
    const rows = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, t), eq(cases.number, number.trim().toUpperCase())));
    return requestViews(tx, ctx, rows, links);
  });
  if (found.length === 0) throw new AppError("not_found", `service_request_id '${number}' was not found.`);
  return found;
}

/** `GET tokens/{token}`: the request id (case number) a held submission became, once it is routed. */
export async function getOpen311Token(ctx: TenantServiceContext, token: string): Promise<Open311Token> {
  const found = await inTenant(ctx, (tx) => tokenStatus(tx, ctx, token));
  return { token: found.token, service_request_id: found.caseNumber };
}
