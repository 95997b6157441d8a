import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createVenue } from "../../services/venues.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createVenueBody, venueJson, venueSchema, venueWriters } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/venues",
  operationId: "createVenue",
  tags: ["venues"],
  summary: "Register a venue for consultation and mediation (阵地)",
  description:
    "At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.",
  security,
  middleware: [requireRole(venueWriters)] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createVenueBody } }, required: true },
  },
  responses: {
    201: json(venueSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerCreateVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await createVenue(tenantCtx(c), c.req.valid("json"))), 201),
  );
