import type { Router } from "../../router.js";
import { filePublicCase } from "../../services/cases/public.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicRateLimit } from "./limits.js";
import { idempotencyHeaders, publicCaseBody, publicReceiptSchema, receiptJson } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/public/cases",
  roles: "public",
  use: [publicRateLimit("publicCase")],
  errors: [409, 429],
  operationId: "filePublicCase",
  tags: ["public"],
  summary: "A resident reports a problem (no login)",
  description:
    "For residents and the embeddable widget; no credentials. Answers only the case number and a tracking code. Rate-limited per client (the county's `publicIntake.perMinute`, default 20 a minute; 429 with Retry-After). Send an `Idempotency-Key` so that a retried submission never files a second case: the same key and body get the first answer (header `Idempotent-Replayed: true`), the same key with another body is 422. A report from one of the county's allowed origins is filed with channel `widget`, else `web`. The hidden `website` field is a honeypot: when it is filled the answer looks the same but nothing is filed.",
  request: {
    headers: idempotencyHeaders,
    body: { content: { "application/json": { schema: publicCaseBody } }, required: true },
  },
  responses: {
    201: json(publicReceiptSchema, "Filed (or the replayed answer of the first request with this key)."),
  },
});

export const registerFilePublicCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const result = await filePublicCase(tenantCtx(c), c.req.valid("json"), {
      origin: c.req.header("origin"),
      idempotencyKey: c.req.valid("header")["idempotency-key"],
    });
    if (result.replayed) c.header("idempotent-replayed", "true");
    return c.json(receiptJson(result.body), 201);
  });
