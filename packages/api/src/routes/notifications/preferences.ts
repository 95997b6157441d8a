import { z } from "@hono/zod-openapi";
import { notificationEventTypes, notificationPreferencesSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { getMyPreferences, putMyPreferences } from "../../services/notifications/preferences.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const example = {
  email: { enabled: true, address: "wang.li@mengcheng.gov.cn" },
  sms: { enabled: false, phone: null },
  eventTypes: ["case.filed", "case.due_soon", "case.overdue", "case.escalated"],
  quietHours: { start: "22:00", end: "07:00" },
  locale: "zh",
};

const description = `Personal channels besides the in-app inbox (always on): email and SMS (a mainland mobile), each with its address; \`eventTypes\` \`"all"\` or a list of the ${notificationEventTypes.length} event types; quiet hours (免打扰) in the county's time zone, during which email and SMS wait until their end (emergencies and escalations do not wait); \`locale\` the language of messages.`;

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
const bodySchema = notificationPreferencesSchema.meta({
  id: "NotificationPreferencesRequest",
  description,
  example,
});

const preferencesSchema = z
  .object({
    email: z.object({ enabled: z.boolean(), address: z.string().nullable() }),
    sms: z.object({ enabled: z.boolean(), phone: z.string().nullable() }),
    eventTypes: z.union([z.literal("all"), z.array(z.enum(notificationEventTypes))]),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
    locale: z.enum(["zh", "en"]),
  })
  .openapi("NotificationPreferences", { description, example });

const tags = ["notifications"];
const only = "Only a county's signed-in users have preferences: an API key or a platform user is 403.";

const get = defineRoute({
  method: "get",
  path: "/v1/auth/me/notification-preferences",
  roles: "signedIn",
  operationId: "getMyNotificationPreferences",
  tags,
  summary: "My notification preferences (通知偏好): channels, event types, quiet hours",
  description: `${only} A user who never set any has the defaults: the inbox alone, every event type, no quiet hours, Chinese.`,
  responses: { 200: json(preferencesSchema, "The caller's preferences.") },
});

const put = defineRoute({
  method: "put",
  path: "/v1/auth/me/notification-preferences",
  roles: "signedIn",
  operationId: "putMyNotificationPreferences",
  tags,
  summary: "Replace my notification preferences",
  description: `${only} The whole document is replaced. Turning email or SMS on needs its address; SMS reaches mainland mobiles only.`,
  request: {
    body: {
      content: { "application/json": { schema: bodySchema, example } },
      required: true,
    },
  },
  responses: { 200: json(preferencesSchema, "The stored preferences.") },
});

export function registerNotificationPreferenceRoutes(app: Router) {
  app.openapi(get, async (c) => c.json(await getMyPreferences(serviceCtx(c)), 200));
  app.openapi(put, async (c) => c.json(await putMyPreferences(serviceCtx(c), c.req.valid("json")), 200));
}
