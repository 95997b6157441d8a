import type { Router } from "../../router.js";
import { updateCompound } from "../../services/compounds/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { compoundJson, compoundSchema, compoundWriters, updateCompoundBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/compounds/{id}",
  roles: compoundWriters,
  operationId: "updateCompound",
  tags: ["compounds"],
  summary: "Change a compound; `grids` replaces its grids",
  request: {
    params: idParam("cpd", "compound"),
    body: { content: { "application/json": { schema: updateCompoundBody } }, required: true },
  },
  responses: {
    200: json(compoundSchema, "The changed compound."),
  },
});

export const registerUpdateCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      compoundJson(await updateCompound(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
