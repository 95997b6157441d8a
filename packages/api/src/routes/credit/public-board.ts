import type { Router } from "../../router.js";
import { publicCreditBoard } from "../../services/credit/public.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { publicRateLimit } from "../public/limits.js";
import { json } from "../shared.js";
import { publicCreditSchema } from "./schema.js";

const publicRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/credit",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429],
  operationId: "getPublicCreditBoard",
  tags: ["public"],
  summary: "The public credit board (信用公示, no login)",
  description:
    "Every active company's name, USCC, score and grade today (best first), with its records marked public that are in force: kind, category, points, source, effectiveOn, expiresOn and, for administrative penalties, the decision number, authority and decision date. No personal data: no evidence text, no users, no legal representative. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).",
  responses: {
    200: json(publicCreditSchema, "The board."),
  },
});

/** Registers `GET /v1/tenants/{tenant}/public/credit` (no login). */
export const registerPublicCreditBoard = (app: Router) =>
  app.openapi(publicRoute, async (c) => c.json(await publicCreditBoard(tenantCtx(c)), 200));
