import type { Router } from "../../router.js";
import { updateBody } from "../../services/units/bodies.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { bodyJson, bodySchema, bodyWriters, updateBodyBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/bodies/{id}",
  roles: bodyWriters,
  operationId: "updateBody",
  tags: ["bodies"],
  summary: "Change a body (level, unit, name, contact)",
  request: {
    params: idParam("bdy", "body"),
    body: { content: { "application/json": { schema: updateBodyBody } }, required: true },
  },
  responses: {
    200: json(bodySchema, "The changed body."),
  },
});

export const registerUpdateBody = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(bodyJson(await updateBody(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
