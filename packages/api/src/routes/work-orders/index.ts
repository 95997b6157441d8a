import { z } from "@hono/zod-openapi";
import { casePriorities, caseRatings, caseStatuses, workOrderIntakeSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { intakeWorkOrder, type WorkOrderStatus, workOrderStatus } from "../../services/work-order-intake.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { iso, json } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });
const maybeInstant = z.string().nullable();

const intakeExample = {
  ticket: { system: "12345", number: "GD20261126000123" },
  category: "serviceQuality",
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  description: "3号楼电梯坏了三天，物业没人来修。",
  location: { text: "3号楼2单元", lat: 33.2671, long: 116.5689, coordinateSystem: "gcj02" },
  reporter: { name: "张三", phone: "13812345678" },
  priority: "urgent",
  receivedAt: "2026-11-26T08:00:00.000Z",
};

export const workOrderIntakeBody = workOrderIntakeSchema.meta({
  id: "WorkOrderIntakeRequest",
  example: intakeExample,
});

const statusExample = {
  created: true,
  caseId: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  number: "MC-2026-000123",
  trackingCode: "K7QH-3M9T-XR2P",
  ticket: { system: "12345", number: "GD20261126000123" },
  status: "awaitingDispatch",
  statusLabel: { zh: "待派单", en: "Awaiting dispatch" },
  priority: "urgent",
  compound: { id: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", suggested: null },
  receivedAt: "2026-11-26T08:00:00.000Z",
  dispatchedAt: null,
  acknowledgedAt: null,
  resolutionDueAt: "2026-11-29T08:00:00.000Z",
  resolvedAt: null,
  closedAt: null,
  rating: null,
  duplicateOf: null,
  updatedAt: "2026-11-26T08:00:01.000Z",
  events: [{ type: "received", at: "2026-11-26T08:00:00.000Z", reason: null }],
};

export const workOrderStatusSchema = z
  .object({
    created: z
      .boolean()
      .openapi({ description: "This push filed the case; false when the ticket was already filed." }),
    caseId: z.string(),
    number: z.string(),
    trackingCode: z.string(),
    ticket: z.object({ system: z.string(), number: z.string() }),
    status: z.enum(caseStatuses),
    statusLabel: label,
    priority: z.enum(casePriorities),
    compound: z.object({
      id: z.string(),
      suggested: z
        .object({
          id: z.string(),
          name: z.string(),
          communityId: z.string(),
          address: z.string(),
          distanceMetres: z.number(),
        })
        .nullable()
        .openapi({ description: "The nearest compound taken from the point when the push named none." }),
    }),
    receivedAt: z.string(),
    dispatchedAt: maybeInstant,
    acknowledgedAt: maybeInstant,
    resolutionDueAt: z.string(),
    resolvedAt: maybeInstant,
    closedAt: maybeInstant,
    rating: z.enum(caseRatings).nullable(),
    duplicateOf: z.string().nullable(),
    updatedAt: z.string(),
    events: z.array(z.object({ type: z.string(), at: z.string(), reason: z.string().nullable() })).openapi({
      description: "The steps so far, oldest first; no comments, internal notes or personal data.",
    }),
  })
  .openapi("WorkOrderStatus", { example: statusExample });

const statusJson = (s: WorkOrderStatus) => ({
  ...s,
  receivedAt: s.receivedAt.toISOString(),
  dispatchedAt: iso(s.dispatchedAt),
  acknowledgedAt: iso(s.acknowledgedAt),
  resolutionDueAt: s.resolutionDueAt.toISOString(),
  resolvedAt: iso(s.resolvedAt),
  closedAt: iso(s.closedAt),
  updatedAt: s.updatedAt.toISOString(),
  events: s.events.map((e) => ({ ...e, at: e.at.toISOString() })),
});

const intakeRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/work-orders",
  roles: ["dispatcher", "countyAdmin"],
  operationId: "intakeWorkOrder",
  tags: ["work-orders"],
  summary: "Push a 12345 work order (工单推送), idempotent by ticket number",
  description:
    "For the county's 12345 system, with an API key holding the dispatcher role. The first push of a ticket files a case awaiting dispatch (201); pushing the same ticket again answers its current status (200) and files nothing.",
  request: {
    body: { content: { "application/json": { schema: workOrderIntakeBody } }, required: true },
  },
  responses: {
    201: json(workOrderStatusSchema, "The work order, filed now."),
    200: json(workOrderStatusSchema, "The ticket was already filed: its current status."),
  },
});

const ticketParams = z.object({
  system: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "A system code such as 12345.")
    .openapi({ param: { name: "system", in: "path" }, example: "12345" }),
  number: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "number", in: "path" }, example: "GD20261126000123" }),
});

const statusRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/work-orders/{system}/{number}",
  roles: ["dispatcher", "countyAdmin"],
  operationId: "getWorkOrderStatus",
  tags: ["work-orders"],
  summary: "Poll a 12345 ticket's status",
  description: "What the 12345 system shows its caller: the status and the steps so far. API key only.",
  request: { params: ticketParams },
  responses: { 200: json(workOrderStatusSchema, "The ticket's status.") },
});

export function registerWorkOrderIntakeRoutes(app: Router) {
  app.openapi(intakeRoute, async (c) => {
    const result = await intakeWorkOrder(tenantCtx(c), c.req.valid("json"));
    return result.created ? c.json(statusJson(result), 201) : c.json(statusJson(result), 200);
  });
  app.openapi(statusRoute, async (c) => {
    const { system, number } = c.req.valid("param");
    return c.json(statusJson(await workOrderStatus(tenantCtx(c), { system, number })), 200);
  });
}
