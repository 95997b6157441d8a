import type { Router } from "../../router.js";
import { getLifecycleEvent } from "../../services/lifecycle-events/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { lifecycleEventIdParam, lifecycleEventJson, lifecycleEventSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}",
  roles: anyTenantRole,
  operationId: "getLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Get a lifecycle event: its steps, their sign-offs and what is missing",
  request: { params: lifecycleEventIdParam },
  responses: {
    200: json(lifecycleEventSchema, "The event."),
  },
});

export const registerGetLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(lifecycleEventJson(await getLifecycleEvent(tenantCtx(c), c.req.valid("param").id)), 200),
  );
