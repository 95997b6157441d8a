import { AppError } from "@propgov/core";
import { companies, creditAppeals, type Tx } from "@propgov/db";
import { and, eq, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { companiesWithin } from "./companies.js";
import type { Reach } from "./reach.js";

/** The company whose credit file the caller reads (404 when it is not theirs to read, or not there). */
export async function readableCompany(tx: Tx, ctx: TenantServiceContext, reach: Reach, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name, uscc: companies.uscc })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId), companiesWithin(reach)));
  if (!row) throw new AppError("not_found", `Company '${companyId}' was not found.`);
  return row;
}

/** Appeals the caller reads: the county all, company staff their own company's; others 403. */
export function appealsWithin(reach: Reach): SQL | undefined {
  if (reach.kind === "county") return undefined;
  if (reach.kind === "company") return eq(creditAppeals.companyId, reach.companyId);
  throw new AppError("forbidden", "Appeals are read by county administrators and the company's staff.");
}
