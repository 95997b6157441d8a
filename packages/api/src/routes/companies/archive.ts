import type { Router } from "../../router.js";
import { archiveCompany } from "../../services/companies/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { companyJson, companySchema } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/companies/{id}",
  roles: ["countyAdmin"],
  operationId: "archiveCompany",
  tags: ["companies"],
  summary: "Archive a property service company (soft delete)",
  request: { params: idParam("cmp", "company") },
  responses: {
    200: json(
      companySchema,
      "Archived; it leaves lists unless `includeArchived=true`, its USCC is free again.",
    ),
  },
});

export const registerArchiveCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await archiveCompany(tenantCtx(c), c.req.valid("param").id)), 200),
  );
