import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getNomination } from "../../services/excellence.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  excellenceReaderRoles,
  nominationDetailJson,
  nominationDetailSchema,
  nominationIdParam,
} from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}",
  operationId: "getNomination",
  tags: ["excellence"],
  summary: "Get a nomination with the current evaluation of its criteria",
  description:
    "The evaluation judges the contract for the nomination's year as of its last day (or today while it runs), by the county's cultivateExcellence config; `history` lists the nomination and each decision with its actor, time and note (a rejection's reason).",
  security,
  middleware: [requireRole(excellenceReaderRoles)] as const,
  request: { params: tenantParam.extend(nominationIdParam.shape) },
  responses: {
    200: json(nominationDetailSchema, "The nomination."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetNomination = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(nominationDetailJson(await getNomination(tenantCtx(c), c.req.valid("param").id)), 200),
  );
