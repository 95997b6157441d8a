import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getRegion } from "../../services/regions.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { regionJson, regionReaders, regionSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/regions/{id}",
  operationId: "getRegion",
  tags: ["regions"],
  summary: "Get a region",
  security,
  middleware: [requireRole(regionReaders)] as const,
  request: { params: tenantParam.extend(idParam("reg", "region").shape) },
  responses: {
    200: json(regionSchema, "The region."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await getRegion(tenantCtx(c), c.req.valid("param").id)), 200),
  );
