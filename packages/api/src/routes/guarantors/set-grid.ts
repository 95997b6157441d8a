import type { Router } from "../../router.js";
import { setGridGuarantor } from "../../services/compounds/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { gridParams, guarantorWriters, setGuarantorBody } from "./schema.js";

const route = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/compounds/{id}/grids/{gridId}/guarantor",
  roles: guarantorWriters,
  errors: [409],
  operationId: "setGridGuarantor",
  tags: ["guarantors"],
  summary: "Assign the guarantor of one grid",
  request: {
    params: gridParams,
    body: { content: { "application/json": { schema: setGuarantorBody } }, required: true },
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
  },
});

export const registerSetGridGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, gridId } = c.req.valid("param");
    return c.json(compoundJson(await setGridGuarantor(tenantCtx(c), id, gridId, c.req.valid("json"))), 200);
  });
