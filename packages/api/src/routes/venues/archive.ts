import type { Router } from "../../router.js";
import { archiveVenue } from "../../services/units/venues.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { venueJson, venueSchema, venueWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/venues/{id}",
  roles: venueWriters,
  operationId: "archiveVenue",
  tags: ["venues"],
  summary: "Archive a venue (soft delete)",
  request: { params: idParam("ven", "venue") },
  responses: {
    200: json(venueSchema, "Archived; it leaves lists unless `includeArchived=true`."),
  },
});

export const registerArchiveVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await archiveVenue(tenantCtx(c), c.req.valid("param").id)), 200),
  );
