import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateCompound } from "../../services/compounds.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { compoundJson, compoundSchema, compoundWriters, updateCompoundBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/compounds/{id}",
  operationId: "updateCompound",
  tags: ["compounds"],
  summary: "Change a compound; `grids` replaces its grids",
  security,
  middleware: [requireRole(compoundWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("cpd", "compound").shape),
    body: { content: { "application/json": { schema: updateCompoundBody } }, required: true },
  },
  responses: {
    200: json(compoundSchema, "The changed compound."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdateCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      compoundJson(await updateCompound(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
