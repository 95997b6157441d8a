import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveCommittee } from "../../services/committees.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { committeeJson, committeeSchema, committeeWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/committees/{id}",
  operationId: "archiveCommittee",
  tags: ["committees"],
  summary: "Archive an owners' committee (soft delete)",
  security,
  middleware: [requireRole(committeeWriters)] as const,
  request: { params: tenantParam.extend(idParam("cmt", "committee").shape) },
  responses: {
    200: json(
      committeeSchema,
      "Archived; it leaves lists unless `includeArchived=true` and is no longer in term.",
    ),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(committeeJson(await archiveCommittee(tenantCtx(c), c.req.valid("param").id)), 200),
  );
