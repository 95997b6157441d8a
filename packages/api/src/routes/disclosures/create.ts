import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createDisclosure } from "../../services/disclosures.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createDisclosureBody, disclosureJson, disclosureSchema, publisherRoles } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/disclosures",
  operationId: "createDisclosure",
  tags: ["disclosures"],
  summary: "Publish a disclosure (信息公示)",
  description:
    "Published now, by the caller. The county publishes for any compound or company; region staff for compounds of their part of the county; company staff only as their own company (`companyId`), for compounds it serves under an active contract; a committee member for their own compound (without a company). An item outside the county's informationDisclosure config → 422 `body.item` listing the allowed ones; a period off the item's cadence → 422 `body.period`.",
  security,
  middleware: [requireRole(publisherRoles)] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createDisclosureBody } }, required: true },
  },
  responses: {
    201: json(disclosureSchema, "Published."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerCreateDisclosure = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(disclosureJson(await createDisclosure(tenantCtx(c), c.req.valid("json"))), 201),
  );
