import type { Router } from "../../router.js";
import { getCompound } from "../../services/compounds/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, idParam, json } from "../shared.js";
import { compoundJson, compoundSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/compounds/{id}",
  roles: anyTenantRole,
  operationId: "getCompound",
  tags: ["compounds"],
  summary: "Get a compound with its grids",
  request: { params: idParam("cpd", "compound") },
  responses: {
    200: json(compoundSchema, "The compound."),
  },
});

export const registerGetCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(compoundJson(await getCompound(tenantCtx(c), c.req.valid("param").id)), 200),
  );
