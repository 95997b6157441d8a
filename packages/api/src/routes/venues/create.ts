import type { Router } from "../../router.js";
import { createVenue } from "../../services/units/venues.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createVenueBody, venueJson, venueSchema, venueWriters } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/venues",
  roles: venueWriters,
  operationId: "createVenue",
  tags: ["venues"],
  summary: "Register a venue for consultation and mediation (阵地)",
  description:
    "At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.",
  request: {
    body: { content: { "application/json": { schema: createVenueBody } }, required: true },
  },
  responses: {
    201: json(venueSchema, "Created."),
  },
});

export const registerCreateVenue = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(venueJson(await createVenue(tenantCtx(c), c.req.valid("json"))), 201),
  );
