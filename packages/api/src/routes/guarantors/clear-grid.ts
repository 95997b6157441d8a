import type { Router } from "../../router.js";
import { clearGridGuarantor } from "../../services/compounds/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { gridParams, guarantorWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/compounds/{id}/grids/{gridId}/guarantor",
  roles: guarantorWriters,
  errors: [409],
  operationId: "clearGridGuarantor",
  tags: ["guarantors"],
  summary: "Remove the guarantor of one grid",
  request: {
    params: gridParams,
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
  },
});

export const registerClearGridGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, gridId } = c.req.valid("param");
    return c.json(compoundJson(await clearGridGuarantor(tenantCtx(c), id, gridId)), 200);
  });
