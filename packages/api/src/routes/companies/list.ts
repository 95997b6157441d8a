import type { Router } from "../../router.js";
import { listCompanies } from "../../services/companies/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, registryListQuery } from "../shared.js";
import { companyJson, companyReaders, companySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/companies",
  roles: companyReaders,
  operationId: "listCompanies",
  tags: ["companies"],
  summary: "List property service companies",
  description: "`q` matches the name or the unified social credit code. Company staff see only their own.",
  request: {
    query: registryListQuery.extend({
      local: booleanQuery.openapi({ param: { name: "local", in: "query" }, example: "true" }),
    }),
  },
  responses: {
    200: json(pageOf(companySchema, "CompanyPage"), "A page of companies, oldest first."),
  },
});

export const registerListCompanies = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listCompanies(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(companyJson), nextCursor: page.nextCursor }, 200);
  });
