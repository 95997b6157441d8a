import { z } from "@hono/zod-openapi";
import { caseChannels, unroutedRequestStatuses } from "@propgov/core";
import type { Router } from "../../router.js";
import {
  declineUnrouted,
  listUnrouted,
  routeUnrouted,
  type UnroutedRequestView,
} from "../../services/unrouted-requests.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, iso, json, pageOf, paginationQuery } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });
const routers = ["dispatcher", "countyAdmin"] as const;

const example = {
  id: "urq_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  token: "urq_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  channel: "open311",
  category: { code: "facilityRepair", name: { zh: "设施设备维修", en: "Facility repair" } },
  description: "小区门口路灯不亮一周了。",
  address: "城关镇漆园路东段老粮站宿舍",
  point: null,
  photos: [],
  reporter: { name: "李四", phone: "13912345678" },
  receivedAt: "2026-11-26T08:00:00.000Z",
  status: "pending",
  statusLabel: { zh: "待分拨", en: "Awaiting routing" },
  case: null,
  decidedAt: null,
  declineReason: null,
};

export const unroutedRequestSchema = z
  .object({
    id: z.string(),
    token: z.string().openapi({ description: "What the submitter polls at Open311 `GET tokens/{token}`." }),
    channel: z.enum(caseChannels),
    category: z.object({ code: z.string(), name: label.nullable() }),
    description: z.string(),
    address: z.string().openapi({ description: "The free-text address as submitted (`address_string`)." }),
    point: z.object({ lat: z.number(), long: z.number() }).nullable(),
    photos: z.array(z.string()),
    reporter: z
      .object({ name: z.string().nullable(), phone: z.string().nullable() })
      .nullable()
      .openapi({ description: "The reporter, phone unmasked: the desk calls back." }),
    receivedAt: z.string(),
    status: z.enum(unroutedRequestStatuses),
    statusLabel: label,
    case: z
      .object({ id: z.string(), number: z.string() })
      .nullable()
      .openapi({ description: "The case it became, once routed." }),
    decidedAt: z.string().nullable(),
    declineReason: z.string().nullable(),
  })
  .openapi("UnroutedRequest", { example });

const toJson = (v: UnroutedRequestView) => ({
  ...v,
  receivedAt: v.receivedAt.toISOString(),
  decidedAt: iso(v.decidedAt),
});

const params = idParam("urq", "unrouted request");

const listRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/unrouted-requests",
  roles: routers,
  operationId: "listUnroutedRequests",
  tags: ["work-orders"],
  summary: "Requests whose address names no compound, waiting for the 12345 desk (待分拨)",
  description:
    "Open311 submissions with a free-text `address_string` that names no compound of the county. The dispatcher routes each to a compound, which files its case, or declines it. Oldest first.",
  request: {
    query: paginationQuery.extend({
      status: z
        .enum(unroutedRequestStatuses)
        .optional()
        .openapi({ param: { name: "status", in: "query" }, description: "Default `pending`." }),
    }),
  },
  responses: { 200: json(pageOf(unroutedRequestSchema, "UnroutedRequestPage"), "A page of requests.") },
});

const routeRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/unrouted-requests/{id}/route",
  roles: routers,
  operationId: "routeUnroutedRequest",
  tags: ["work-orders"],
  summary: "Route a request to a compound (分拨): files its case as a work order awaiting dispatch",
  description:
    "The case keeps the request's channel, receipt time, reporter, photos and address; the category may be corrected. The submitter's token then gives the case number. A request already routed or declined: 409.",
  request: {
    params,
    body: {
      content: {
        "application/json": {
          schema: z
            .object({
              compoundId: z.string().min(1).max(64),
              category: z.string().min(1).max(64).optional(),
              note: z.string().min(1).max(500).optional(),
            })
            .openapi("RouteUnroutedRequest", {
              example: { compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", note: "老粮站宿舍即漆园小区" },
            }),
        },
      },
      required: true,
    },
  },
  responses: { 200: json(unroutedRequestSchema, "The request, routed, with its case.") },
});

const declineRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/unrouted-requests/{id}/decline",
  roles: routers,
  operationId: "declineUnroutedRequest",
  tags: ["work-orders"],
  summary: "Decline a request the county does not handle, with a reason",
  request: {
    params,
    body: {
      content: {
        "application/json": {
          schema: z
            .object({ reason: z.string().trim().min(2).max(500) })
            .openapi("DeclineUnroutedRequest", { example: { reason: "非本县辖区，已告知来电人" } }),
        },
      },
      required: true,
    },
  },
  responses: { 200: json(unroutedRequestSchema, "The request, declined.") },
});

export function registerUnroutedRequestRoutes(app: Router) {
  app.openapi(listRoute, async (c) => {
    const page = await listUnrouted(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(toJson), nextCursor: page.nextCursor }, 200);
  });
  app.openapi(routeRoute, async (c) =>
    c.json(toJson(await routeUnrouted(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
  app.openapi(declineRoute, async (c) =>
    c.json(toJson(await declineUnrouted(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
}
