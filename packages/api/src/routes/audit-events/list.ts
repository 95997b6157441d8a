import { z } from "@hono/zod-openapi";
import { AppError, anyIdPattern, instantInRange } from "@propgov/core";
import type { Router } from "../../router.js";
import { listAuditEvents } from "../../services/audit-read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, paginationQuery, timestamp } from "../shared.js";

const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorType: z.enum(["user", "apiKey", "platformUser", "system"]),
    actorId: z
      .string()
      .nullable()
      .openapi({ description: "The user, platform user or API key; null for a job." }),
    actorName: z
      .string()
      .nullable()
      .openapi({ description: "The actor's display name (a user's, or the API key's name), when known." }),
    action: z.string().openapi({ example: "company.create" }),
    targetType: z.string().openapi({ example: "company" }),
    targetId: z.string().nullable(),
    before: z.unknown().openapi({ description: "The record before the change (secrets removed)." }),
    after: z.unknown().openapi({ description: "The record after the change (secrets removed)." }),
    requestId: z.string().nullable(),
  })
  .openapi("AuditEvent", {
    example: {
      id: "aud_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      at: "2026-11-26T08:00:00.000Z",
      actorType: "user",
      actorId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      actorName: "县住房发展中心管理员",
      action: "company.create",
      targetType: "company",
      targetId: "com_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      before: null,
      after: { name: "蒙城县城关物业服务有限公司" },
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    },
  });

const word = (name: string, description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/, "Letters, digits, '.', '_', ':' or '-'.")
    .optional()
    .openapi({ param: { name, in: "query" }, description, example });

const time = (name: string, description: string, example: string) =>
  timestamp
    .refine((v) => instantInRange(new Date(v)), "An instant from year 0001 to 9999.")
    .optional()
    .openapi({ param: { name, in: "query" }, description, example });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/audit-events",
  roles: ["countyAdmin"],
  operationId: "listAuditEvents",
  tags: ["audit"],
  summary: "Search the county's audit trail, newest first",
  description:
    "Who did what to which record, and when, with the record before and after (secrets removed). County administrators only. Filters combine (AND); `from` and `to` are instants with an offset, both inclusive.",
  request: {
    query: paginationQuery.extend({
      actor: z
        .string()
        .regex(anyIdPattern, "Not a user or API key id.")
        .optional()
        .openapi({
          param: { name: "actor", in: "query" },
          description: "The acting user's, platform user's or API key's id.",
          example: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        }),
      action: word("action", "The action, e.g. `company.create`.", "company.create"),
      targetType: word("targetType", "The kind of record acted on, e.g. `company`.", "company"),
      targetId: word("targetId", "The id of the record acted on.", "com_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"),
      from: time("from", "At or after this instant.", "2026-11-01T00:00:00+08:00"),
      to: time("to", "At or before this instant.", "2026-11-30T23:59:59+08:00"),
    }),
  },
  responses: {
    200: json(pageOf(auditEventSchema, "AuditEventPage"), "A page of audit events, newest first."),
  },
});

export const registerListAuditEvents = (app: Router) =>
  app.openapi(route, async (c) => {
    const q = c.req.valid("query");
    if (q.from && q.to && new Date(q.from) > new Date(q.to)) {
      throw new AppError("bad_request", "`from` is after `to`.", {
        errors: [{ path: "query.to", message: "Must not be before `from`." }],
      });
    }
    const page = await listAuditEvents(tenantCtx(c), {
      limit: q.limit,
      cursor: q.cursor,
      actorId: q.actor,
      action: q.action,
      targetType: q.targetType,
      targetId: q.targetId,
      from: q.from,
      to: q.to,
    });
    return c.json(page, 200);
  });
