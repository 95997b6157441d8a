import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateContract } from "../../services/contracts.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { contractJson, contractSchema, contractWriters, updateContractBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/contracts/{id}",
  operationId: "updateContract",
  tags: ["contracts"],
  summary: "Change a contract (dates, fee standard, project manager)",
  description:
    "A new project manager is appended to the contract's history. New dates must not overlap another contract of the compound (409 naming `body.startsOn`).",
  security,
  middleware: [requireRole(contractWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("ctr", "contract").shape),
    body: { content: { "application/json": { schema: updateContractBody } }, required: true },
  },
  responses: {
    200: json(contractSchema, "The changed contract."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerUpdateContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      contractJson(await updateContract(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
