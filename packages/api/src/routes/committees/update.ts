import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateCommittee } from "../../services/committees.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { committeeJson, committeeSchema, committeeWriters, updateCommitteeBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/committees/{id}",
  operationId: "updateCommittee",
  tags: ["committees"],
  summary: "Change an owners' committee (term, members)",
  description:
    "`members` replaces the whole list. A new term must not overlap another committee of the compound (409).",
  security,
  middleware: [requireRole(committeeWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("cmt", "committee").shape),
    body: { content: { "application/json": { schema: updateCommitteeBody } }, required: true },
  },
  responses: {
    200: json(committeeSchema, "The changed committee."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerUpdateCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      committeeJson(await updateCommittee(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
