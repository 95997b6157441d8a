import type { Router } from "../../router.js";
import { listPolicies } from "../../services/policies.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { policyListSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/policies",
  roles: anyTenantRole,
  operationId: "listPolicies",
  tags: ["policies"],
  summary: "List the policies (rules) with their config schema and state",
  description:
    "Every policy this deployment has (the built-ins, then its plugins), with its config JSON Schema, defaults, what it judges today, and whether and how the tenant's current mechanism enables it.",
  responses: {
    200: json(policyListSchema, "The policies, built-ins first."),
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
