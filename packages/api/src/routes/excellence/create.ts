import type { Router } from "../../router.js";
import { createNomination } from "../../services/excellence/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  createNominationBody,
  nominationConflict,
  nominationJson,
  nominationSchema,
  nominatorRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations",
  roles: nominatorRoles,
  operationId: "createNomination",
  tags: ["excellence"],
  summary: "Nominate a contract for a municipal or provincial excellent project (申报市优/省优)",
  description:
    "County administrators nominate any contract; company staff their own company's (another contract is 422 naming `body.contractId`, as if it did not exist). The contract must not be archived and must run in `year` (422 naming `body.year`); `level` must be one the county's cultivateExcellence config lists (`candidates.levels`, 422 naming `body.level`). Once per contract, level and year: a second nomination is 409 with `existingId`, whatever the first one's status.",
  request: {
    body: { content: { "application/json": { schema: createNominationBody } }, required: true },
  },
  responses: {
    201: json(nominationSchema, "Nominated."),
    ...nominationConflict("The contract is already nominated for this level and year (`existingId`)."),
  },
});

export const registerCreateNomination = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(nominationJson(await createNomination(tenantCtx(c), c.req.valid("json"))), 201),
  );
