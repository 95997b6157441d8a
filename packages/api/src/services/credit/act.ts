import { AppError } from "@propgov/core";
import { creditRecords } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { type CreditRecordView, creditRecordView } from "./view.js";

/** `POST /credit/records/{id}/revoke`: county administrators; a record is revoked once (409 after). */
export async function revokeCreditRecord(
  ctx: TenantServiceContext,
  id: string,
  input: { reason: string },
): Promise<CreditRecordView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county")
      throw new AppError("forbidden", "Only county administrators revoke credit records.");
    const [row] = await tx
      .select()
      .from(creditRecords)
      .where(and(eq(creditRecords.tenantId, ctx.tenant.id), eq(creditRecords.id, id)))
      .for("update");
    if (!row) throw new AppError("not_found", `Credit record '${id}' was not found.`);
    if (row.revokedAt) {
      throw new AppError("conflict", `Credit record '${id}' was already revoked.`);
    }
    const now = ctx.deps.now();
    const [updated] = await tx
      .update(creditRecords)
      .set({ revokedAt: now, revokeReason: input.reason, updatedAt: now })
      .where(and(eq(creditRecords.tenantId, ctx.tenant.id), eq(creditRecords.id, id)))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    const before = creditRecordView(ctx, row);
    const after = creditRecordView(ctx, updated);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "credit.revoke",
      targetType: "creditRecord",
      targetId: id,
      before,
      after,
    });
    return after;
  });
}
