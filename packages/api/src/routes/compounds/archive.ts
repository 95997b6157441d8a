import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveCompound } from "../../services/compounds.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { compoundJson, compoundSchema, compoundWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/compounds/{id}",
  operationId: "archiveCompound",
  tags: ["compounds"],
  summary: "Archive a compound (soft delete)",
  security,
  middleware: [requireRole(compoundWriters)] as const,
  request: { params: tenantParam.extend(idParam("cpd", "compound").shape) },
  responses: {
    200: json(compoundSchema, "Archived; it leaves lists unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(compoundJson(await archiveCompound(tenantCtx(c), c.req.valid("param").id)), 200),
  );
