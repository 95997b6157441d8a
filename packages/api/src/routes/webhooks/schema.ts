import { z } from "@hono/zod-openapi";
import { notificationEventTypes, subscriptionDisabledReasons, subscriptionKinds } from "@propgov/core";
import { idParam } from "../shared.js";

/** The event types a subscription may ask for (the test event is sent only by a test-send). */
export const subscribableEventTypes = notificationEventTypes.filter((t) => t !== "webhook.test") as [
  Exclude<(typeof notificationEventTypes)[number], "webhook.test">,
  ...Exclude<(typeof notificationEventTypes)[number], "webhook.test">[],
];

const example = {
  id: "whk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  kind: "webhook",
  url: "https://hooks.mengcheng.gov.cn/propgov",
  signed: false,
  description: "12345 热线平台",
  eventTypes: ["case.filed", "case.whistled"],
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  consecutiveFailures: 0,
  lastSuccessAt: null,
  lastFailureAt: null,
  previousSecretExpiresAt: null,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
};

export const webhookSchema = z
  .object({
    id: z.string(),
    kind: z.enum(subscriptionKinds).openapi({
      description:
        "`webhook` (Standard Webhooks, our JSON), or a group robot: `wecom` (企业微信) or `dingtalk` (钉钉), sent a Markdown message.",
    }),
    url: z.string().openapi({
      description:
        "A robot's URL with its key masked (`key=********ab12`): the real one is stored sealed and never shown again.",
    }),
    signed: z
      .boolean()
      .openapi({ description: "A DingTalk robot in signed mode (加签); false for the other kinds." }),
    description: z.string().nullable(),
    eventTypes: z.array(z.string()),
    enabled: z.boolean().openapi({
      description: "Off when turned off by hand or after sustained failure (`disabledReason` `failing`).",
    }),
    disabledAt: z.string().nullable(),
    disabledReason: z.enum(subscriptionDisabledReasons).nullable(),
    consecutiveFailures: z.number().int(),
    lastSuccessAt: z.string().nullable(),
    lastFailureAt: z.string().nullable(),
    previousSecretExpiresAt: z
      .string()
      .nullable()
      .openapi({ description: "Until then the secret before the last rotation signs too." }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Webhook", { example });

export const webhookWithSecretSchema = webhookSchema
  .extend({
    secret: z.string().optional().openapi({
      description:
        "A webhook's signing secret (Standard Webhooks, `whsec_` + base64), shown this once; absent for a robot. Verify with `verifyWebhook` from @propgov/sdk.",
    }),
  })
  .openapi("WebhookWithSecret", {
    example: { ...example, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
  });

const urlField = z.string().trim().max(2000).openapi({
  description:
    "An https URL whose host is in the county's `settings.outbound.allowedHosts`; private and loopback addresses only on an on-premise install.",
  example: "https://hooks.mengcheng.gov.cn/propgov",
});

const kindField = z.enum(subscriptionKinds).default("webhook").openapi({
  description:
    "`webhook` (default), `wecom` (企业微信群机器人: the robot's webhook URL, `…/cgi-bin/webhook/send?key=…`) or `dingtalk` (钉钉自定义机器人: `…/robot/send?access_token=…`). A robot's host must be in the allow-list too (`qyapi.weixin.qq.com`, `oapi.dingtalk.com`).",
  example: "webhook",
});

const robotSecretField = z.string().trim().max(200).openapi({
  description:
    "A DingTalk robot's signing secret (加签, `SEC…`), when the robot is set to signed mode; only for `dingtalk`. Stored sealed, never shown.",
  example: "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
});

const eventTypesField = z
  .array(z.enum(subscribableEventTypes))
  .min(1)
  .max(subscribableEventTypes.length)
  .openapi({ example: ["case.filed", "case.whistled"] });

export const createWebhookBodySchema = z
  .object({
    kind: kindField,
    url: urlField,
    eventTypes: eventTypesField,
    description: z.string().trim().max(200).optional(),
    secret: robotSecretField.optional(),
  })
  .strict()
  .openapi("CreateWebhookRequest", {
    example: { url: "https://hooks.mengcheng.gov.cn/propgov", eventTypes: ["case.filed"] },
  });

export const updateWebhookBodySchema = z
  .object({
    url: urlField.optional(),
    eventTypes: eventTypesField.optional(),
    description: z.string().trim().max(200).nullable().optional(),
    enabled: z.boolean().optional(),
    secret: robotSecretField.nullable().optional().openapi({
      description: "A DingTalk robot's new signing secret (`SEC…`), or null to leave signed mode.",
    }),
  })
  .strict()
  .openapi("UpdateWebhookRequest", { example: { enabled: true } });

export const rotateSecretBodySchema = z
  .object({
    graceSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600)
      .default(24 * 3600)
      .openapi({ description: "How long the old secret signs beside the new one; default one day." }),
  })
  .strict()
  .openapi("RotateWebhookSecretRequest", { example: { graceSeconds: 86400 } });

export const deliveryAttemptSchema = z
  .object({
    id: z.string(),
    deliveryId: z.string(),
    messageId: z.string().openapi({ description: "The `webhook-id` the receiver saw." }),
    eventType: z.string(),
    attempt: z.number().int(),
    at: z.string(),
    durationMs: z.number().int(),
    statusCode: z.number().int().nullable(),
    ok: z.boolean(),
    error: z.string().nullable(),
    responseBody: z.string().nullable().openapi({ description: "The response body, truncated (1 KiB)." }),
    deliveryStatus: z.enum(["pending", "delivered", "dead"]).openapi({
      description:
        "Where the delivery stands now: `pending` (will retry), `delivered`, or `dead` (a dead letter).",
    }),
    nextAttemptAt: z.string().nullable(),
  })
  .openapi("WebhookDeliveryAttempt");

export const webhookIdParam = idParam("whk", "webhook");
