import { z } from "@hono/zod-openapi";
import { serviceModes } from "@propgov/core";
import type { Router } from "../../router.js";
import { listCompounds } from "../../services/compounds/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, booleanQuery, json, pageOf, registryListQuery } from "../shared.js";
import { compoundJson, compoundSchema } from "./schema.js";

const idQuery = (name: string, description: string) =>
  z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name, in: "query" }, description, example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/compounds",
  roles: anyTenantRole,
  operationId: "listCompounds",
  tags: ["compounds"],
  summary: "List residential compounds (小区)",
  description:
    "`q` searches names and addresses. Each role sees its part: region staff their subtree, company staff the compounds their company serves, committee members their compound.",
  request: {
    query: registryListQuery.extend({
      regionId: idQuery("regionId", "Compounds anywhere under this township, street or community."),
      communityId: idQuery("communityId", "Compounds of this community."),
      serviceMode: z
        .enum(serviceModes)
        .optional()
        .openapi({ param: { name: "serviceMode", in: "query" }, example: "professional" }),
      hasCommittee: booleanQuery.openapi({
        param: { name: "hasCommittee", in: "query" },
        description: "With (true) or without (false) an owners' committee in term today.",
        example: "true",
      }),
    }),
  },
  responses: {
    200: json(pageOf(compoundSchema, "CompoundPage"), "A page of compounds, oldest first."),
  },
});

export const registerListCompounds = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listCompounds(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(compoundJson), nextCursor: page.nextCursor }, 200);
  });
