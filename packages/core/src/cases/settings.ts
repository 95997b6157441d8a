import { z } from "zod";

/** A browser origin such as `https://www.mengcheng.gov.cn` (scheme, host, optional port; no path). */
export const originSchema = z
  .string()
  .trim()
  .regex(
    /^[hH][tT][tT][pP][sS]?:\/\/[a-zA-Z0-9.-]+(:\d{1,5})?$/,
    "An origin: scheme, host and optional port, no path (https://example.gov.cn).",
  );

/**
 * A tenant's own settings (the `settings` of a tenant): how its cases are numbered and which
 * web pages may call its public API from the browser.
 */
export const tenantSettingsSchema = z
  .object({
    /** Case numbers read `MC-2024-000123`; upper-case letters and digits, starting with a letter. */
    caseNumberPrefix: z
      .string()
      .regex(/^[A-Z][A-Z0-9]{0,9}$/, "Upper-case letters and digits, starting with a letter, at most 10.")
      .optional(),
    /** Browser origins allowed to call the public API (CORS); the widget's host pages. */
    allowedOrigins: z.array(originSchema).max(50).default([]),
    /**
     * The county's privacy text (个人信息保护 notice, PIPL): an http(s) page the complaint widget
     * links to beside its consent notice.
     */
    privacyUrl: z
      .string()
      .trim()
      .max(500)
      .url("An absolute URL.")
      .refine((u) => /^https?:\/\//i.test(u), "An http or https URL.")
      .optional(),
    publicIntake: z
      .object({
        /** Reports (public intake, ratings, Open311 requests) accepted per client (IP) and minute; default 20. */
        perMinute: z.number().int().min(1).max(10_000).default(20),
      })
      .strict()
      .prefault({}),
    outbound: z
      .object({
        /**
         * Hosts the county's webhooks (and robots) may call: a host name such as
         * `hooks.mengcheng.gov.cn`, `*.mengcheng.gov.cn` for its subdomains, or an IP address.
         * Empty (the default): no outbound call is allowed.
         */
        allowedHosts: z
          .array(
            z
              .string()
              .trim()
              .toLowerCase()
              .regex(
                /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/,
                "A host name (hooks.example.gov.cn), *.example.gov.cn, or an IP address; no scheme, port or path.",
              ),
          )
          .max(50)
          .default([]),
      })
      .strict()
      .prefault({}),
    publicReads: z
      .object({
        /**
         * Reads of the public routes (tracking a case, the credit and disclosure boards, Open311's
         * GETs) accepted per client (IP) and minute; default 120.
         */
        perMinute: z.number().int().min(1).max(10_000).default(120),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type TenantSettings = z.output<typeof tenantSettingsSchema>;
/** Settings as written (defaults may be left out). */
export type TenantSettingsInput = z.input<typeof tenantSettingsSchema>;

/** The prefix a tenant's case numbers use: its setting, else the first two letters of its slug. */
export const caseNumberPrefixOf = (slug: string, settings: TenantSettings): string =>
  settings.caseNumberPrefix ??
  slug
    .replace(/[^a-z]/g, "")
    .slice(0, 2)
    .toUpperCase()
    .padEnd(2, "X");

/** Settings as stored, read leniently: anything invalid falls back to the defaults. */
export function readTenantSettings(stored: unknown): TenantSettings {
  const parsed = tenantSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : tenantSettingsSchema.parse({});
}
