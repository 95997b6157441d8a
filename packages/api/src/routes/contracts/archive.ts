import type { Router } from "../../router.js";
import { archiveContract } from "../../services/contracts/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { contractJson, contractSchema, contractWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/contracts/{id}",
  roles: contractWriters,
  operationId: "archiveContract",
  tags: ["contracts"],
  summary: "Archive a contract (soft delete)",
  request: { params: idParam("ctr", "contract") },
  responses: {
    200: json(
      contractSchema,
      "Archived; it leaves lists unless `includeArchived=true` and no longer blocks its compound.",
    ),
  },
});

export const registerArchiveContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(contractJson(await archiveContract(tenantCtx(c), c.req.valid("param").id)), 200),
  );
