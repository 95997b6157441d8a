import type { Router } from "../../router.js";
import { createDisclosure } from "../../services/disclosures/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createDisclosureBody, disclosureJson, disclosureSchema, publisherRoles } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/disclosures",
  roles: publisherRoles,
  operationId: "createDisclosure",
  tags: ["disclosures"],
  summary: "Publish a disclosure (信息公示)",
  description:
    "Published now, by the caller. The county publishes for any compound or company; region staff for compounds of their part of the county; company staff only as their own company (`companyId`), for compounds it serves under an active contract; a committee member for their own compound (without a company). An item outside the county's informationDisclosure config → 422 `body.item` listing the allowed ones; a period off the item's cadence → 422 `body.period`.",
  request: {
    body: { content: { "application/json": { schema: createDisclosureBody } }, required: true },
  },
  responses: {
    201: json(disclosureSchema, "Published."),
  },
});

export const registerCreateDisclosure = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(disclosureJson(await createDisclosure(tenantCtx(c), c.req.valid("json"))), 201),
  );
