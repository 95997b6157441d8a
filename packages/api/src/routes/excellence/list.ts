import { z } from "@hono/zod-openapi";
import { nominationLevels, nominationStatuses } from "@propgov/core";
import type { Router } from "../../router.js";
import { listNominations } from "../../services/excellence/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, paginationQuery } from "../shared.js";
import { excellenceReaderRoles, nominationJson, nominationSchema, yearQuery } from "./schema.js";

const query = paginationQuery.extend({
  year: yearQuery.optional().openapi({ param: { name: "year", in: "query" }, example: 2025 }),
  level: z
    .enum(nominationLevels)
    .optional()
    .openapi({ param: { name: "level", in: "query" }, example: "municipal" }),
  status: z
    .enum(nominationStatuses)
    .optional()
    .openapi({ param: { name: "status", in: "query" }, example: "nominated" }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/excellence/nominations",
  roles: excellenceReaderRoles,
  operationId: "listNominations",
  tags: ["excellence"],
  summary: "List excellent-project nominations, by year, level and status",
  description:
    "Oldest first. The county sees every nomination; region staff those of compounds in their subtree; company staff their company's.",
  request: { query },
  responses: {
    200: json(pageOf(nominationSchema, "ExcellenceNominationPage"), "A page of nominations, oldest first."),
  },
});

export const registerListNominations = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listNominations(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(nominationJson), nextCursor: page.nextCursor }, 200);
  });
