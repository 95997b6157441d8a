import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listPolicies } from "../../services/policies.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, json, security, tenantParam } from "../shared.js";
import { policyListSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/policies",
  operationId: "listPolicies",
  tags: ["policies"],
  summary: "List the policies (rules) with their config schema and state",
  description:
    "Every policy this deployment has (the built-ins, then its plugins), with its config JSON Schema, defaults, what it judges today, and whether and how the tenant's current mechanism enables it.",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam },
  responses: {
    200: json(policyListSchema, "The policies, built-ins first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListPolicies = (app: Router) =>
  app.openapi(route, async (c) => {
    const { mechanismVersion, items } = await listPolicies(tenantCtx(c));
    return c.json(
      { mechanismVersion, items: items.map((p) => ({ ...p, evaluates: [...p.evaluates] })) },
      200,
    );
  });
