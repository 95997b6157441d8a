import type { Router } from "../../router.js";
import { getPublicCase } from "../../services/cases/public.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicRateLimit } from "./limits.js";
import { publicCaseJson, publicCaseViewSchema, trackingParams } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/cases/{trackingCode}",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429],
  operationId: "getPublicCase",
  tags: ["public"],
  summary: "Follow a case by its tracking code (no login)",
  description:
    "Status and a public timeline: what happened and when, never who (no reporter, phone, staff names, notes or department outcomes). An unknown code is 404. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).",
  request: { params: trackingParams },
  responses: {
    200: json(publicCaseViewSchema, "The case as the public sees it."),
  },
});

export const registerGetPublicCase = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      publicCaseJson(
        await getPublicCase(tenantCtx(c), c.req.valid("param").trackingCode),
        c.get("tenant").slug,
      ),
      200,
    ),
  );
