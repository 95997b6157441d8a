import { deliveries, deliveryAttempts } from "@propgov/db";
import { and, desc, eq, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import { load } from "./read.js";

export interface DeliveryAttemptView {
  id: string;
  deliveryId: string;
  messageId: string;
  eventType: string;
  attempt: number;
  at: string;
  durationMs: number;
  statusCode: number | null;
  ok: boolean;
  error: string | null;
  responseBody: string | null;
  deliveryStatus: "pending" | "delivered" | "dead";
  nextAttemptAt: string | null;
}

/** The delivery log of a subscription, newest first: each attempt with its response code and (truncated) body. */
export function listWebhookDeliveries(
  ctx: TenantServiceContext,
  id: string,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<DeliveryAttemptView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    await load(tx, ctx, id);
    const rows = await tx
      .select({ a: deliveryAttempts, d: deliveries })
      .from(deliveryAttempts)
      .innerJoin(
        deliveries,
        and(
          eq(deliveries.tenantId, deliveryAttempts.tenantId),
          eq(deliveries.id, deliveryAttempts.deliveryId),
        ),
      )
      .where(
        and(
          eq(deliveryAttempts.tenantId, ctx.tenant.id),
          eq(deliveryAttempts.targetId, id),
          after ? lt(deliveryAttempts.id, after) : undefined,
        ),
      )
      .orderBy(desc(deliveryAttempts.id))
      .limit(input.limit + 1);
    return toPage(
      rows.map(({ a, d }) => ({
        id: a.id,
        deliveryId: a.deliveryId,
        messageId: a.messageId,
        eventType: a.eventType,
        attempt: a.attempt,
        at: a.at.toISOString(),
        durationMs: a.durationMs,
        statusCode: a.statusCode,
        ok: a.ok,
        error: a.error,
        responseBody: a.responseBody,
        deliveryStatus: d.status,
        nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
      })),
      input.limit,
    );
  });
}
