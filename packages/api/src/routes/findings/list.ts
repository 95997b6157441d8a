import { z } from "@hono/zod-openapi";
import { idPattern, periodLabelSchema, policyIdSchema, severities } from "@propgov/core";
import type { Router } from "../../router.js";
import { listFindings } from "../../services/evaluations.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { findingJson, findingSchema } from "../evaluations/schema.js";
import { json, pageOf, paginationQuery } from "../shared.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/findings",
  roles: ["countyAdmin", "regionStaff", "departmentOfficer"],
  operationId: "listFindings",
  tags: ["evaluations"],
  summary: "List findings, filtered by period, policy, region subtree and severity",
  description:
    "The findings of each period's latest evaluation, in the order the policies returned them. Region staff see the findings of their own subtree only.",
  request: {
    query: paginationQuery.extend({
      period: periodLabelSchema
        .optional()
        .meta({ param: { name: "period", in: "query" }, example: "2024-05" }),
      policy: policyIdSchema
        .optional()
        .meta({ param: { name: "policy", in: "query" }, example: "gridResponsibility" }),
      regionId: z
        .string()
        .regex(idPattern("reg"), "Not a region id.")
        .optional()
        .openapi({
          param: { name: "regionId", in: "query" },
          description: "Findings of this region and every region below it.",
          example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        }),
      severity: z
        .enum(severities)
        .optional()
        .openapi({ param: { name: "severity", in: "query" }, example: "major" }),
    }),
  },
  responses: {
    200: json(pageOf(findingSchema, "FindingPage"), "A page of findings."),
  },
});

export const registerListFindings = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listFindings(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(findingJson), nextCursor: page.nextCursor }, 200);
  });
