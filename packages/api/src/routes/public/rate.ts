import type { Router } from "../../router.js";
import { ratePublicCase } from "../../services/cases/public.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicRateLimit } from "./limits.js";
import { publicCaseJson, publicCaseViewSchema, publicRatingBody, trackingParams } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/public/cases/{trackingCode}/rating",
  roles: "public",
  use: [publicRateLimit("publicRating")],
  errors: [409, 429],
  operationId: "ratePublicCase",
  tags: ["public"],
  summary: "The resident rates the outcome of a resolved case (no login)",
  description:
    "Only a resolved case can be rated (409 naming the current status otherwise), once. An unsatisfied rating reopens the case when the county's complaintHandling policy says so. Rate-limited per client like reports.",
  request: {
    params: trackingParams,
    body: { content: { "application/json": { schema: publicRatingBody } }, required: true },
  },
  responses: {
    200: json(publicCaseViewSchema, "The case after the rating."),
  },
});

export const registerRatePublicCase = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      publicCaseJson(
        await ratePublicCase(tenantCtx(c), c.req.valid("param").trackingCode, c.req.valid("json")),
        c.get("tenant").slug,
      ),
      200,
    ),
  );
