import type { Router } from "../../router.js";
import { getNomination } from "../../services/excellence/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  excellenceReaderRoles,
  nominationDetailJson,
  nominationDetailSchema,
  nominationIdParam,
} from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}",
  roles: excellenceReaderRoles,
  operationId: "getNomination",
  tags: ["excellence"],
  summary: "Get a nomination with the current evaluation of its criteria",
  description:
    "The evaluation judges the contract for the nomination's year as of its last day (or today while it runs), by the county's cultivateExcellence config; `history` lists the nomination and each decision with its actor, time and note (a rejection's reason).",
  request: { params: nominationIdParam },
  responses: {
    200: json(nominationDetailSchema, "The nomination."),
  },
});

export const registerGetNomination = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(nominationDetailJson(await getNomination(tenantCtx(c), c.req.valid("param").id)), 200),
  );
