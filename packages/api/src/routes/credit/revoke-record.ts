import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { revokeCreditRecord } from "../../services/credit.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  creditAdminRoles,
  creditRecordJson,
  creditRecordSchema,
  recordIdParam,
  revokeCreditRecordBody,
} from "./schema.js";

const revokeRoute = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/credit/records/{id}/revoke",
  operationId: "revokeCreditRecord",
  tags: ["credit"],
  summary: "Revoke a credit record, with a reason (records are never deleted)",
  description:
    "County administrators. The record stops counting from the day of the revocation (tenant zone) and stays in the history with `revokedAt` and `revokeReason`; a second revocation is 409. Audited as `credit.revoke`.",
  security,
  middleware: [requireRole(creditAdminRoles)] as const,
  request: {
    params: tenantParam.extend(recordIdParam.shape),
    body: { content: { "application/json": { schema: revokeCreditRecordBody } }, required: true },
  },
  responses: {
    200: json(creditRecordSchema, "Revoked."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

/** Registers `POST /v1/tenants/{tenant}/credit/records/{id}/revoke`. */
export const registerRevokeCreditRecord = (app: Router) =>
  app.openapi(revokeRoute, async (c) => {
    const record = await revokeCreditRecord(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json(creditRecordJson(record), 200);
  });
