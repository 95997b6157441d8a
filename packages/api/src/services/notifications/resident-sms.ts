import { type CaseStatus, caseStatusLabels, newId, readTenantSettings } from "@propgov/core";
import {
  cases,
  type Database,
  type deliveries,
  type outbox,
  smsSettings,
  type Tx,
  tenants,
  withoutTenant,
  withTenant,
} from "@propgov/db";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { SecretBox } from "./crypto.js";
import type { ChannelOutcome } from "./email.js";
import { type OutboundConfig, outboundUrlProblem } from "./outbound.js";
import type { SmsSender } from "./sms.js";

type Message = typeof outbox.$inferSelect;
type Delivery = typeof deliveries.$inferSelect;

/**
 * The case events a reporter may be texted about (issue 14, item 5): received (with the tracking
 * link, which a caller of the hotline has no other way to get), dispatched to a handling unit,
 * resolved (awaiting their rating), closed, and reopened. A county texts those it has a template
 * for in its SMS settings; the others only show on the public tracking page.
 */
export const residentSmsEvents = [
  "case.filed",
  "case.dispatched",
  "case.resolved",
  "case.closed",
  "case.reopened",
] as const;
export type ResidentSmsEvent = (typeof residentSmsEvents)[number];

/** The default Chinese text of the `status` parameter, per event (the case status label otherwise). */
export const residentSmsStatusText: Record<ResidentSmsEvent, string> = {
  "case.filed": "已受理",
  "case.dispatched": "已派单办理",
  "case.resolved": "已办结，请评价",
  "case.closed": "已结案",
  "case.reopened": "已重新办理",
};

const isResidentEvent = (type: string): type is ResidentSmsEvent =>
  (residentSmsEvents as readonly string[]).includes(type);

/**
 * The SMS deliveries of outbox messages to their cases' reporters, written by the worker's
 * fan-out in its transaction: one per message about a case that has a reporter's phone and has not
 * opted out, when the county has SMS configured and enabled with a template for the event. The
 * delivery's target is the case (`target_id` = its id): the phone is read from the case at each
 * attempt and never stored in the delivery, its log or the outbox.
 */
export async function residentSmsDeliveries(
  tx: Tx,
  tenantId: string,
  messages: readonly Message[],
  now: Date,
): Promise<(typeof deliveries.$inferInsert)[]> {
  const wanted = messages.filter(
    (m) => !m.targetId && m.subjectType === "case" && m.subjectId && isResidentEvent(m.type),
  );
  if (wanted.length === 0) return [];
  const [config] = await tx
    .select({ templates: smsSettings.templates, enabled: smsSettings.enabled })
    .from(smsSettings)
    .where(eq(smsSettings.tenantId, tenantId));
  if (!config?.enabled) return [];
  const texted = wanted.filter((m) => !!config.templates[m.type]);
  if (texted.length === 0) return [];
  const reachable = new Set(
    (
      await tx
        .select({ id: cases.id })
        .from(cases)
        .where(
          and(
            eq(cases.tenantId, tenantId),
            inArray(cases.id, [...new Set(texted.map((m) => m.subjectId as string))]),
            isNotNull(cases.reporterPhone),
            isNull(cases.smsOptedOutAt),
          ),
        )
    ).map((c) => c.id),
  );
  return texted
    .filter((m) => reachable.has(m.subjectId as string))
    .map((m) => ({
      tenantId,
      id: newId("delivery", now.getTime()),
      messageId: m.id,
      channel: "sms" as const,
      targetId: m.subjectId as string,
      status: "pending" as const,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    }));
}

/** Whether a delivery is a text to a case's reporter (its target is the message's case). */
export const isResidentSms = (delivery: Delivery, message: Message) =>
  delivery.channel === "sms" && message.subjectType === "case" && delivery.targetId === message.subjectId;

