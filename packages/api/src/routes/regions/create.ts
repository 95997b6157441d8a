import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createRegion } from "../../services/regions.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createRegionBody, regionJson, regionSchema, regionWriters } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/regions",
  operationId: "createRegion",
  tags: ["regions"],
  summary: "Add a township, street or community",
  description:
    "Townships and streets sit at the top (no parent); a community sits under a township or street. Codes are unique among active regions. Region staff add regions under their own region only.",
  security,
  middleware: [requireRole(regionWriters)] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createRegionBody } }, required: true },
  },
  responses: {
    201: json(regionSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerCreateRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await createRegion(tenantCtx(c), c.req.valid("json"))), 201),
  );
