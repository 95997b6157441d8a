import { AppError, entryYearProblem } from "@propgov/core";
import { companies, PgCode, pgErrorCode, type Tx } from "@propgov/db";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { tenantToday } from "../time.js";

const usccTaken = (uscc: string) =>
  new AppError(
    "conflict",
    `An active company with the unified social credit code '${uscc}' already exists.`,
    {
      errors: [{ path: "body.uscc", message: "Already registered to another active company." }],
    },
  );

/**
 * Refuses a USCC another active company holds. Checked first, inside the transaction, so the
 * conflict names the field even when the caller composes several inserts in one transaction;
 * the unique index still decides races (mapped in {@link mapUsccRace}).
 */
export async function assertUsccFree(tx: Tx, ctx: TenantServiceContext, uscc: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, ctx.tenant.id),
        eq(companies.uscc, uscc),
        isNull(companies.archivedAt),
        exceptId ? ne(companies.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) throw usccTaken(uscc);
}

/**
 * Runs a write that may hit `companies_uscc_key` in a savepoint: a concurrent duplicate becomes
 * the same 409 naming `body.uscc`, and the caller's transaction stays usable.
 */
export async function mapUsccRace<T>(tx: Tx, uscc: string, write: (sp: Tx) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction((sp) => write(sp as Tx));
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) throw usccTaken(uscc);
    throw error;
  }
}

/** The county's current year by the injected clock, in its zone. */
export const currentYearOf = (ctx: TenantServiceContext) => Number(tenantToday(ctx).slice(0, 4));

/** Refuses an entry year after the county's current year: 422 naming `body.enteredCountyYear`. */
export function assertEntryYear(ctx: TenantServiceContext, year: number | null | undefined) {
  const problem = entryYearProblem(year, currentYearOf(ctx));
  if (problem)
    throw new AppError("unprocessable", `enteredCountyYear ${year} lies in the future.`, {
      errors: [{ path: "body.enteredCountyYear", message: problem }],
    });
}
