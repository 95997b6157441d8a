import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { clearCompoundGuarantor } from "../../services/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security } from "../shared.js";
import { compoundParams, guarantorWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/compounds/{id}/guarantor",
  operationId: "clearCompoundGuarantor",
  tags: ["guarantors"],
  summary: "Remove the guarantor of a compound",
  security,
  middleware: [requireRole(guarantorWriters)] as const,
  request: {
    params: compoundParams,
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
    ...errorResponses(400, 401, 403, 404, 409, 500),
  },
});

export const registerClearCompoundGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(compoundJson(await clearCompoundGuarantor(tenantCtx(c), id)), 200);
  });
