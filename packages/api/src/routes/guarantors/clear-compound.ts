import type { Router } from "../../router.js";
import { clearCompoundGuarantor } from "../../services/compounds/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { compoundParams, guarantorWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/compounds/{id}/guarantor",
  roles: guarantorWriters,
  errors: [409],
  operationId: "clearCompoundGuarantor",
  tags: ["guarantors"],
  summary: "Remove the guarantor of a compound",
  request: {
    params: compoundParams,
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
  },
});

export const registerClearCompoundGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(compoundJson(await clearCompoundGuarantor(tenantCtx(c), id)), 200);
  });
