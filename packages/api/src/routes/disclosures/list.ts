import { periodLabelSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { listDisclosures } from "../../services/disclosures/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, booleanQuery, json, pageOf, paginationQuery } from "../shared.js";
import { disclosureQueryFilters } from "./query.js";
import { disclosureJson, disclosureSchema } from "./schema.js";

const query = paginationQuery.extend({
  ...disclosureQueryFilters,
  period: periodLabelSchema.optional().meta({ param: { name: "period", in: "query" }, example: "2026-Q3" }),
  includeWithdrawn: booleanQuery.openapi({
    param: { name: "includeWithdrawn", in: "query" },
    description: "true: withdrawn disclosures too.",
    example: "false",
  }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/disclosures",
  roles: anyTenantRole,
  operationId: "listDisclosures",
  tags: ["disclosures"],
  summary: "List disclosures, newest first",
  description:
    "The county sees all; region staff those of compounds in their part (and companies' own disclosures when the company serves a compound there); company staff their company's and those of the compounds it serves; a committee member their compound's. Withdrawn ones only with `includeWithdrawn=true`.",
  request: { query },
  responses: {
    200: json(pageOf(disclosureSchema, "DisclosurePage"), "A page of disclosures, newest first."),
  },
});

export const registerListDisclosures = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listDisclosures(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(disclosureJson), nextCursor: page.nextCursor }, 200);
  });
