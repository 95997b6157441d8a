import type { Router } from "../../router.js";
import { archiveBody } from "../../services/units/bodies.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { bodyJson, bodySchema, bodyWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/bodies/{id}",
  roles: bodyWriters,
  operationId: "archiveBody",
  tags: ["bodies"],
  summary: "Archive a body (soft delete)",
  request: { params: idParam("bdy", "body") },
  responses: {
    200: json(bodySchema, "Archived; it leaves lists unless `includeArchived=true`."),
  },
});

export const registerArchiveBody = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(bodyJson(await archiveBody(tenantCtx(c), c.req.valid("param").id)), 200),
  );
