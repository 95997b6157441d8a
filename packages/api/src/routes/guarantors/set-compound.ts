import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { setCompoundGuarantor } from "../../services/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security } from "../shared.js";
import { compoundParams, guarantorWriters, setGuarantorBody } from "./schema.js";

const route = createRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/compounds/{id}/guarantor",
  operationId: "setCompoundGuarantor",
  tags: ["guarantors"],
  summary: "Assign the guarantor of a whole compound (包保责任人)",
  security,
  middleware: [requireRole(guarantorWriters)] as const,
  request: {
    params: compoundParams,
    body: { content: { "application/json": { schema: setGuarantorBody } }, required: true },
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerSetCompoundGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(compoundJson(await setCompoundGuarantor(tenantCtx(c), id, c.req.valid("json"))), 200);
  });
