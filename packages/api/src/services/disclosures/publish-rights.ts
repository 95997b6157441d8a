import { AppError, type CreateDisclosureInput, unprocessable } from "@propgov/core";
import { companies, compounds, contracts, type Tx } from "@propgov/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { compoundsWithin, type Reach } from "../access/reach.js";
import { actorNameOf } from "../audit.js";
import { tenantToday } from "../time.js";

/** The compound, if it exists in the tenant, is active and within the reach; else 422 naming `body.compoundId`. */
export async function compoundFor(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string) {
  const [row] = await tx
    .select({ id: compounds.id, name: compounds.name, archivedAt: compounds.archivedAt })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id), compoundsWithin(reach)));
  if (!row) throw unprocessable("body.compoundId", "No such compound within your reach.");
  if (row.archivedAt) throw unprocessable("body.compoundId", "The compound is archived.");
  return row;
}

export async function companyFor(tx: Tx, ctx: TenantServiceContext, id: string) {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name, archivedAt: companies.archivedAt })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, id)));
  if (!row) throw unprocessable("body.companyId", "No such company.");
  if (row.archivedAt) throw unprocessable("body.companyId", "The company is archived.");
  return row;
}

/** Whether the company serves the compound under a contract (active today with `activeOn`). */
export async function serves(
  tx: Tx,
  ctx: TenantServiceContext,
  companyId: string,
  compoundId: string,
  activeOn?: string,
) {
  const [row] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, ctx.tenant.id),
        eq(contracts.companyId, companyId),
        eq(contracts.compoundId, compoundId),
        isNull(contracts.archivedAt),
        activeOn
          ? sql`${contracts.startsOn} <= ${activeOn}::date and ${contracts.endsOn} >= ${activeOn}::date`
          : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Who may publish what: the county anything; region staff for compounds of their subtree; company
 * staff as their own company (`companyId` = theirs), for compounds it serves under a contract
 * active today; a committee member for their own compound, without a company. A compound
 * disclosure naming a company needs that company to serve the compound.
 */
export async function assertMayPublish(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreateDisclosureInput,
) {
  switch (reach.kind) {
    case "county":
      break;
    case "region":
      if (!input.compoundId)
        throw unprocessable(
          "body.compoundId",
          "Region staff publish for a compound in their part of the county.",
        );
      break;
    case "company":
      if (input.companyId !== reach.companyId)
        throw unprocessable(
          "body.companyId",
          "Company staff publish as their own company: give its companyId.",
        );
      if (input.compoundId && !(await serves(tx, ctx, reach.companyId, input.compoundId, tenantToday(ctx))))
        throw unprocessable(
          "body.compoundId",
          "Your company does not serve this compound under an active contract.",
        );
      break;
    case "compound":
      if (input.compoundId !== reach.compoundId)
        throw unprocessable("body.compoundId", "A committee member publishes for their own compound.");
      if (input.companyId)
        throw unprocessable(
          "body.companyId",
          "A committee publishes as the committee; a company's disclosure comes from the company.",
        );
      break;
    default:
      throw new AppError("forbidden", "Your role does not publish disclosures.");
  }
}

export const publisherName = actorNameOf;
