import { deliveries, webhookSubscriptions, type withTenant } from "@propgov/db";
import { and, eq, isNull, sql } from "drizzle-orm";

/**
 * Records a webhook or robot attempt's outcome on its subscription: a success clears the failure
 * count; after `disableAfter` consecutive failures the subscription is turned off and what waits
 * for it becomes dead letters.
 */
export async function recordHealth(
  tx: Parameters<Parameters<typeof withTenant>[2]>[0],
  tenantId: string,
  subscriptionId: string,
  ok: boolean,
  at: Date,
  disableAfter: number,
) {
  const where = and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, subscriptionId));
  if (ok) {
    await tx.update(webhookSubscriptions).set({ consecutiveFailures: 0, lastSuccessAt: at }).where(where);
    return;
  }
  const [row] = await tx
    .update(webhookSubscriptions)
    .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1`, lastFailureAt: at })
    .where(where)
    .returning();
  if (row?.enabled && row.consecutiveFailures >= disableAfter) {
    // Sustained failure: the subscription is turned off and what waits for it becomes dead letters.
    await tx
      .update(webhookSubscriptions)
      .set({ enabled: false, disabledAt: at, disabledReason: "failing", updatedAt: at })
      .where(where);
    await tx
      .update(deliveries)
      .set({
        status: "dead",
        deadAt: at,
        lastError: "subscription disabled after sustained failure",
        updatedAt: at,
      })
      .where(
        and(
          eq(deliveries.tenantId, tenantId),
          eq(deliveries.targetId, subscriptionId),
          eq(deliveries.status, "pending"),
          isNull(deliveries.leaseToken),
        ),
      );
  }
}
