import { AppError } from "@propgov/core";
import { companies, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { companiesWithin } from "../access/companies.js";
import { type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { type CompanyView, companyView } from "./view.js";

export interface ListCompaniesInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  local?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

export async function listCompanies(
  ctx: TenantServiceContext,
  input: ListCompaniesInput,
): Promise<Page<CompanyView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return tx
      .select()
      .from(companies)
      .where(
        and(
          eq(companies.tenantId, ctx.tenant.id),
          companiesWithin(reach),
          after ? gt(companies.id, after) : undefined,
          input.includeArchived ? undefined : isNull(companies.archivedAt),
          input.local === undefined ? undefined : eq(companies.local, input.local),
          textMatches(input.q, companies.name, companies.uscc),
        ),
      )
      .orderBy(asc(companies.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(companyView), input.limit);
}

export async function findCompany(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string, lock = false) {
  const query = tx
    .select()
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, id), companiesWithin(reach)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Company '${id}' was not found.`);
  return row;
}

export async function getCompany(ctx: TenantServiceContext, id: string): Promise<CompanyView> {
  return inTenant(ctx, async (tx) => companyView(await findCompany(tx, ctx, await reachOf(tx, ctx), id)));
}
