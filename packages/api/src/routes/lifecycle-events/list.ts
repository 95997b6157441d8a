import { z } from "@hono/zod-openapi";
import { idPattern, lifecycleKinds, lifecycleStatuses } from "@propgov/core";
import type { Router } from "../../router.js";
import { listLifecycleEvents } from "../../services/lifecycle-events/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json, pageOf, paginationQuery } from "../shared.js";
import { lifecycleEventJson, lifecycleEventSchema } from "./schema.js";

const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

const query = paginationQuery.extend({
  compoundId: z
    .string()
    .regex(idPattern("cpd"), "Not a compound id.")
    .optional()
    .openapi({ param: { name: "compoundId", in: "query" }, example: `cpd_${ID}` }),
  kind: z
    .enum(lifecycleKinds)
    .optional()
    .openapi({ param: { name: "kind", in: "query" }, example: "companySelection" }),
  status: z
    .enum(lifecycleStatuses)
    .optional()
    .openapi({ param: { name: "status", in: "query" }, example: "open" }),
  regionId: z
    .string()
    .regex(idPattern("reg"), "Not a region id.")
    .optional()
    .openapi({
      param: { name: "regionId", in: "query" },
      description: "Events of compounds anywhere under this region.",
      example: `reg_${ID}`,
    }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/lifecycle-events",
  roles: anyTenantRole,
  operationId: "listLifecycleEvents",
  tags: ["lifecycleEvents"],
  summary: "List lifecycle events, filtered by compound, kind, status and region",
  description:
    "Newest first. Scoped as compounds are: the county sees all; region staff their subtree's compounds; company staff the compounds they serve; a committee member their compound.",
  request: { query },
  responses: {
    200: json(
      pageOf(lifecycleEventSchema, "LifecycleEventPage"),
      "A page of lifecycle events, newest first.",
    ),
  },
});

export const registerListLifecycleEvents = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listLifecycleEvents(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(lifecycleEventJson), nextCursor: page.nextCursor }, 200);
  });
