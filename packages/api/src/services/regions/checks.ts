import { AppError } from "@propgov/core";
import { PgCode, pgErrorCode, regions, type Tx } from "@propgov/db";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Reach } from "../access/reach.js";
import { pathWithin } from "../access/regions.js";

const codeConflict = (code: string) =>
  new AppError("conflict", `An active region with code '${code}' already exists.`, {
    errors: [{ path: "body.code", message: "Already taken by another active region." }],
  });

export function codeTaken(error: unknown, code: string | null | undefined): never {
  if (pgErrorCode(error) === PgCode.uniqueViolation) throw codeConflict(code ?? "");
  throw error;
}

export async function assertCodeFree(tx: Tx, ctx: TenantServiceContext, code: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: regions.id })
    .from(regions)
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.code, code),
        isNull(regions.archivedAt),
        exceptId ? ne(regions.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw codeConflict(code);
}

/** An active region the reach may change, to hang another region under; else 422 on `body.parentId`. */
export async function resolveParent(tx: Tx, ctx: TenantServiceContext, reach: Reach, parentId: string) {
  const [parent] = await tx
    .select()
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, parentId), isNull(regions.archivedAt)));
  if (!parent || !pathWithin(reach, parent.path)) {
    throw new AppError("unprocessable", `No active region '${parentId}' to place this region under.`, {
      errors: [{ path: "body.parentId", message: "No active region with this id." }],
    });
  }
  return parent;
}

export const kindProblem = (message: string) =>
  new AppError("unprocessable", message, { errors: [{ path: "body.parentId", message }] });
