import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { listInspections } from "../../services/inspections/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, paginationQuery } from "../shared.js";
import { inspectionJson, inspectionReaders, inspectionSchema } from "./schema.js";

const idQuery = (name: string, prefix: string) =>
  z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name, in: "query" }, example: `${prefix}_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0` });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/inspections",
  roles: inspectionReaders,
  operationId: "listInspections",
  tags: ["contracts"],
  summary: "List inspections of contracts (履约检查)",
  description:
    "Oldest recorded first. Region staff see the inspections of compounds in their subtree, company staff their company's, committee members their compound's.",
  request: {
    query: paginationQuery.extend({
      compoundId: idQuery("compoundId", "cpd"),
      contractId: idQuery("contractId", "ctr"),
      companyId: idQuery("companyId", "cmp"),
      passed: booleanQuery.openapi({
        param: { name: "passed", in: "query" },
        description: "`false`: only inspections that found an obligation not met; `true`: only clean ones.",
        example: "false",
      }),
    }),
  },
  responses: {
    200: json(pageOf(inspectionSchema, "InspectionPage"), "A page of inspections."),
  },
});

export const registerListInspections = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listInspections(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(inspectionJson), nextCursor: page.nextCursor }, 200);
  });
