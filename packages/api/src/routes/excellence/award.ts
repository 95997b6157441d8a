import type { Router } from "../../router.js";
import { actOnNomination } from "../../services/excellence/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  deciderRoles,
  nominationConflict,
  nominationIdParam,
  nominationJson,
  nominationNoteBody,
  nominationSchema,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}/award",
  roles: deciderRoles,
  operationId: "awardNomination",
  tags: ["excellence"],
  summary: "Award a nomination (评定为市优/省优项目)",
  description:
    "County administrators only. nominated → awarded. The decision is audited with the criteria as they stood at that moment.",
  request: {
    params: nominationIdParam,
    body: { content: { "application/json": { schema: nominationNoteBody } }, required: false },
  },
  responses: {
    200: json(nominationSchema, "Awarded."),
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
