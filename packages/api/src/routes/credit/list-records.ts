import { z } from "@hono/zod-openapi";
import { creditKinds, creditSources } from "@propgov/core";
import type { Router } from "../../router.js";
import { listCreditRecords } from "../../services/credit/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, paginationQuery } from "../shared.js";
import { companyIdParam, creditReaderRoles, creditRecordJson, creditRecordSchema } from "./schema.js";

const listRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/credit/companies/{id}/records",
  roles: creditReaderRoles,
  operationId: "listCreditRecords",
  tags: ["credit"],
  summary: "A company's credit records, newest filed first",
  description:
    "Filters: `kind`, `source`; revoked records only with `includeRevoked=true`. Company staff read only their own company's (another is 404).",
  request: {
    params: companyIdParam,
    query: paginationQuery.extend({
      kind: z
        .enum(creditKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "bad" }),
      source: z
        .enum(creditSources)
        .optional()
        .openapi({ param: { name: "source", in: "query" }, example: "administrativePenalty" }),
      includeRevoked: booleanQuery.openapi({
        param: { name: "includeRevoked", in: "query" },
        example: "false",
      }),
    }),
  },
  responses: {
    200: json(pageOf(creditRecordSchema, "CreditRecordPage"), "A page of records."),
  },
});

/** Registers `GET /v1/tenants/{tenant}/credit/companies/{id}/records`. */
export const registerListCreditRecords = (app: Router) =>
  app.openapi(listRoute, async (c) => {
    const page = await listCreditRecords(tenantCtx(c), c.req.valid("param").id, c.req.valid("query"));
    return c.json({ items: page.items.map(creditRecordJson), nextCursor: page.nextCursor }, 200);
  });
