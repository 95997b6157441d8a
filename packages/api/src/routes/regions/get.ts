import type { Router } from "../../router.js";
import { getRegion } from "../../services/regions/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { regionJson, regionReaders, regionSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/regions/{id}",
  roles: regionReaders,
  operationId: "getRegion",
  tags: ["regions"],
  summary: "Get a region",
  request: { params: idParam("reg", "region") },
  responses: {
    200: json(regionSchema, "The region."),
  },
});

export const registerGetRegion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(regionJson(await getRegion(tenantCtx(c), c.req.valid("param").id)), 200),
  );
