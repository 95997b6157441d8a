import type { Router } from "../../router.js";
import { archiveCommittee } from "../../services/committees/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { committeeJson, committeeSchema, committeeWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/committees/{id}",
  roles: committeeWriters,
  operationId: "archiveCommittee",
  tags: ["committees"],
  summary: "Archive an owners' committee (soft delete)",
  request: { params: idParam("cmt", "committee") },
  responses: {
    200: json(
      committeeSchema,
      "Archived; it leaves lists unless `includeArchived=true` and is no longer in term.",
    ),
  },
});

export const registerArchiveCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(committeeJson(await archiveCommittee(tenantCtx(c), c.req.valid("param").id)), 200),
  );
