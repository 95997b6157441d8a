import type { Router } from "../../router.js";
import { getCompany } from "../../services/companies/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { companyJson, companyReaders, companySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/companies/{id}",
  roles: companyReaders,
  operationId: "getCompany",
  tags: ["companies"],
  summary: "Get a property service company",
  request: { params: idParam("cmp", "company") },
  responses: {
    200: json(companySchema, "The company."),
  },
});

export const registerGetCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await getCompany(tenantCtx(c), c.req.valid("param").id)), 200),
  );
