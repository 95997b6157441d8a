import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getVenue } from "../../services/venues.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { venueJson, venueReaders, venueSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/venues/{id}",
  operationId: "getVenue",
  tags: ["venues"],
  summary: "Get a venue",
  security,
  middleware: [requireRole(venueReaders)] as const,
  request: { params: tenantParam.extend(idParam("ven", "venue").shape) },
  responses: {
    200: json(venueSchema, "The venue."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await getVenue(tenantCtx(c), c.req.valid("param").id)), 200),
  );
