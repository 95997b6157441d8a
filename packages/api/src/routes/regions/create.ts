import type { Router } from "../../router.js";
import { createRegion } from "../../services/regions/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createRegionBody, regionJson, regionSchema, regionWriters } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/regions",
  roles: regionWriters,
  errors: [409],
  operationId: "createRegion",
  tags: ["regions"],
  summary: "Add a township, street or community",
  description:
    "Townships and streets sit at the top (no parent); a community sits under a township or street. Codes are unique among active regions. Region staff add regions under their own region only.",
  request: {
    body: { content: { "application/json": { schema: createRegionBody } }, required: true },
  },
  responses: {
    201: json(regionSchema, "Created."),
  },
});

export const registerCreateRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await createRegion(tenantCtx(c), c.req.valid("json"))), 201),
  );
