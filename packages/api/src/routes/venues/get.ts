import type { Router } from "../../router.js";
import { getVenue } from "../../services/units/venues.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { venueJson, venueReaders, venueSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/venues/{id}",
  roles: venueReaders,
  operationId: "getVenue",
  tags: ["venues"],
  summary: "Get a venue",
  request: { params: idParam("ven", "venue") },
  responses: {
    200: json(venueSchema, "The venue."),
  },
});

export const registerGetVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await getVenue(tenantCtx(c), c.req.valid("param").id)), 200),
  );
