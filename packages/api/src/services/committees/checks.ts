import { AppError } from "@propgov/core";
import { committees, type Tx } from "@propgov/db";
import { and, asc, eq, gte, isNull, lte, ne } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";

/** At most one committee in term per compound: no two non-archived terms may share a day. */
export async function assertNoOverlap(
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
