import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { getCreditFile } from "../../services/credit/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { companyIdParam, creditFileJson, creditFileSchema, creditReaderRoles, onQuery } from "./schema.js";

const fileRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/credit/companies/{id}",
  roles: creditReaderRoles,
  operationId: "getCreditFile",
  tags: ["credit"],
  summary: "A company's credit file (信用档案): score, grade, records in force, history",
  description:
    "Score and grade on `on` (default today in the tenant's zone). A record counts when effectiveOn ≤ on ≤ expiresOn and it was not revoked on or before `on` (tenant zone). `history` holds every record, revoked and expired ones too, newest effective first. Company staff read only their own company's file (another is 404).",
  request: { params: companyIdParam, query: z.object({ on: onQuery }) },
  responses: {
    200: json(creditFileSchema, "The credit file."),
  },
});

/** Registers `GET /v1/tenants/{tenant}/credit/companies/{id}` (a credit file). */
export const registerGetCreditFile = (app: Router) =>
  app.openapi(fileRoute, async (c) => {
    const file = await getCreditFile(tenantCtx(c), c.req.valid("param").id, c.req.valid("query").on);
    return c.json(creditFileJson(file), 200);
  });
