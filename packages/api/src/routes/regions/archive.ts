import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveRegion } from "../../services/regions.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { regionJson, regionSchema, regionWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/regions/{id}",
  operationId: "archiveRegion",
  tags: ["regions"],
  summary: "Archive a region (soft delete)",
  description: "Refused with 409 while active regions or compounds sit under it.",
  security,
  middleware: [requireRole(regionWriters)] as const,
  request: { params: tenantParam.extend(idParam("reg", "region").shape) },
  responses: {
    200: json(regionSchema, "Archived; it leaves lists and the tree unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 409, 500),
  },
});

export const registerArchiveRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await archiveRegion(tenantCtx(c), c.req.valid("param").id)), 200),
  );
