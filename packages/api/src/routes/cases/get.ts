import type { Router } from "../../router.js";
import { getCase } from "../../services/cases/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { caseIdParam, caseWithTimelineJson, caseWithTimelineSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/cases/{id}",
  roles: anyTenantRole,
  operationId: "getCase",
  tags: ["cases"],
  summary: "Get a case with its timeline",
  description: "A case outside the caller's part of the county answers 404, as if it did not exist.",
  request: { params: caseIdParam },
  responses: {
    200: json(caseWithTimelineSchema, "The case and every event, oldest first."),
  },
});

export const registerGetCase = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(caseWithTimelineJson(await getCase(tenantCtx(c), c.req.valid("param").id)), 200),
  );
