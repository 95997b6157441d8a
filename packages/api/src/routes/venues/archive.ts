import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveVenue } from "../../services/venues.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { venueJson, venueSchema, venueWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/venues/{id}",
  operationId: "archiveVenue",
  tags: ["venues"],
  summary: "Archive a venue (soft delete)",
  security,
  middleware: [requireRole(venueWriters)] as const,
  request: { params: tenantParam.extend(idParam("ven", "venue").shape) },
  responses: {
    200: json(venueSchema, "Archived; it leaves lists unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await archiveVenue(tenantCtx(c), c.req.valid("param").id)), 200),
  );
