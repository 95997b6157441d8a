import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getContract } from "../../services/contracts.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { contractJson, contractReaders, contractSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/contracts/{id}",
  operationId: "getContract",
  tags: ["contracts"],
  summary: "Get a property service contract",
  security,
  middleware: [requireRole(contractReaders)] as const,
  request: { params: tenantParam.extend(idParam("ctr", "contract").shape) },
  responses: {
    200: json(contractSchema, "The contract."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(contractJson(await getContract(tenantCtx(c), c.req.valid("param").id)), 200),
  );
