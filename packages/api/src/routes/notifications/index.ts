import { z } from "@hono/zod-openapi";
import { idPattern } from "@propgov/core";
import { streamSSE } from "hono/streaming";
import type { Router } from "../../router.js";
import { onInbox } from "../../services/inbox/fanout.js";
import {
  inboxOwner,
  inboxSince,
  listInbox,
  markAllRead,
  markRead,
  unreadCount,
} from "../../services/inbox/read.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, idParam, json, paginationQuery } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });

const itemSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({ example: "case.due_soon" }),
    subjectType: z.string().openapi({ example: "case" }),
    subjectId: z.string().nullable(),
    title: label,
    body: label,
    data: z.record(z.string(), z.unknown()).openapi({ description: "The event's data, as in its webhook." }),
    urgent: z.boolean().openapi({ description: "An emergency case or an escalation: show it first." }),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi("InboxNotification", {
    example: {
      id: "ntf_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      type: "case.due_soon",
      subjectType: "case",
      subjectId: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      title: { zh: "案件即将超时 · MC-2026-000123", en: "Case deadline approaching · MC-2026-000123" },
      body: {
        zh: "案件 MC-2026-000123 的首次联系时限将于 11/16 11:30 到期。",
        en: "Case MC-2026-000123: First contact due at 16/11 11:30.",
      },
      data: { caseId: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", deadline: "firstContact" },
      urgent: false,
      createdAt: "2026-11-16T03:00:00.000Z",
      readAt: null,
    },
  });

const pageSchema = z
  .object({
    items: z.array(itemSchema),
    nextCursor: z.string().nullable().openapi({ example: null }),
    unreadCount: z.number().int(),
  })
  .openapi("InboxPage");

const tags = ["notifications"];
const only = "Only a county's signed-in users have an inbox: an API key or a platform user is 403.";

const list = defineRoute({
  method: "get",
  path: "/v1/auth/me/notifications",
  roles: "signedIn",
  operationId: "listMyNotifications",
  tags,
  summary: "My notifications (站内通知), newest first, with the unread count",
  description: only,
  request: {
    query: paginationQuery.extend({
      unread: booleanQuery.openapi({ param: { name: "unread", in: "query" } }),
    }),
  },
  responses: { 200: json(pageSchema, "A page of the caller's notifications.") },
});

const count = defineRoute({
  method: "get",
  path: "/v1/auth/me/notifications/unread-count",
  roles: "signedIn",
  operationId: "countMyUnreadNotifications",
  tags,
  summary: "How many of my notifications are unread",
  description: only,
  responses: { 200: json(z.object({ count: z.number().int() }).openapi("InboxUnreadCount"), "The count.") },
});

const read = defineRoute({
  method: "post",
  path: "/v1/auth/me/notifications/{id}/read",
  roles: "signedIn",
  operationId: "markMyNotificationRead",
  tags,
  summary: "Mark one of my notifications read (again is a no-op)",
  description: `${only} Another user's notification is 404.`,
  request: { params: idParam("ntf", "notification") },
  responses: { 200: json(itemSchema, "The notification, read.") },
});

const readAll = defineRoute({
  method: "post",
  path: "/v1/auth/me/notifications/read-all",
  roles: "signedIn",
  operationId: "markAllMyNotificationsRead",
  tags,
  summary: "Mark all my notifications read",
  description: only,
  responses: {
    200: json(z.object({ updated: z.number().int() }).openapi("InboxReadAll"), "How many were unread."),
  },
});

const stream = defineRoute({
  method: "get",
  path: "/v1/auth/me/notifications/stream",
  roles: "signedIn",
  operationId: "streamMyNotifications",
  tags,
  summary: "My notifications as they arrive (Server-Sent Events)",
  description: `${only} Events: \`ready\` (data \`{ unreadCount }\`) on connect, then one \`notification\` per new notification (its \`id\` is the notification's; reconnecting with \`Last-Event-ID\` resumes after it). A comment line every 25 s keeps proxies from closing the stream.`,
  responses: {
    200: {
      description: "An event stream.",
      content: {
        "text/event-stream": {
          schema: z.string().openapi({ example: 'event: ready\ndata: {"unreadCount":3}\n\n' }),
        },
      },
    },
  },
});

/** How often a stream looks for notifications another process wrote (this process's wake it at once). */
const POLL_MS = 5_000;
const HEARTBEAT_MS = 25_000;

export function registerNotificationRoutes(app: Router) {
  app.openapi(list, async (c) => {
    const q = c.req.valid("query");
    return c.json(await listInbox(serviceCtx(c), q), 200);
  });
  app.openapi(count, async (c) => c.json({ count: await unreadCount(serviceCtx(c)) }, 200));
  app.openapi(readAll, async (c) => c.json({ updated: await markAllRead(serviceCtx(c)) }, 200));
  app.openapi(read, async (c) => c.json(await markRead(serviceCtx(c), c.req.valid("param").id), 200));
  app.openapi(stream, async (c) => {
    const { ctx, userId } = await inboxOwner(serviceCtx(c));
    const resume = c.req.header("last-event-id");
    let last: string | null = resume && idPattern("ntf").test(resume) ? resume : null;
    const unread = await unreadCount(serviceCtx(c));
    // A stream outlives the request's transaction: each read opens its own.
    const own = { ...ctx, tx: undefined };
    return streamSSE(c, async (sse) => {
      let wake: (() => void) | undefined;
      const off = onInbox((tenantId, who) => {
        if (tenantId === ctx.tenant.id && who === userId) wake?.();
      });
      let open = true;
      sse.onAbort(() => {
        open = false;
        wake?.();
      });
      try {
        await sse.writeSSE({ event: "ready", data: JSON.stringify({ unreadCount: unread }) });
        let quietSince = Date.now();
        while (open) {
          const fresh = last ? await inboxSince(own, userId, last) : [];
          for (const item of fresh) {
            await sse.writeSSE({ event: "notification", id: item.id, data: JSON.stringify(item) });
            last = item.id;
            quietSince = Date.now();
          }
          if (!last) {
            // Resume point for a first connection: what exists now is in the list, not the stream.
            const [newest] = (await listInbox(own, { limit: 1 })).items;
            last = newest?.id ?? "ntf_00000000000000000000000000";
          }
          if (Date.now() - quietSince >= HEARTBEAT_MS) {
            await sse.write(": keep-alive\n\n");
            quietSince = Date.now();
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, POLL_MS);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
        }
      } finally {
        off();
      }
    });
  });
}
