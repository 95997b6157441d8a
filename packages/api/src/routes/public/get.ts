import { createRoute } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { getPublicCase } from "../../services/public-cases.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json } from "../shared.js";
import { publicCaseJson, publicCaseViewSchema, trackingParams } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/cases/{trackingCode}",
  operationId: "getPublicCase",
  tags: ["public"],
  summary: "Follow a case by its tracking code (no login)",
  description:
    "Status and a public timeline: what happened and when, never who (no reporter, phone, staff names, notes or department outcomes). An unknown code is 404.",
  security: [],
  request: { params: trackingParams },
  responses: {
    200: json(publicCaseViewSchema, "The case as the public sees it."),
    ...errorResponses(400, 404, 500),
  },
});

export const registerGetPublicCase = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(publicCaseJson(await getPublicCase(tenantCtx(c), c.req.valid("param").trackingCode)), 200),
  );
