import {
  type Label,
  type NotificationEventType,
  type NotificationPreferences,
  newId,
  quietHoursEnd,
} from "@propgov/core";
import {
  type Database,
  type deliveries,
  notificationPreferences,
  type outbox,
  type Tx,
  tenants,
  users,
  withoutTenant,
  withTenant,
} from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import { type ChannelOutcome, type EmailSender, renderEmail } from "./email.js";
import { preferencesOf, preferencesOfUsers } from "./preferences.js";

type Message = typeof outbox.$inferSelect;
type Delivery = typeof deliveries.$inferSelect;

/** Which personal channels this install can send on (a channel without a sender creates no deliveries). */
export interface PersonalChannels {
  email: boolean;
}

/** Emergencies (an emergency case, an escalation) ignore quiet hours, as they are shown first in the inbox. */
export function isEmergency(message: Pick<Message, "type" | "data">): boolean {
  return message.data.priority === "emergency" || message.type === "case.escalated";
}

const wants = (p: NotificationPreferences, type: string) =>
  p.eventTypes === "all" || (p.eventTypes as readonly string[]).includes(type);

/**
 * The email deliveries of a message to its recipients (as the inbox computes them) who turned
 * email on for its type: one per user, its `target_id` the user's id. Outside quiet hours it is
 * due now; inside, at their end in the county's zone, unless the message is an emergency.
 */
export async function personalDeliveries(
  tx: Tx,
  tenantId: string,
  zone: string,
  message: Message,
  recipients: readonly string[],
  now: Date,
  channels: PersonalChannels,
): Promise<(typeof deliveries.$inferInsert)[]> {
  if (!channels.email || recipients.length === 0) return [];
  const prefs = await preferencesOfUsers(tx, tenantId, recipients);
  const out: (typeof deliveries.$inferInsert)[] = [];
  for (const userId of recipients) {
    const p = prefs.get(userId);
    if (!p?.email.enabled || !p.email.address || !wants(p, message.type)) continue;
    const quietEnd = isEmergency(message) ? null : quietHoursEnd(now.getTime(), p.quietHours, zone);
    out.push({
      tenantId,
      id: newId("delivery", now.getTime()),
      messageId: message.id,
      channel: "email",
      targetId: userId,
      status: "pending",
      nextAttemptAt: quietEnd ? new Date(quietEnd) : now,
      createdAt: now,
      updatedAt: now,
    });
  }
  return out;
}

export interface PersonalSenderConfig {
  db: Database;
  email?: EmailSender | null | undefined;
  /** The server's public address (PROPGOV_PUBLIC_URL): messages link to its console. */
  publicUrl?: string | null | undefined;
  categoryNames?: ((tenantId: string) => Promise<(code: string) => Label | undefined>) | undefined;
}

/** What the delivery worker asks of a personal channel: one attempt, and whether a failure is final. */
export type PersonalOutcome = ChannelOutcome & { permanent?: boolean };

const refused = (error: string, permanent: boolean): PersonalOutcome => ({
  ok: false,
  statusCode: null,
  durationMs: 0,
  error,
  responseBody: null,
  permanent,
});

/**
 * Sends one email (and, with SMS, one text) delivery for the worker. It reads the user's
 * preferences again at each attempt: an address changed since goes to the new one, email turned
 * off (or the user disabled) ends the delivery as a dead letter without sending.
 */
export class PersonalSender {
  constructor(private readonly config: PersonalSenderConfig) {}

  readonly channels = (): PersonalChannels => ({ email: !!this.config.email });

  async send(tenantId: string, delivery: Delivery, message: Message): Promise<PersonalOutcome> {
    const [tenant] = await withoutTenant(this.config.db, (tx) =>
      tx
        .select({ name: tenants.name, timezone: tenants.timezone })
        .from(tenants)
        .where(eq(tenants.id, tenantId)),
    );
    if (!tenant) return refused("the county is gone", true);
    const [row] = await withTenant(this.config.db, tenantId, (tx) =>
      tx
        .select({ prefs: notificationPreferences })
        .from(users)
        .leftJoin(
          notificationPreferences,
          and(
            eq(notificationPreferences.tenantId, users.tenantId),
            eq(notificationPreferences.userId, users.id),
          ),
        )
        .where(and(eq(users.tenantId, tenantId), eq(users.id, delivery.targetId), isNull(users.disabledAt))),
    );
    if (!row) return refused("the user is gone or disabled", true);
    const prefs = preferencesOf(row.prefs ?? undefined);
    if (delivery.channel === "email") {
      const sender = this.config.email;
      if (!sender) return refused("email is not configured (PROPGOV_SMTP_URL)", false);
      if (!prefs.email.enabled || !prefs.email.address) return refused("the user turned email off", true);
      const names = (await this.config.categoryNames?.(tenantId)) ?? (() => undefined);
      const base = this.config.publicUrl?.replace(/\/+$/, "");
      const mail = renderEmail(
        message.type as NotificationEventType,
        message.data,
        tenant.timezone,
        names,
        prefs.locale,
        base ? `${base}/console/` : null,
        tenant.name,
      );
      return sender.send({ to: prefs.email.address, ...mail });
    }
    return refused(`no sender for channel '${delivery.channel}'`, true);
  }
}
