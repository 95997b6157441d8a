import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { listCommittees } from "../../services/committees/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, registryListQuery } from "../shared.js";
import { committeeJson, committeeReaders, committeeSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/committees",
  roles: committeeReaders,
  operationId: "listCommittees",
  tags: ["committees"],
  summary: "List owners' committees",
  description: "`q` matches the compound's name; `inTerm` is judged on today in the county's time zone.",
  request: {
    query: registryListQuery.extend({
      compoundId: z
        .string()
        .max(64)
        .optional()
        .openapi({ param: { name: "compoundId", in: "query" }, example: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
      inTerm: booleanQuery.openapi({ param: { name: "inTerm", in: "query" }, example: "true" }),
    }),
  },
  responses: {
    200: json(pageOf(committeeSchema, "CommitteePage"), "A page of committees, oldest first."),
  },
});

export const registerListCommittees = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listCommittees(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(committeeJson), nextCursor: page.nextCursor }, 200);
  });
