import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveContract } from "../../services/contracts.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { contractJson, contractSchema, contractWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/contracts/{id}",
  operationId: "archiveContract",
  tags: ["contracts"],
  summary: "Archive a contract (soft delete)",
  security,
  middleware: [requireRole(contractWriters)] as const,
  request: { params: tenantParam.extend(idParam("ctr", "contract").shape) },
  responses: {
    200: json(
      contractSchema,
      "Archived; it leaves lists unless `includeArchived=true` and no longer blocks its compound.",
    ),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(contractJson(await archiveContract(tenantCtx(c), c.req.valid("param").id)), 200),
  );
