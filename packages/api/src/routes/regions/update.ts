import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateRegion } from "../../services/regions.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { regionJson, regionSchema, regionWriters, updateRegionBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/regions/{id}",
  operationId: "updateRegion",
  tags: ["regions"],
  summary: "Rename, recode or move a region",
  description:
    "Moving a community to another township or street (`parentId`) moves everything under it too, compounds included.",
  security,
  middleware: [requireRole(regionWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("reg", "region").shape),
    body: { content: { "application/json": { schema: updateRegionBody } }, required: true },
  },
  responses: {
    200: json(regionSchema, "The changed region."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerUpdateRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await updateRegion(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
