import { AppError, notificationEventTypes, unprocessableField } from "@propgov/core";
import { smsSettings, type Tx } from "@propgov/db";
import { eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { actorIdOf, audit } from "../audit.js";
import { settingsOf } from "../tenant-settings.js";
import { inTenant } from "../tx.js";
import { ALIYUN_SMS_ENDPOINT } from "./aliyun-sms.js";
import { outboundUrlProblem } from "./outbound.js";
import { type ResidentSmsEvent, residentSmsEvents } from "./resident-sms.js";

type Row = typeof smsSettings.$inferSelect;

/** The keys of `staffTemplates`: an event type, or `default` for every type without its own. */
export const staffSmsTemplateKeys = [...notificationEventTypes, "default"] as const;
export type StaffSmsTemplates = Partial<Record<(typeof staffSmsTemplateKeys)[number], string>>;

/** A county's SMS account as the API shows it: the AccessKey secret only masked. */
export interface SmsSettingsView {
  provider: "aliyun";
  endpoint: string;
  accessKeyId: string;
  /** `********` and the secret's last four characters. */
  accessKeySecret: string;
  signName: string;
  templates: Partial<Record<ResidentSmsEvent, string>>;
  staffTemplates: StaffSmsTemplates;
  trackingUrl: string | null;
  enabled: boolean;
  updatedAt: string;
}

export interface SmsSettingsInput {
  provider?: "aliyun" | undefined;
  endpoint?: string | undefined;
  accessKeyId: string;
  /** Required the first time; left out later, the stored one is kept. */
  accessKeySecret?: string | undefined;
  signName: string;
  templates: Partial<Record<ResidentSmsEvent, string>>;
  /** Left out: none (staff are not texted). */
  staffTemplates?: StaffSmsTemplates | undefined;
  trackingUrl?: string | null | undefined;
  enabled?: boolean | undefined;
}

const toView = (r: Row): SmsSettingsView => ({
  provider: r.provider,
  endpoint: r.endpoint,
  accessKeyId: r.accessKeyId,
  accessKeySecret: `********${r.accessKeySecretHint}`,
  signName: r.signName,
  templates: r.templates as SmsSettingsView["templates"],
  staffTemplates: r.staffTemplates as StaffSmsTemplates,
  trackingUrl: r.trackingUrl,
  enabled: r.enabled,
  updatedAt: r.updatedAt.toISOString(),
});

/** Only a county administrator of this very county; anyone else's county is 404 (the route checks roles too). */
function assertCountyAdmin(ctx: TenantServiceContext): void {
  const p = ctx.principal;
  if (!p) throw new AppError("unauthenticated", "Sign in, or send a valid session token or API key.");
  if (p.kind === "platformUser" || p.kind === "system" || p.tenantId !== ctx.tenant.id) {
    throw new AppError("not_found", `Tenant '${ctx.tenant.slug}' was not found.`);
  }
  if (!p.roles.includes("countyAdmin")) throw new AppError("forbidden", "This needs the countyAdmin role.");
}

async function load(tx: Tx, ctx: TenantServiceContext): Promise<Row | undefined> {
  const [row] = await tx.select().from(smsSettings).where(eq(smsSettings.tenantId, ctx.tenant.id));
  return row;
}

const notConfigured = () =>
  new AppError("not_found", "SMS is not configured for this county (未配置短信服务).");

/** The county's SMS settings; 404 while SMS is not configured. */
export function getSmsSettings(ctx: TenantServiceContext): Promise<SmsSettingsView> {
  assertCountyAdmin(ctx);
  return inTenant(ctx, async (tx) => {
    const row = await load(tx, ctx);
    if (!row) throw notConfigured();
    return toView(row);
  });
}

/**
 * Replaces the county's SMS settings (PUT). The endpoint obeys the outbound rules (the county's
 * `settings.outbound.allowedHosts`, no private addresses unless the install allows them; 422 naming
 * `body.endpoint`); the AccessKey secret is sealed and kept when left out; a tracking URL must be
 * https. Audited as `sms.settings`, the secret never in the trail.
 */
export function putSmsSettings(ctx: TenantServiceContext, input: SmsSettingsInput): Promise<SmsSettingsView> {
  assertCountyAdmin(ctx);
  return inTenant(ctx, async (tx) => {
    const endpoint = (input.endpoint ?? ALIYUN_SMS_ENDPOINT).replace(/\/+$/, "");
    const settings = ctx.tenant.settings ?? (await settingsOf(tx, ctx.tenant.id));
    const problem = outboundUrlProblem(
      endpoint,
      settings.outbound.allowedHosts,
      ctx.deps.notifications.outbound.allowPrivateAddresses,
    );
    if (problem) throw unprocessableField("body.endpoint", problem);
    if (new URL(endpoint).pathname !== "/" || new URL(endpoint).search) {
      throw unprocessableField(
        "body.endpoint",
        "The endpoint is an origin such as https://dysmsapi.aliyuncs.com (无路径).",
      );
    }
    if (input.trackingUrl) {
      const url = URL.canParse(input.trackingUrl) ? new URL(input.trackingUrl) : null;
      if (url?.protocol !== "https:") {
        throw unprocessableField(
          "body.trackingUrl",
          "An https address of the county's tracking page (须为 https 地址).",
        );
      }
    }
    for (const key of Object.keys(input.templates)) {
      if (!(residentSmsEvents as readonly string[]).includes(key)) {
        throw unprocessableField(
          `body.templates.${key}`,
          `Only these events are texted to reporters: ${residentSmsEvents.join(", ")}.`,
        );
      }
    }
    for (const key of Object.keys(input.staffTemplates ?? {})) {
      if (!(staffSmsTemplateKeys as readonly string[]).includes(key)) {
        throw unprocessableField(
          `body.staffTemplates.${key}`,
          "A notification event type (see the webhooks section) or `default`.",
        );
      }
    }
    const current = await load(tx, ctx);
    if (!input.accessKeySecret && !current) {
      throw unprocessableField(
        "body.accessKeySecret",
        "Required when SMS is first configured (首次配置须填写 AccessKey Secret).",
      );
    }
    const sealed = input.accessKeySecret
      ? {
          accessKeySecretCiphertext: await ctx.deps.notifications.secrets.seal(input.accessKeySecret),
          accessKeySecretHint: input.accessKeySecret.length >= 16 ? input.accessKeySecret.slice(-4) : "",
        }
      : {
          accessKeySecretCiphertext: current?.accessKeySecretCiphertext as string,
          accessKeySecretHint: current?.accessKeySecretHint as string,
        };
    const now = ctx.deps.now();
    const values = {
      provider: input.provider ?? ("aliyun" as const),
      endpoint,
      accessKeyId: input.accessKeyId,
      ...sealed,
      signName: input.signName,
      templates: input.templates as Record<string, string>,
      staffTemplates: (input.staffTemplates ?? {}) as Record<string, string>,
      trackingUrl: input.trackingUrl ?? null,
      enabled: input.enabled ?? true,
      updatedBy: actorIdOf(ctx.principal),
      updatedAt: now,
    };
    const [row] = await tx
      .insert(smsSettings)
      .values({ tenantId: ctx.tenant.id, ...values })
      .onConflictDoUpdate({ target: smsSettings.tenantId, set: values })
      .returning();
    if (!row) throw new Error("upsert returned nothing");
    const view = toView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "sms.settings",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      before: current ? toView(current) : null,
      after: view,
    });
    return view;
  });
}

/** Removes the county's SMS settings: nobody is texted any more (pending texts become dead letters). */
export function deleteSmsSettings(ctx: TenantServiceContext): Promise<void> {
  assertCountyAdmin(ctx);
  return inTenant(ctx, async (tx) => {
    const current = await load(tx, ctx);
    if (!current) throw notConfigured();
    await tx.delete(smsSettings).where(eq(smsSettings.tenantId, ctx.tenant.id));
    await audit(tx, ctx, ctx.tenant.id, {
      action: "sms.settings.delete",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      before: toView(current),
    });
  });
}
