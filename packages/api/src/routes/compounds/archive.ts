import type { Router } from "../../router.js";
import { archiveCompound } from "../../services/compounds/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { compoundJson, compoundSchema, compoundWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/compounds/{id}",
  roles: compoundWriters,
  operationId: "archiveCompound",
  tags: ["compounds"],
  summary: "Archive a compound (soft delete)",
  request: { params: idParam("cpd", "compound") },
  responses: {
    200: json(compoundSchema, "Archived; it leaves lists unless `includeArchived=true`."),
  },
});

export const registerArchiveCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(compoundJson(await archiveCompound(tenantCtx(c), c.req.valid("param").id)), 200),
  );
