import type { Router } from "../../router.js";
import { createInspection } from "../../services/inspections/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createInspectionBody, inspectionJson, inspectionSchema, inspectionWriters } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/inspections",
  roles: inspectionWriters,
  operationId: "createInspection",
  tags: ["contracts"],
  summary: "Record an inspection of a compound against its contract's obligations (履约检查)",
  description:
    "Checks the obligations of the contract in force at the compound on the day inspected (the county's zone; 422 naming `body.compoundId` when none, or when the compound lies outside the caller's region). Each result names an obligation the contract carries (422 naming `body.results.<i>.kind`) and gives the observed value, from which pass or fail follows, or `passed`; a `passed` that contradicts the observed value is 422 naming `body.results.<i>.passed`. Not in the future (422 naming `body.inspectedAt`). A failed obligation becomes a finding of the contractPerformance policy for the company.",
  request: {
    body: { content: { "application/json": { schema: createInspectionBody } }, required: true },
  },
  responses: {
    201: json(inspectionSchema, "Recorded."),
  },
});

export const registerCreateInspection = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(inspectionJson(await createInspection(tenantCtx(c), c.req.valid("json"))), 201),
  );
