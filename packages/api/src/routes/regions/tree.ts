import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { regionTree } from "../../services/regions.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { regionReaders, regionTreeJson, regionTreeSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/regions/tree",
  operationId: "getRegionTree",
  tags: ["regions"],
  summary: "The whole active region tree, nested",
  description:
    "Townships and streets with their communities; region staff get their own region as the single root. Archived regions are left out.",
  security,
  middleware: [requireRole(regionReaders)] as const,
  request: { params: tenantParam },
  responses: {
    200: json(regionTreeSchema, "The roots of the tree, each with its children."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetRegionTree = (app: Router) =>
  app.openapi(route, async (c) => c.json(regionTreeJson(await regionTree(tenantCtx(c))), 200));
