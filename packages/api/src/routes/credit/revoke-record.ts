import type { Router } from "../../router.js";
import { revokeCreditRecord } from "../../services/credit/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  creditAdminRoles,
  creditRecordJson,
  creditRecordSchema,
  recordIdParam,
  revokeCreditRecordBody,
} from "./schema.js";

const revokeRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/credit/records/{id}/revoke",
  roles: creditAdminRoles,
  errors: [409],
  operationId: "revokeCreditRecord",
  tags: ["credit"],
  summary: "Revoke a credit record, with a reason (records are never deleted)",
  description:
    "County administrators. The record stops counting from the day of the revocation (tenant zone) and stays in the history with `revokedAt` and `revokeReason`; a second revocation is 409. Audited as `credit.revoke`.",
  request: {
    params: recordIdParam,
    body: { content: { "application/json": { schema: revokeCreditRecordBody } }, required: true },
  },
  responses: {
    200: json(creditRecordSchema, "Revoked."),
  },
});

/** Registers `POST /v1/tenants/{tenant}/credit/records/{id}/revoke`. */
export const registerRevokeCreditRecord = (app: Router) =>
  app.openapi(revokeRoute, async (c) => {
    const record = await revokeCreditRecord(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json(creditRecordJson(record), 200);
  });
