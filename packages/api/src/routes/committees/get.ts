import type { Router } from "../../router.js";
import { getCommittee } from "../../services/committees/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { committeeJson, committeeReaders, committeeSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/committees/{id}",
  roles: committeeReaders,
  operationId: "getCommittee",
  tags: ["committees"],
  summary: "Get an owners' committee",
  request: { params: idParam("cmt", "committee") },
  responses: {
    200: json(committeeSchema, "The committee."),
  },
});

export const registerGetCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(committeeJson(await getCommittee(tenantCtx(c), c.req.valid("param").id)), 200),
  );
