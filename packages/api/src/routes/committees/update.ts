import type { Router } from "../../router.js";
import { updateCommittee } from "../../services/committees/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { committeeJson, committeeSchema, committeeWriters, updateCommitteeBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/committees/{id}",
  roles: committeeWriters,
  errors: [409],
  operationId: "updateCommittee",
  tags: ["committees"],
  summary: "Change an owners' committee (term, members)",
  description:
    "`members` replaces the whole list. A new term must not overlap another committee of the compound (409).",
  request: {
    params: idParam("cmt", "committee"),
    body: { content: { "application/json": { schema: updateCommitteeBody } }, required: true },
  },
  responses: {
    200: json(committeeSchema, "The changed committee."),
  },
});

export const registerUpdateCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      committeeJson(await updateCommittee(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
