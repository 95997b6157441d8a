import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getDisclosure } from "../../services/disclosures.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { disclosureJson, disclosureSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/disclosures/{id}",
  operationId: "getDisclosure",
  tags: ["disclosures"],
  summary: "Get a disclosure",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam.extend(idParam("dsc", "disclosure").shape) },
  responses: {
    200: json(disclosureSchema, "The disclosure (withdrawn ones too)."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetDisclosure = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(disclosureJson(await getDisclosure(tenantCtx(c), c.req.valid("param").id)), 200),
  );
