import type { Router } from "../../router.js";
import { archiveRegion } from "../../services/regions/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { regionJson, regionSchema, regionWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/regions/{id}",
  roles: regionWriters,
  errors: [409],
  operationId: "archiveRegion",
  tags: ["regions"],
  summary: "Archive a region (soft delete)",
  description: "Refused with 409 while active regions or compounds sit under it.",
  request: { params: idParam("reg", "region") },
  responses: {
    200: json(regionSchema, "Archived; it leaves lists and the tree unless `includeArchived=true`."),
  },
});

export const registerArchiveRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await archiveRegion(tenantCtx(c), c.req.valid("param").id)), 200),
  );
