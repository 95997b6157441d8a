import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateVenue } from "../../services/venues.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { updateVenueBody, venueJson, venueSchema, venueWriters } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/venues/{id}",
  operationId: "updateVenue",
  tags: ["venues"],
  summary: "Change a venue (level, unit, address, area, purpose)",
  security,
  middleware: [requireRole(venueWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("ven", "venue").shape),
    body: { content: { "application/json": { schema: updateVenueBody } }, required: true },
  },
  responses: {
    200: json(venueSchema, "The changed venue."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdateVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await updateVenue(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
