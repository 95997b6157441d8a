import type { Router } from "../../router.js";
import { updateRegion } from "../../services/regions/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { regionJson, regionSchema, regionWriters, updateRegionBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/regions/{id}",
  roles: regionWriters,
  errors: [409],
  operationId: "updateRegion",
  tags: ["regions"],
  summary: "Rename, recode or move a region",
  description:
    "Moving a community to another township or street (`parentId`) moves everything under it too, compounds included.",
  request: {
    params: idParam("reg", "region"),
    body: { content: { "application/json": { schema: updateRegionBody } }, required: true },
  },
  responses: {
    200: json(regionSchema, "The changed region."),
  },
});

export const registerUpdateRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await updateRegion(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
