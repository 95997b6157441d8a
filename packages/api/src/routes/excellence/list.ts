import { createRoute, z } from "@hono/zod-openapi";
import { nominationLevels, nominationStatuses } from "@propgov/core";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listNominations } from "../../services/excellence.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, pageOf, paginationQuery, security, tenantParam } from "../shared.js";
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

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/excellence/nominations",
  operationId: "listNominations",
  tags: ["excellence"],
  summary: "List excellent-project nominations, by year, level and status",
  description:
    "Oldest first. The county sees every nomination; region staff those of compounds in their subtree; company staff their company's.",
  security,
  middleware: [requireRole(excellenceReaderRoles)] as const,
  request: { params: tenantParam, query },
  responses: {
    200: json(pageOf(nominationSchema, "ExcellenceNominationPage"), "A page of nominations, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListNominations = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listNominations(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(nominationJson), nextCursor: page.nextCursor }, 200);
  });
