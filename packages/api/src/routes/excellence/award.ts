import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnNomination } from "../../services/excellence.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  deciderRoles,
  nominationConflict,
  nominationIdParam,
  nominationJson,
  nominationNoteBody,
  nominationSchema,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}/award",
  operationId: "awardNomination",
  tags: ["excellence"],
  summary: "Award a nomination (评定为市优/省优项目)",
  description:
    "County administrators only. nominated → awarded. The decision is audited with the criteria as they stood at that moment.",
  security,
  middleware: [requireRole(deciderRoles)] as const,
  request: {
    params: tenantParam.extend(nominationIdParam.shape),
    body: { content: { "application/json": { schema: nominationNoteBody } }, required: false },
  },
  responses: {
    200: json(nominationSchema, "Awarded."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...nominationConflict(
      "Only a nomination still `nominated` can be awarded (`currentStatus`, `allowedActions`).",
    ),
  },
});

export const registerAwardNomination = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      nominationJson(await actOnNomination(tenantCtx(c), id, { type: "award", note: body?.note })),
      200,
    );
  });
