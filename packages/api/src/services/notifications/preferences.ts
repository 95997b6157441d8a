import { defaultNotificationPreferences, type NotificationPreferences } from "@propgov/core";
import { notificationPreferences, type Tx } from "@propgov/db";
import { and, eq, inArray } from "drizzle-orm";
import type { ServiceContext } from "../../context.js";
import { inboxOwner } from "../inbox/read.js";
import { inTenant } from "../tx.js";

type Row = typeof notificationPreferences.$inferSelect;

/** Preferences as the API shows them, from a stored row (or the defaults without one). */
export function preferencesOf(row: Row | undefined): NotificationPreferences {
  if (!row) return defaultNotificationPreferences;
  return {
    email: { enabled: row.emailEnabled, address: row.email },
    sms: { enabled: row.smsEnabled, phone: row.phone },
    eventTypes: row.eventTypes ?? "all",
    quietHours: row.quietHours ?? null,
    locale: row.locale,
  };
}

/** The stored preferences of some users of a county (those who have none are absent). */
export async function preferencesOfUsers(
  tx: Tx,
  tenantId: string,
  userIds: readonly string[],
): Promise<Map<string, NotificationPreferences>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.tenantId, tenantId),
        inArray(notificationPreferences.userId, [...userIds]),
      ),
    );
  return new Map(rows.map((r) => [r.userId, preferencesOf(r)]));
}

/** The signed-in user's own preferences: nobody reads another's (the path has no user in it). */
export async function getMyPreferences(base: ServiceContext): Promise<NotificationPreferences> {
  const { ctx, userId } = await inboxOwner(base);
  return inTenant(
    ctx,
    async (tx) =>
      (await preferencesOfUsers(tx, ctx.tenant.id, [userId])).get(userId) ?? defaultNotificationPreferences,
  );
}

/** Replaces the signed-in user's preferences (validated by the route). */
export async function putMyPreferences(
  base: ServiceContext,
  input: NotificationPreferences,
): Promise<NotificationPreferences> {
  const { ctx, userId } = await inboxOwner(base);
  return inTenant(ctx, async (tx) => {
    const values = {
      emailEnabled: input.email.enabled,
      email: input.email.address,
      smsEnabled: input.sms.enabled,
      phone: input.sms.phone,
      eventTypes: input.eventTypes === "all" ? null : [...new Set(input.eventTypes)],
      quietHours: input.quietHours,
      locale: input.locale,
      updatedAt: ctx.deps.now(),
    };
    const [row] = await tx
      .insert(notificationPreferences)
      .values({ tenantId: ctx.tenant.id, userId, ...values })
      .onConflictDoUpdate({
        target: [notificationPreferences.tenantId, notificationPreferences.userId],
        set: values,
      })
      .returning();
    return preferencesOf(row);
  });
}
