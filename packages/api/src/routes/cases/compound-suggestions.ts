import { z } from "@hono/zod-openapi";
import { coordinateSystems } from "@propgov/core";
import type { Router } from "../../router.js";
import { suggestCompounds } from "../../services/compounds/suggestions.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const suggestionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    communityId: z.string(),
    address: z.string(),
    distanceMetres: z.number().int(),
  })
  .openapi("CompoundSuggestion");

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/compound-suggestions",
  roles: ["countyAdmin", "dispatcher", "regionStaff", "departmentOfficer"],
  operationId: "suggestCompounds",
  tags: ["cases"],
  summary: "The compounds nearest to a point (for filing or correcting a case)",
  description:
    "Up to `limit` active compounds with coordinates within 5 km, closest first, within the caller's reach. The point is GCJ-02 unless `coordinateSystem` says otherwise.",
  request: {
    query: z.object({
      lat: z.coerce
        .number()
        .min(-90)
        .max(90)
        .openapi({ param: { name: "lat", in: "query" }, example: 33.2671 }),
      lng: z.coerce
        .number()
        .min(-180)
        .max(180)
        .openapi({ param: { name: "lng", in: "query" }, example: 116.5689 }),
      coordinateSystem: z
        .enum(coordinateSystems)
        .default("gcj02")
        .openapi({ param: { name: "coordinateSystem", in: "query" }, example: "gcj02" }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(10)
        .default(3)
        .openapi({ param: { name: "limit", in: "query" }, example: 3 }),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(suggestionSchema) }), "The nearest compounds, closest first."),
  },
});

export const registerSuggestCompounds = (app: Router) =>
  app.openapi(route, async (c) => {
    const q = c.req.valid("query");
    return c.json({ items: await suggestCompounds(tenantCtx(c), q, q.limit) }, 200);
  });
