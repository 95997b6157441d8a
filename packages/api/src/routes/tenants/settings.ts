import { z } from "@hono/zod-openapi";
import { type TenantSettings, tenantSettingsSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { getTenantSettings, updateTenantSettings } from "../../services/tenant-settings.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const example = {
  caseNumberPrefix: "MC",
  allowedOrigins: ["https://www.mengcheng.gov.cn"],
  privacyUrl: "https://www.mengcheng.gov.cn/privacy.html",
  publicIntake: { perMinute: 20 },
  publicReads: { perMinute: 120 },
  outbound: { allowedHosts: ["hooks.mengcheng.gov.cn"] },
};

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
const settingsBody = tenantSettingsSchema.meta({ id: "TenantSettingsRequest", example });

/** The settings as stored, defaults filled in; a GET's answer can be sent back by PUT unchanged. */
const settingsSchema = z
  .object({
    caseNumberPrefix: z.string().optional().openapi({
      description: "Prefix of case numbers (`MC-2026-000123`); absent: the first letters of the slug.",
    }),
    allowedOrigins: z
      .array(z.string())
      .openapi({ description: "Browser origins allowed to call the public API (the widget's host pages)." }),
    privacyUrl: z.string().optional().openapi({
      description:
        "The county's privacy text (PIPL notice); the complaint widget links to it beside its consent notice.",
    }),
    publicIntake: z.object({
      perMinute: z.number().int().openapi({
        description: "Public reports, ratings and Open311 requests accepted per client and minute.",
      }),
    }),
    publicReads: z.object({
      perMinute: z.number().int().openapi({
        description:
          "Reads of the public routes (case tracking, the credit and disclosure boards, Open311 GETs) accepted per client and minute.",
      }),
    }),
    outbound: z.object({
      allowedHosts: z.array(z.string()).openapi({
        description:
          "Hosts the county's webhooks may call: `hooks.example.gov.cn`, `*.example.gov.cn`, or an IP address. Empty: no outbound call.",
      }),
    }),
  })
  .openapi("TenantSettings", { example });

const settingsJson = (s: TenantSettings) => ({
  ...(s.caseNumberPrefix ? { caseNumberPrefix: s.caseNumberPrefix } : {}),
  allowedOrigins: s.allowedOrigins,
  ...(s.privacyUrl ? { privacyUrl: s.privacyUrl } : {}),
  publicIntake: { perMinute: s.publicIntake.perMinute },
  publicReads: { perMinute: s.publicReads.perMinute },
  outbound: { allowedHosts: s.outbound.allowedHosts },
});

const getRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/settings",
  roles: ["countyAdmin"],
  operationId: "getTenantSettings",
  tags: ["tenants"],
  summary: "The county's settings: case number prefix, allowed widget origins, public intake limit",
  responses: {
    200: json(settingsSchema, "The settings, defaults filled in."),
  },
});

const putRoute = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/settings",
  roles: ["countyAdmin"],
  operationId: "updateTenantSettings",
  tags: ["tenants"],
  summary: "Replace the county's settings",
  description:
    "Replaces the whole settings document (a field left out takes its default). `allowedOrigins` are browser origins (scheme, host, optional port; no path) that may call the public API from the browser (CORS); a report sent from one of them is filed with channel `widget`. The change is audited as `tenant.settings`.",
  request: {
    body: { content: { "application/json": { schema: settingsBody } }, required: true },
  },
  responses: {
    200: json(settingsSchema, "The settings now in force."),
  },
});

/** `GET` and `PUT /v1/tenants/{tenant}/settings`. */
export function registerTenantSettingsRoutes(app: Router) {
  app.openapi(getRoute, async (c) => c.json(settingsJson(await getTenantSettings(tenantCtx(c))), 200));
  app.openapi(putRoute, async (c) =>
    c.json(settingsJson(await updateTenantSettings(tenantCtx(c), c.req.valid("json"))), 200),
  );
}
