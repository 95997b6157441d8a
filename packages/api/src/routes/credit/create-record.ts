import type { Router } from "../../router.js";
import { createCreditRecord } from "../../services/credit/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  companyIdParam,
  createCreditRecordBody,
  creditRecordJson,
  creditRecordSchema,
  creditWriterRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/credit/companies/{id}/records",
  roles: creditWriterRoles,
  operationId: "createCreditRecord",
  tags: ["credit"],
  summary: "File a credit record (good or bad) for a company",
  description:
    "County administrators file any record; department officers only `source: administrativePenalty` (403 naming `body.source` otherwise). `points` is positive, `kind` says whether it adds or deducts. `expiresOn` defaults to `validityMonths` (12) after `effectiveOn`, and must not precede it. An administrative penalty is `bad` and needs `penalty` with `decisionNumber`, `authority`, `fine` (万元, ≥ 0; 0 for a warning) and optionally `decidedOn` (defaults to `effectiveOn`), `authorityUscc`, `penaltyType`, `cause`, `basis`, `content`, `legalRepresentative` (when it differs from the register), `note`; other sources take no `penalty`. `public` (default true) puts it on the public credit board. Audited as `credit.record`.",
  request: {
    params: companyIdParam,
    body: { content: { "application/json": { schema: createCreditRecordBody } }, required: true },
  },
  responses: {
    201: json(creditRecordSchema, "Filed."),
  },
});

/** Registers `POST /v1/tenants/{tenant}/credit/companies/{id}/records`. */
export const registerCreateCreditRecord = (app: Router) =>
  app.openapi(route, async (c) => {
    const record = await createCreditRecord(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json(creditRecordJson(record), 201);
  });
