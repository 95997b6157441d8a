import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getLifecycleEvent } from "../../services/lifecycle-events.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, json, security, tenantParam } from "../shared.js";
import { lifecycleEventIdParam, lifecycleEventJson, lifecycleEventSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}",
  operationId: "getLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Get a lifecycle event: its steps, their sign-offs and what is missing",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam.extend(lifecycleEventIdParam.shape) },
  responses: {
    200: json(lifecycleEventSchema, "The event."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(lifecycleEventJson(await getLifecycleEvent(tenantCtx(c), c.req.valid("param").id)), 200),
  );
