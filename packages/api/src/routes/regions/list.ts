import { z } from "@hono/zod-openapi";
import { regionKinds } from "@propgov/core";
import type { Router } from "../../router.js";
import { listRegions } from "../../services/regions/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, registryListQuery } from "../shared.js";
import { regionJson, regionReaders, regionSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/regions",
  roles: regionReaders,
  operationId: "listRegions",
  tags: ["regions"],
  summary: "List townships, streets and communities",
  description: "`q` searches names and codes. Region staff see their own region and everything under it.",
  request: {
    query: registryListQuery.extend({
      kind: z
        .enum(regionKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "community" }),
      parentId: z
        .string()
        .max(64)
        .optional()
        .openapi({
          param: { name: "parentId", in: "query" },
          description: "Only the direct children of this region.",
          example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        }),
    }),
  },
  responses: {
    200: json(pageOf(regionSchema, "RegionPage"), "A page of regions, oldest first."),
  },
});

export const registerListRegions = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listRegions(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(regionJson), nextCursor: page.nextCursor }, 200);
  });
