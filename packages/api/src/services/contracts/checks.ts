import { AppError } from "@propgov/core";
import { companies, contracts, type Tx } from "@propgov/db";
import { and, asc, eq, gte, isNull, lte, ne } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";

/** The company a contract names: it must exist and be active (companies are a county-wide register). */
export async function activeCompany(tx: Tx, ctx: TenantServiceContext, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name, archivedAt: companies.archivedAt })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId)));
  if (!row) {
    throw new AppError("unprocessable", `Company '${companyId}' was not found.`, {
      errors: [{ path: "body.companyId", message: "No such company." }],
    });
  }
  if (row.archivedAt) {
    throw new AppError("unprocessable", `Company '${companyId}' is archived.`, {
      errors: [{ path: "body.companyId", message: "The company is archived." }],
    });
  }
  return row;
}

/** A compound has at most one contract at a time: no two non-archived contracts may share a day. */
export async function assertNoOverlap(
  tx: Tx,
  ctx: TenantServiceContext,
  compoundId: string,
  range: { startsOn: string; endsOn: string },
  exceptId?: string,
) {
  const [clash] = await tx
    .select({ id: contracts.id, startsOn: contracts.startsOn, endsOn: contracts.endsOn })
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, ctx.tenant.id),
        eq(contracts.compoundId, compoundId),
        isNull(contracts.archivedAt),
        lte(contracts.startsOn, range.endsOn),
        gte(contracts.endsOn, range.startsOn),
        exceptId ? ne(contracts.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(contracts.startsOn))
    .limit(1);
  if (clash) {
    throw new AppError(
      "conflict",
      `The compound already has contract '${clash.id}' from ${clash.startsOn} to ${clash.endsOn}; a compound has at most one contract at a time.`,
      {
        errors: [
          {
            path: "body.startsOn",
            message: `Overlaps contract ${clash.id} (${clash.startsOn} to ${clash.endsOn}).`,
          },
        ],
      },
    );
  }
}
