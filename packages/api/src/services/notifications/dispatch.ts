import { newId } from "@propgov/core";
import { type Database, deliveries, outbox, webhookSubscriptions, withTenant } from "@propgov/db";
import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { residentSmsDeliveries } from "./resident-sms.js";

/** A delivery claimed for sending, with its message and (for a webhook or robot) its subscription. */
export type Claimed = {
  delivery: typeof deliveries.$inferSelect;
  message: typeof outbox.$inferSelect;
  subscription: typeof webhookSubscriptions.$inferSelect | undefined;
};

/**
 * Fans a county's undispatched outbox rows out into deliveries, one per matching enabled
 * subscription (and, with `residentSms`, the reporters' texts), and marks them dispatched; the rows
 * are taken `FOR UPDATE SKIP LOCKED`, so two workers never fan out the same row. Returns how many.
 */
export function fanOut(
  db: Database,
  tenantId: string,
  now: Date,
  o: { batchSize: number; residentSms: boolean },
): Promise<number> {
  return withTenant(db, tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.tenantId, tenantId), isNull(outbox.dispatchedAt)))
      .orderBy(asc(outbox.id))
      .limit(o.batchSize * 5)
      .for("update", { skipLocked: true });
    if (rows.length === 0) return 0;
    const subs = await tx
      .select({
        id: webhookSubscriptions.id,
        eventTypes: webhookSubscriptions.eventTypes,
        enabled: webhookSubscriptions.enabled,
        createdAt: webhookSubscriptions.createdAt,
      })
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.tenantId, tenantId));
    const values: (typeof deliveries.$inferInsert)[] = [];
    for (const m of rows) {
      const targets = m.targetId
        ? subs.filter((s) => s.id === m.targetId)
        : // A subscription hears of what happens from its creation on, not of the backlog before it.
          subs.filter(
            (s) =>
              s.enabled && s.eventTypes.includes(m.type) && m.createdAt.getTime() >= s.createdAt.getTime(),
          );
      for (const s of targets) {
        values.push({
          tenantId,
          id: newId("delivery", now.getTime()),
          messageId: m.id,
          channel: "webhook",
          targetId: s.id,
          status: "pending",
          nextAttemptAt: now,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    if (o.residentSms) values.push(...(await residentSmsDeliveries(tx, tenantId, rows, now)));
    if (values.length > 0) await tx.insert(deliveries).values(values);
    await tx
      .update(outbox)
      .set({ dispatchedAt: now })
      .where(
        and(
          eq(outbox.tenantId, tenantId),
          sql`${outbox.id} in (${sql.join(
            rows.map((r) => sql`${r.id}`),
            sql`, `,
          )})`,
        ),
      );
    return rows.length;
  });
}

/**
 * Claims a county's due deliveries `FOR UPDATE SKIP LOCKED`, setting a lease under a new token and
 * counting the attempt, with each one's message and subscription.
 */
export function claim(
  db: Database,
  tenantId: string,
  now: Date,
  o: { batchSize: number; leaseMs: number },
): Promise<Claimed[]> {
  const token = newId("delivery", now.getTime());
  return withTenant(db, tenantId, async (tx) => {
    const due = await tx
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(
        and(
          eq(deliveries.tenantId, tenantId),
          eq(deliveries.status, "pending"),
          lte(deliveries.nextAttemptAt, now),
          or(isNull(deliveries.leasedUntil), lte(deliveries.leasedUntil, now)),
        ),
      )
      .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
      .limit(o.batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const leased = await tx
      .update(deliveries)
      .set({
        leasedUntil: new Date(now.getTime() + o.leaseMs),
        leaseToken: token,
        attempts: sql`${deliveries.attempts} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(deliveries.tenantId, tenantId),
          sql`${deliveries.id} in (${sql.join(
            due.map((d) => sql`${d.id}`),
            sql`, `,
          )})`,
        ),
      )
      .returning();
    const out: Claimed[] = [];
    for (const d of leased) {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), eq(outbox.id, d.messageId)));
      const [subscription] = await tx
        .select()
        .from(webhookSubscriptions)
        .where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, d.targetId)));
      if (message) out.push({ delivery: d, message, subscription });
    }
    return out;
  });
}
