import {
  type Label,
  type NotificationEventType,
  type NotificationPreferences,
  newId,
  quietHoursEnd,
  readTenantSettings,
} from "@propgov/core";
import {
  type Database,
  type deliveries,
  notificationPreferences,
  type outbox,
  smsSettings,
  type Tx,
  tenants,
  users,
  withoutTenant,
  withTenant,
} from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { SecretBox } from "./crypto.js";
import { type ChannelOutcome, type EmailSender, renderEmail } from "./email.js";
import { type OutboundConfig, outboundUrlProblem } from "./outbound.js";
import { preferencesOf, preferencesOfUsers } from "./preferences.js";
import type { SmsSender } from "./sms.js";
import { staffSmsParams, staffTemplateOf } from "./staff-sms.js";

type Message = typeof outbox.$inferSelect;
type Delivery = typeof deliveries.$inferSelect;

/** Which personal channels this install can send on (a channel without a sender creates no deliveries). */
export interface PersonalChannels {
  email: boolean;
  /** Texts go out only where the county's SMS settings have a staff template for the event, too. */
  sms?: boolean | undefined;
}

/** Emergencies (an emergency case, an escalation) ignore quiet hours, as they are shown first in the inbox. */
export function isEmergency(message: Pick<Message, "type" | "data">): boolean {
  return message.data.priority === "emergency" || message.type === "case.escalated";
}

const wants = (p: NotificationPreferences, type: string) =>
  p.eventTypes === "all" || (p.eventTypes as readonly string[]).includes(type);

/**
 * The email and SMS deliveries of a message to its recipients (as the inbox computes them) who
 * turned the channel on for its type: one per user and channel, its `target_id` the user's id. A
 * text also needs the county's SMS settings on, with a staff template for the type. Outside quiet
 * hours a delivery is due now; inside, at their end in the county's zone, unless the message is an
 * emergency.
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
  if ((!channels.email && !channels.sms) || recipients.length === 0) return [];
  const texts = channels.sms ? await textsCounty(tx, tenantId, message.type) : false;
  if (!channels.email && !texts) return [];
  const prefs = await preferencesOfUsers(tx, tenantId, recipients);
  const quietEnd = (p: NotificationPreferences) =>
    isEmergency(message) ? null : quietHoursEnd(now.getTime(), p.quietHours, zone);
  const delivery = (userId: string, channel: "email" | "sms", p: NotificationPreferences) => {
    const end = quietEnd(p);
    return {
      tenantId,
      id: newId("delivery", now.getTime()),
      messageId: message.id,
      channel,
      targetId: userId,
      status: "pending" as const,
      nextAttemptAt: end ? new Date(end) : now,
      createdAt: now,
      updatedAt: now,
    };
  };
  const out: (typeof deliveries.$inferInsert)[] = [];
  for (const userId of recipients) {
    const p = prefs.get(userId);
    if (!p || !wants(p, message.type)) continue;
    if (channels.email && p.email.enabled && p.email.address) out.push(delivery(userId, "email", p));
    if (texts && p.sms.enabled && p.sms.phone) out.push(delivery(userId, "sms", p));
  }
  return out;
}

/** Whether the county texts staff about this event type: SMS configured, on, with a staff template. */
async function textsCounty(tx: Tx, tenantId: string, type: string): Promise<boolean> {
  const [config] = await tx
    .select({ enabled: smsSettings.enabled, staffTemplates: smsSettings.staffTemplates })
    .from(smsSettings)
    .where(eq(smsSettings.tenantId, tenantId));
  return !!config?.enabled && !!staffTemplateOf(config.staffTemplates, type);
}

export interface PersonalSenderConfig {
  db: Database;
  email?: EmailSender | null | undefined;
  /** The server's public address (PROPGOV_PUBLIC_URL): messages link to its console. */
  publicUrl?: string | null | undefined;
  categoryNames?: ((tenantId: string) => Promise<(code: string) => Label | undefined>) | undefined;
  /** Texts to staff, from the county's SMS account; without it SMS deliveries fail. */
  sms?: { sender: SmsSender; secrets: SecretBox; outbound: OutboundConfig } | undefined;
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

  readonly channels = (): PersonalChannels => ({ email: !!this.config.email, sms: !!this.config.sms });

  async send(
    tenantId: string,
    delivery: Delivery,
    message: Message,
    at = new Date(),
  ): Promise<PersonalOutcome> {
    const [tenant] = await withoutTenant(this.config.db, (tx) =>
      tx
        .select({ name: tenants.name, timezone: tenants.timezone, settings: tenants.settings })
        .from(tenants)
        .where(eq(tenants.id, tenantId)),
    );
    if (!tenant) return refused("the county is gone", true);
    const [row] = await withTenant(this.config.db, tenantId, (tx) =>
      tx
        .select({ prefs: notificationPreferences, sms: smsSettings })
        .from(users)
        .leftJoin(
          notificationPreferences,
          and(
            eq(notificationPreferences.tenantId, users.tenantId),
            eq(notificationPreferences.userId, users.id),
          ),
        )
        .leftJoin(smsSettings, eq(smsSettings.tenantId, users.tenantId))
        .where(and(eq(users.tenantId, tenantId), eq(users.id, delivery.targetId), isNull(users.disabledAt))),
    );
    if (!row) return refused("the user is gone or disabled", true);
    const prefs = preferencesOf(row.prefs ?? undefined);
    const base = this.config.publicUrl?.replace(/\/+$/, "");
    const link = base ? `${base}/console/` : null;
    if (delivery.channel === "sms") {
      const sms = this.config.sms;
      if (!sms) return refused("SMS is not configured on this server", false);
      const config = row.sms;
      if (!config?.enabled) return refused("SMS is not configured for the county (or turned off)", true);
      const templateCode = staffTemplateOf(config.staffTemplates, message.type);
      if (!templateCode) return refused(`no staff SMS template for '${message.type}'`, true);
      if (!prefs.sms.enabled || !prefs.sms.phone) return refused("the user turned SMS off", true);
      const problem = outboundUrlProblem(
        config.endpoint,
        readTenantSettings(tenant.settings).outbound.allowedHosts,
        sms.outbound.allowPrivateAddresses,
      );
      if (problem) return refused(`refused: ${problem}`, false);
      return sms.sender.send(
        {
          provider: config.provider,
          endpoint: config.endpoint,
          accessKeyId: config.accessKeyId,
          accessKeySecret: await sms.secrets.open(config.accessKeySecretCiphertext),
          signName: config.signName,
        },
        {
          phone: prefs.sms.phone,
          templateCode,
          params: staffSmsParams(
            message.type as NotificationEventType,
            message.data,
            tenant.timezone,
            prefs.locale,
            link,
          ),
          outId: delivery.id,
        },
        at,
      );
    }
    if (delivery.channel === "email") {
      const sender = this.config.email;
      if (!sender) return refused("email is not configured (PROPGOV_SMTP_URL)", false);
      if (!prefs.email.enabled || !prefs.email.address) return refused("the user turned email off", true);
      const names = (await this.config.categoryNames?.(tenantId)) ?? (() => undefined);
      const mail = renderEmail(
        message.type as NotificationEventType,
        message.data,
        tenant.timezone,
        names,
        prefs.locale,
        link,
        tenant.name,
      );
      return sender.send({ to: prefs.email.address, ...mail });
    }
    return refused(`no sender for channel '${delivery.channel}'`, true);
  }
}
