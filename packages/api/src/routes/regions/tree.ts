import type { Router } from "../../router.js";
import { regionTree } from "../../services/regions/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { regionReaders, regionTreeJson, regionTreeSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/regions/tree",
  roles: regionReaders,
  operationId: "getRegionTree",
  tags: ["regions"],
  summary: "The whole active region tree, nested",
  description:
    "Townships and streets with their communities; region staff get their own region as the single root. Archived regions are left out.",
  responses: {
    200: json(regionTreeSchema, "The roots of the tree, each with its children."),
  },
});

export const registerGetRegionTree = (app: Router) =>
  app.openapi(route, async (c) => c.json(regionTreeJson(await regionTree(tenantCtx(c))), 200));
