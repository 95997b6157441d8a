import { z } from "@hono/zod-openapi";
import { venuePurposes } from "@propgov/core";
import type { Router } from "../../router.js";
import { listVenues } from "../../services/units/venues.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf } from "../shared.js";
import { codeQuery, unitListQuery } from "../unit-query.js";
import { venueJson, venueReaders, venueSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/venues",
  roles: venueReaders,
  operationId: "listVenues",
  tags: ["venues"],
  summary: "List venues for consultation and mediation (阵地)",
  description: "`q` searches names and addresses. Region staff see the venues of their subtree.",
  request: {
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
  },
});

export const registerListVenues = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listVenues(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(venueJson), nextCursor: page.nextCursor }, 200);
  });