/** The tracking link: the county's page (`{code}` replaced, else `?code=` appended), else the public API view. */
export function trackingLink(
  trackingUrl: string | null,
  publicUrl: string | null | undefined,
  tenantSlug: string,
  code: string,
): string | null {
  if (trackingUrl) {
    if (trackingUrl.includes("{code}")) return trackingUrl.replaceAll("{code}", encodeURIComponent(code));
    return `${trackingUrl}${trackingUrl.includes("?") ? "&" : "?"}code=${encodeURIComponent(code)}`;
  }
  const base = publicUrl?.replace(/\/+$/, "");
  return base ? `${base}/v1/tenants/${tenantSlug}/public/cases/${encodeURIComponent(code)}` : null;
}

/**
 * The template parameters of a text (Alibaba's `TemplateParam`): `number` (the case number),
 * `status` (in Chinese) and `link` (the tracking link, or the tracking code when no address is
 * known). Never the reporter's phone or name: the text is sent to that phone.
 */
export function residentSmsParams(
  type: ResidentSmsEvent,
  data: Record<string, unknown>,
  link: string | null,
  code: string,
): Record<string, string> {
  const status = typeof data.status === "string" ? (data.status as CaseStatus) : null;
  return {
    number: typeof data.number === "string" ? data.number : "",
    status: residentSmsStatusText[type] ?? (status ? caseStatusLabels[status]?.zh : undefined) ?? "",
    link: link ?? code,
  };
}

export interface ResidentSmsConfig {
  db: Database;
  secrets: SecretBox;
  outbound: OutboundConfig;
  sender: SmsSender;
  /** PROPGOV_PUBLIC_URL: the tracking link's fallback. */
  publicUrl?: string | null | undefined;
}

const refused = (error: string, permanent: boolean): ChannelOutcome & { permanent: boolean } => ({
  ok: false,
  statusCode: null,
  durationMs: 0,
  error,
  responseBody: null,
  permanent,
});

/**
 * Sends one text to a case's reporter for the worker. The county's settings and the case are read
 * again at each attempt: SMS turned off, the template removed, the phone gone or the reporter
 * opted out end the delivery as a dead letter without sending; the endpoint is checked against
 * the county's allow-list (and private addresses) like any outbound call.
 */
export class ResidentSms {
  constructor(private readonly config: ResidentSmsConfig) {}

  async send(tenantId: string, delivery: Delivery, message: Message, at: Date) {
    if (!isResidentEvent(message.type)) return refused(`'${message.type}' is not texted to reporters`, true);
    const [tenant] = await withoutTenant(this.config.db, (tx) =>
      tx
        .select({ slug: tenants.slug, settings: tenants.settings })
        .from(tenants)
        .where(eq(tenants.id, tenantId)),
    );
    if (!tenant) return refused("the county is gone", true);
    const found = await withTenant(this.config.db, tenantId, async (tx) => {
      const [config] = await tx.select().from(smsSettings).where(eq(smsSettings.tenantId, tenantId));
      const [row] = await tx
        .select({ phone: cases.reporterPhone, code: cases.trackingCode, optedOut: cases.smsOptedOutAt })
        .from(cases)
        .where(and(eq(cases.tenantId, tenantId), eq(cases.id, delivery.targetId)));
      return { config, row };
    });
    const { config, row } = found;
    if (!config?.enabled) return refused("SMS is not configured for the county (or turned off)", true);
    const templateCode = config.templates[message.type];
    if (!templateCode) return refused(`no SMS template for '${message.type}'`, true);
    if (!row) return refused("the case is gone", true);
    if (row.optedOut) return refused("the reporter opted out of texts for this case", true);
    if (!row.phone) return refused("the case has no reporter's phone", true);
    const problem = outboundUrlProblem(
      config.endpoint,
      readTenantSettings(tenant.settings).outbound.allowedHosts,
      this.config.outbound.allowPrivateAddresses,
    );
    if (problem) return refused(`refused: ${problem}`, false);
    const link = trackingLink(config.trackingUrl, this.config.publicUrl, tenant.slug, row.code);
    return this.config.sender.send(
      {
        provider: config.provider,
        endpoint: config.endpoint,
        accessKeyId: config.accessKeyId,
        accessKeySecret: await this.config.secrets.open(config.accessKeySecretCiphertext),
        signName: config.signName,
      },
      {
        phone: row.phone,
        templateCode,
        params: residentSmsParams(message.type, message.data, link, row.code),
        outId: delivery.id,
      },
      at,
    );
  }
}
