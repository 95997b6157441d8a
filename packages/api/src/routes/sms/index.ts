import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { ALIYUN_SMS_ENDPOINT } from "../../services/notifications/aliyun-sms.js";
import { residentSmsEvents } from "../../services/notifications/resident-sms.js";
import {
  deleteSmsSettings,
  getSmsSettings,
  putSmsSettings,
  staffSmsTemplateKeys,
} from "../../services/notifications/sms-settings.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const templateCode = z
  .string()
  .regex(/^SMS_\d{3,20}$/, "An approved template code such as SMS_465980123 (模板 CODE).");

const templatesSchema = z
  .object(Object.fromEntries(residentSmsEvents.map((e) => [e, templateCode.optional()])))
  .strict()
  .openapi({
    description:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Alibaba's template variables are written ${name}.
      "Event → approved template code. An event without one is not texted. Templates receive `${number}` (the case number), `${status}` (in Chinese, e.g. 已受理, 已办结，请评价) and `${link}` (the tracking link, or the tracking code when no address is known); never the reporter's phone or name.",
    example: { "case.filed": "SMS_465980123", "case.resolved": "SMS_465980124" },
  });

const staffTemplatesSchema = z
  .object(Object.fromEntries(staffSmsTemplateKeys.map((e) => [e, templateCode.optional()])))
  .strict()
  .openapi({
    description:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Alibaba's template variables are written ${name}.
      "Texts to staff who turned SMS on in their notification preferences (通知偏好): event type → approved template code, `default` for every type without its own. Left out or empty: staff are not texted. Templates receive `${title}` (the notification's title, e.g. 新案件受理), `${number}` (the case number, or the subject's title), `${deadline}` (the deadline in the county's time, or 无) and `${link}` (the console, when PROPGOV_PUBLIC_URL is set); never a reporter's phone or name. Quiet hours are kept, except for emergencies.",
    example: { default: "SMS_465980200", "case.overdue": "SMS_465980201" },
  });

const example = {
  provider: "aliyun",
  endpoint: ALIYUN_SMS_ENDPOINT,
  accessKeyId: "LTAI5tExampleKeyId",
  accessKeySecret: "********9xQz",
  signName: "蒙城县物业治理",
  templates: { "case.filed": "SMS_465980123", "case.resolved": "SMS_465980124" },
  staffTemplates: { default: "SMS_465980200" },
  trackingUrl: "https://wuye.mengcheng.gov.cn/track",
  enabled: true,
  updatedAt: "2026-11-26T08:00:00.000Z",
};

export const smsSettingsSchema = z
  .object({
    provider: z.literal("aliyun"),
    endpoint: z.string(),
    accessKeyId: z.string(),
    accessKeySecret: z.string().openapi({
      description:
        "Masked: `********` and the last four characters. The secret is stored sealed and never shown.",
    }),
    signName: z.string(),
    templates: z.record(z.string(), z.string()),
    staffTemplates: z.record(z.string(), z.string()),
    trackingUrl: z.string().nullable(),
    enabled: z.boolean(),
    updatedAt: z.string(),
  })
  .openapi("SmsSettings", { example });

export const smsSettingsBodySchema = z
  .object({
    provider: z.literal("aliyun").optional().openapi({
      description: "Alibaba Cloud SMS (阿里云短信服务, dysmsapi), the one provider so far; default.",
    }),
    endpoint: z
      .string()
      .max(200)
      .optional()
      .openapi({
        description: `The API's origin; default ${ALIYUN_SMS_ENDPOINT}. Its host must be in the county's \`settings.outbound.allowedHosts\` (else 422 naming \`body.endpoint\`).`,
      }),
    accessKeyId: z.string().regex(/^[A-Za-z0-9]{8,64}$/, "An AccessKey ID: letters and digits (8–64)."),
    accessKeySecret: z.string().min(8).max(128).optional().openapi({
      description:
        "Required the first time (422 naming `body.accessKeySecret`); left out later, the stored one is kept.",
    }),
    signName: z.string().trim().min(2).max(20).openapi({ description: "The approved signature (短信签名)." }),
    templates: templatesSchema,
    staffTemplates: staffTemplatesSchema.optional(),
    trackingUrl: z.string().max(200).nullable().optional().openapi({
      description:
        "The county's page with the case tracker (https): the tracking code replaces `{code}`, else is appended as `?code=`. Default: the public case view under PROPGOV_PUBLIC_URL.",
    }),
    enabled: z
      .boolean()
      .optional()
      .openapi({ description: "Default true; false keeps the settings but texts nobody." }),
  })
  .strict()
  .openapi("SmsSettingsBody", {
    example: {
      accessKeyId: "LTAI5tExampleKeyId",
      accessKeySecret: "ExampleSecretExampleSecret9xQz",
      signName: "蒙城县物业治理",
      templates: { "case.filed": "SMS_465980123", "case.resolved": "SMS_465980124" },
      trackingUrl: "https://wuye.mengcheng.gov.cn/track",
    },
  });

const PATH = "/v1/tenants/{tenant}/sms-settings";
const DESCRIPTION =
  "Each county texts its reporters from its own SMS account and signature (签名). A case status change (received, dispatched, resolved awaiting rating, closed, reopened: those with a template here) reaches the reporter by SMS where a phone was given, through the transactional outbox and the delivery worker (retries, dead letters, delivery log); otherwise only the public tracking page shows it. The same account texts staff who turned SMS on, for the event types with a staff template. Requests to Alibaba Cloud are signed with V3 (ACS3-HMAC-SHA256).";

const getRoute = defineRoute({
  method: "get",
  path: PATH,
  roles: ["countyAdmin"],
  operationId: "getSmsSettings",
  tags: ["webhooks"],
  summary: "The county's SMS account for texting reporters (短信服务), secret masked",
  description: `${DESCRIPTION}\n\n404 while SMS is not configured.`,
  responses: { 200: json(smsSettingsSchema, "The settings.") },
});

const putRoute = defineRoute({
  method: "put",
  path: PATH,
  roles: ["countyAdmin"],
  operationId: "putSmsSettings",
  tags: ["webhooks"],
  summary: "Configure or replace the county's SMS account",
  description: `${DESCRIPTION}\n\nBad input is 422 naming the field.`,
  request: { body: { content: { "application/json": { schema: smsSettingsBodySchema } }, required: true } },
  responses: { 200: json(smsSettingsSchema, "The settings, secret masked.") },
});

const deleteRoute = defineRoute({
  method: "delete",
  path: PATH,
  roles: ["countyAdmin"],
  operationId: "deleteSmsSettings",
  tags: ["webhooks"],
  summary: "Remove the county's SMS account (nobody is texted; pending texts become dead letters)",
  responses: { 200: json(z.object({ deleted: z.literal(true) }).openapi("SmsSettingsDeleted"), "Deleted.") },
});

export function registerSmsSettingsRoutes(app: Router) {
  app.openapi(getRoute, async (c) => c.json(await getSmsSettings(tenantCtx(c)), 200));
  app.openapi(putRoute, async (c) => c.json(await putSmsSettings(tenantCtx(c), c.req.valid("json")), 200));
  app.openapi(deleteRoute, async (c) => {
    await deleteSmsSettings(tenantCtx(c));
    return c.json({ deleted: true as const }, 200);
  });
}
