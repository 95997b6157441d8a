import { createRoute } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { publicCreditBoard } from "../../services/credit.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, tenantParam } from "../shared.js";
import { publicCreditSchema } from "./schema.js";

const publicRoute = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/credit",
  operationId: "getPublicCreditBoard",
  tags: ["public"],
  summary: "The public credit board (信用公示, no login)",
  description:
    "Every active company's name, USCC, score and grade today (best first), with its records marked public that are in force: kind, category, points, source, effectiveOn, expiresOn and, for administrative penalties, the decision number, authority and decision date. No personal data: no evidence text, no users, no legal representative.",
  security: [],
  request: { params: tenantParam },
  responses: {
    200: json(publicCreditSchema, "The board."),
    ...errorResponses(400, 404, 500),
  },
});

/** Registers `GET /v1/tenants/{tenant}/public/credit` (no login). */
export const registerPublicCreditBoard = (app: Router) =>
  app.openapi(publicRoute, async (c) => c.json(await publicCreditBoard(tenantCtx(c)), 200));
