import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { clearGridGuarantor } from "../../services/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security } from "../shared.js";
import { gridParams, guarantorWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/compounds/{id}/grids/{gridId}/guarantor",
  operationId: "clearGridGuarantor",
  tags: ["guarantors"],
  summary: "Remove the guarantor of one grid",
  security,
  middleware: [requireRole(guarantorWriters)] as const,
  request: {
    params: gridParams,
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
    ...errorResponses(400, 401, 403, 404, 409, 500),
  },
});

export const registerClearGridGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, gridId } = c.req.valid("param");
    return c.json(compoundJson(await clearGridGuarantor(tenantCtx(c), id, gridId)), 200);
  });
