import { createRoute, z } from "@hono/zod-openapi";
import { venuePurposes } from "@propgov/core";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listVenues } from "../../services/venues.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, pageOf, security, tenantParam } from "../shared.js";
import { codeQuery, unitListQuery } from "../unit-query.js";
import { venueJson, venueReaders, venueSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/venues",
  operationId: "listVenues",
  tags: ["venues"],
  summary: "List venues for consultation and mediation (阵地)",
  description: "`q` searches names and addresses. Region staff see the venues of their subtree.",
  security,
  middleware: [requireRole(venueReaders)] as const,
  request: {
    params: tenantParam,
    query: unitListQuery.extend({
      level: codeQuery("level", "Venues of this level.", "compound"),
      purpose: z
        .enum(venuePurposes)
        .optional()
        .openapi({
          param: { name: "purpose", in: "query" },
          description: "Venues serving this purpose (among others).",
          example: "mediation",
        }),
    }),
  },
  responses: {
    200: json(pageOf(venueSchema, "VenuePage"), "A page of venues, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListVenues = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listVenues(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(venueJson), nextCursor: page.nextCursor }, 200);
  });
