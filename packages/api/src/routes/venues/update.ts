import type { Router } from "../../router.js";
import { updateVenue } from "../../services/units/venues.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { updateVenueBody, venueJson, venueSchema, venueWriters } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/venues/{id}",
  roles: venueWriters,
  operationId: "updateVenue",
  tags: ["venues"],
  summary: "Change a venue (level, unit, address, area, purpose)",
  request: {
    params: idParam("ven", "venue"),
    body: { content: { "application/json": { schema: updateVenueBody } }, required: true },
  },
  responses: {
    200: json(venueSchema, "The changed venue."),
  },
});

export const registerUpdateVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await updateVenue(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
