import type { Router } from "../../router.js";
import { setCompoundGuarantor } from "../../services/compounds/guarantors.js";
import { compoundJson, compoundSchema } from "../compounds/schema.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { compoundParams, guarantorWriters, setGuarantorBody } from "./schema.js";

const route = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/compounds/{id}/guarantor",
  roles: guarantorWriters,
  errors: [409],
  operationId: "setCompoundGuarantor",
  tags: ["guarantors"],
  summary: "Assign the guarantor of a whole compound (包保责任人)",
  request: {
    params: compoundParams,
    body: { content: { "application/json": { schema: setGuarantorBody } }, required: true },
  },
  responses: {
    200: json(compoundSchema, "The compound, with its guarantors as they are now."),
  },
});

export const registerSetCompoundGuarantor = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(compoundJson(await setCompoundGuarantor(tenantCtx(c), id, c.req.valid("json"))), 200);
  });
