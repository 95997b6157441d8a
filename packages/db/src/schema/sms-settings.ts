import { boolean, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * A county's SMS account (短信服务): each county has its own provider account and approved
 * signature (签名). One row per county, absent while SMS is not configured. The AccessKey secret
 * is sealed (AES-256-GCM, the key from the environment) and never returned unmasked.
 */
export const smsSettings = pgTable(
  "sms_settings",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** `aliyun` (阿里云短信 dysmsapi), the one implementation so far. */
    provider: text("provider").$type<"aliyun">().notNull().default("aliyun"),
    endpoint: text("endpoint").notNull(),
    accessKeyId: text("access_key_id").notNull(),
    accessKeySecretCiphertext: text("access_key_secret_ciphertext").notNull(),
    /** The last four characters of the secret, for its masked form. */
    accessKeySecretHint: text("access_key_secret_hint").notNull(),
    signName: text("sign_name").notNull(),
    /** Event type → the provider's approved template code (`SMS_…`); an event without one is not texted. */
    templates: jsonb("templates").$type<Record<string, string>>().notNull(),
    /**
     * Texts to staff who turned SMS on in their notification preferences: event type (or
     * `default`, for every other type) → approved template code. Empty: staff are not texted.
     */
    staffTemplates: jsonb("staff_templates").$type<Record<string, string>>().notNull().default({}),
    /** The county's page with the case tracker; the tracking code is put at `{code}` or appended as `?code=`. */
    trackingUrl: text("tracking_url"),
    enabled: boolean("enabled").notNull().default(true),
    updatedBy: text("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: "sms_settings_pkey", columns: [t.tenantId] }), tenantIsolation("sms_settings")],
).enableRLS();
