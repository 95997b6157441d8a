import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getCommittee } from "../../services/committees.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { committeeJson, committeeReaders, committeeSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/committees/{id}",
  operationId: "getCommittee",
  tags: ["committees"],
  summary: "Get an owners' committee",
  security,
  middleware: [requireRole(committeeReaders)] as const,
  request: { params: tenantParam.extend(idParam("cmt", "committee").shape) },
  responses: {
    200: json(committeeSchema, "The committee."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(committeeJson(await getCommittee(tenantCtx(c), c.req.valid("param").id)), 200),
  );
