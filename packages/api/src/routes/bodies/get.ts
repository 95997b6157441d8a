import type { Router } from "../../router.js";
import { getBody } from "../../services/units/bodies.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { bodyJson, bodyReaders, bodySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/bodies/{id}",
  roles: bodyReaders,
  operationId: "getBody",
  tags: ["bodies"],
  summary: "Get a property-management body",
  request: { params: idParam("bdy", "body") },
  responses: {
    200: json(bodySchema, "The body."),
  },
});

export const registerGetBody = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(bodyJson(await getBody(tenantCtx(c), c.req.valid("param").id)), 200),
  );
