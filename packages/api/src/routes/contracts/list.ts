import { z } from "@hono/zod-openapi";
import { isoDateSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { listContracts } from "../../services/contracts/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, registryListQuery } from "../shared.js";
import { contractJson, contractReaders, contractSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/contracts",
  roles: contractReaders,
  operationId: "listContracts",
  tags: ["contracts"],
  summary: "List property service contracts",
  description:
    "`q` matches the company, the compound or the project manager. Region staff see the contracts of compounds in their subtree, company staff their company's, committee members their compound's.",
  request: {
    query: registryListQuery.extend({
      companyId: z
        .string()
        .max(64)
        .optional()
        .openapi({ param: { name: "companyId", in: "query" }, example: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
      compoundId: z
        .string()
        .max(64)
        .optional()
        .openapi({ param: { name: "compoundId", in: "query" }, example: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
      activeOn: isoDateSchema.optional().meta({
        param: { name: "activeOn", in: "query" },
        description: "Only contracts whose dates include this day (YYYY-MM-DD).",
        example: "2026-11-26",
      }),
    }),
  },
  responses: {
    200: json(pageOf(contractSchema, "ContractPage"), "A page of contracts, oldest first."),
  },
});

export const registerListContracts = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listContracts(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(contractJson), nextCursor: page.nextCursor }, 200);
  });
